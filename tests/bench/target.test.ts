// Where `npm run bench` runs: SQLite by default, PostgreSQL with BENCH_PG_URL. The bench creates, copies and
// drops databases on that server, so the names must never point at the maintenance database the URL names, and
// the metadata it reads must be the demo's (the same SQL runs on PostgreSQL in tests/pg/bench-target.test.ts).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { benchTarget, createCopySql, pgBenchNames, quoteLiteral, sqliteRead, type ReadDb } from "../../scripts/bench/target";
import { eppgbmPosyandu, firstReport, laporanRows, readMeta } from "../../scripts/bench/meta";
import { seedArgs } from "../../scripts/bench/seed";
import { demoDb, type DemoDb } from "../helpers/demo-db";
import { freshDb, type TestDb } from "../helpers/db";

const PG = "postgresql://pantau:rahasia@db.example:6543/postgres";

describe("bench target selection", () => {
  it("runs on the SQLite file of the skala when BENCH_PG_URL is not set", async () => {
    const t = await benchTarget("kota", undefined);
    expect(t).toMatchObject({ kind: "sqlite", url: "file:./data/bench-kota.db", name: "bench-kota", label: "SQLite data/bench-kota.db" });
  });

  it("refuses nasional on SQLite and says how to run it", async () => {
    await expect(benchTarget("nasional", undefined)).rejects.toThrow(/BENCH_PG_URL/);
  });

  it("runs every skala on its own database of the BENCH_PG_URL server, named in the results", async () => {
    const t = await benchTarget("nasional", PG);
    expect(t.kind).toBe("postgresql");
    expect(t.url).toBe("postgresql://pantau:rahasia@db.example:6543/pantau_bench_nasional");
    expect(t.name).toBe("bench-nasional-postgresql");
    expect(t.label).toBe("PostgreSQL pantau_bench_nasional @ db.example:6543");
    expect((await benchTarget("provinsi", PG)).url).toMatch(/\/pantau_bench_provinsi$/);
  });
});

describe("PostgreSQL bench names", () => {
  it("keeps host, credentials and parameters and changes only the database", () => {
    const n = pgBenchNames("postgresql://u%40x:p%2Fw@127.0.0.1:5432/postgres?sslmode=disable", "kota");
    expect(n.database).toBe("pantau_bench_kota");
    expect(n.url).toBe("postgresql://u%40x:p%2Fw@127.0.0.1:5432/pantau_bench_kota?sslmode=disable");
    expect(n.adminUrl).toBe("postgresql://u%40x:p%2Fw@127.0.0.1:5432/postgres?sslmode=disable");
  });

  it("administers through the URL's own database (postgres when the URL names none), never the bench database", () => {
    expect(pgBenchNames("postgres://u:p@h/", "kota")).toMatchObject({ adminDatabase: "postgres", database: "pantau_bench_kota" });
    expect(pgBenchNames("postgres://u:p@h", "kota").adminUrl).toBe("postgres://u:p@h/postgres");
    expect(pgBenchNames("postgresql://u:p@h/pantau", "provinsi")).toMatchObject({ adminDatabase: "pantau", adminUrl: "postgresql://u:p@h/pantau" });
    for (const skala of ["kota", "provinsi", "nasional"] as const) {
      const n = pgBenchNames(PG, skala);
      expect(n.database).not.toBe(n.adminDatabase);
    }
  });

  it("refuses a URL that names a bench database or is not PostgreSQL, without echoing the password", () => {
    expect(() => pgBenchNames("postgresql://u:p@h/pantau_bench_nasional", "nasional")).toThrow(/pemeliharaan/);
    expect(() => pgBenchNames("postgresql://u:p@h/pantau_bench_kota", "nasional")).toThrow(/pemeliharaan/);
    expect(() => pgBenchNames("mysql://u:rahasia@h/db", "kota")).toThrow(/postgresql:\/\//);
    expect(() => pgBenchNames("mysql://u:rahasia@h/db", "kota")).not.toThrow(/rahasia/);
  });

  it("quotes identifiers and literals in the statements that take no parameters", () => {
    expect(createCopySql('pantau_bench_kota_impor', 'a"b', true)).toBe('CREATE DATABASE "pantau_bench_kota_impor" TEMPLATE "a""b" STRATEGY = FILE_COPY');
    expect(createCopySql("c", "s", false)).toBe('CREATE DATABASE "c" TEMPLATE "s"');
    expect(quoteLiteral("it's")).toBe("'it''s'");
  });

  it("seeds kota and provinsi from their area and nasional from every provinsi", () => {
    expect(seedArgs("kota")).toEqual(["--skala", "kota", "--wilayah", "18.72"]);
    expect(seedArgs("provinsi")).toEqual(["--skala", "provinsi", "--wilayah", "35"]);
    expect(seedArgs("nasional")).toEqual(["--skala", "nasional"]);
  });
});

describe("bench metadata on SQLite (Kota Metro demo)", () => {
  let demo: DemoDb;
  let sql: ReadDb;
  beforeAll(async () => {
    demo = await demoDb();
    sql = sqliteRead(demo.path);
  }, 120_000);
  afterAll(async () => {
    await sql?.close();
    await demo?.db.$disconnect();
  });

  it("finds the pimpinan's kota, its latest month, the first kecamatan and the lurah's kelurahan", async () => {
    const meta = await readMeta(sql);
    const periods = demo.data.periods;
    expect(meta).toMatchObject({ root: "18.72", latest: periods[periods.length - 1], kecamatan: "18.72.01", lurahArea: demo.viewers.lurah.scopeAreaCode });
    expect(meta.meeting).toBeGreaterThan(0);
  });

  it("picks an opened, counted report of the month for the freshness probe", async () => {
    const r = await firstReport(sql, "18.72", "2026-10");
    expect(r).toMatchObject({ period: "2026-10" });
    expect(Boolean(r!.opened)).toBe(true);
    expect(r!.s).not.toBeNull();
    expect(await firstReport(sql, "35", "2026-10")).toBeUndefined();
  });

  it("lists only posyandu an e-PPGBM row can name unambiguously, and streams laporan rows newest first", async () => {
    const posyandu = await eppgbmPosyandu(sql, "18.72");
    expect(posyandu.length).toBeGreaterThan(100);
    expect(new Set(posyandu.map((p) => `${p.kelurahanCode}/${p.name}`)).size).toBe(posyandu.length);
    const rows = [];
    for await (const r of laporanRows(sql, "18.72", 1500)) rows.push(r);
    expect(rows).toHaveLength(1500);
    // Only the admin's area: the importer refuses posyandu outside it.
    const outside = [];
    for await (const r of laporanRows(sql, "18.71", 10)) outside.push(r);
    expect(outside).toEqual([]);
    expect(rows[0]!.period >= rows[rows.length - 1]!.period).toBe(true);
    expect(rows.every((r) => r.s > 0)).toBe(true);
  });
});

describe("e-PPGBM bench file: only posyandu the importer can match by name", () => {
  let t: TestDb;
  afterAll(() => t?.db.$disconnect());

  it("drops desa and posyandu whose names collide after the importer's normalisation, and those outside the admin's area", async () => {
    t = freshDb();
    const area = (code: string, level: "PROVINSI" | "KABUPATEN" | "KECAMATAN" | "DESA", name: string) =>
      ({ code, level, name, parentCode: code.includes(".") ? code.slice(0, code.lastIndexOf(".")) : null, source: "test" });
    await t.db.area.createMany({
      data: [
        area("11", "PROVINSI", "ACEH"), area("11.01", "KABUPATEN", "KAB. A"), area("11.01.01", "KECAMATAN", "KEC A"),
        area("11.01.01.2001", "DESA", "MESJID BARO"), area("11.01.01.2002", "DESA", "Mesjid  Baro"),
        area("11.01.01.2003", "DESA", "MEUNASAH PU'UK"), area("11.01.01.2004", "DESA", "Meunasah Puuk"),
        area("11.01.01.2005", "DESA", "LAMPOH"),
        area("12", "PROVINSI", "SUMUT"), area("12.01", "KABUPATEN", "KAB. B"), area("12.01.01", "KECAMATAN", "KEC B"), area("12.01.01.2001", "DESA", "LAMPOH"),
      ],
    });
    const posyandu = (code: string, kelurahanCode: string, name: string, active = true) =>
      ({ code, name, kelurahanCode, kecamatanCode: kelurahanCode.slice(0, 8), kabKotaCode: kelurahanCode.slice(0, 5), active });
    await t.db.posyandu.createMany({
      data: [
        posyandu("P1", "11.01.01.2001", "Anggrek"), posyandu("P2", "11.01.01.2003", "Dahlia"),
        posyandu("P3", "11.01.01.2005", "POSYANDU MELATI"), posyandu("P4", "11.01.01.2005", "Melati"),
        posyandu("P5", "11.01.01.2005", "Mawar"), posyandu("P6", "11.01.01.2005", "Kenanga", false), posyandu("P7", "11.01.01.2005", "KENANGA"),
        posyandu("P8", "12.01.01.2001", "Mawar"),
      ],
    });
    const sql = sqliteRead(t.path);
    try {
      const names = (await eppgbmPosyandu(sql, "11")).map((p) => `${p.kelurahan}/${p.name}`);
      // LAMPOH also exists in provinsi 12, outside the admin's area: the importer never sees it, so it is no clash.
      expect(names).toEqual(["LAMPOH/Mawar", "LAMPOH/KENANGA"]);
    } finally {
      await sql.close();
    }
  });
});
