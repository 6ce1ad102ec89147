// e-PPGBM name mappings redirect every row of a name for every uploader, so saving one is a write into every area
// the name could come from: a lurah may map their own spellings, not take over another kelurahan's real name or
// another user's mapping, and one kab/kota's mapping never replaces or redirects another's.
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { demoDb, type DemoDb } from "../helpers/demo-db";
import { runImport } from "@/lib/import/engine";
import { formatIssue } from "@/lib/import/issues";
import { saveNameMapping } from "@/lib/import/mapping";
import { EPPGBM_COLUMNS } from "@/lib/import/eppgbm";
import { loadWilayah } from "@/lib/wilayah/load";
import type { Viewer } from "@/lib/auth/scope";

const TODAY = "2026-11-23";
const LURAH_KEL = "18.72.01.1001"; // Metro, the demo lurah's kelurahan

function file(rows: { desa: string; posyandu: string; nik: string }[]): Uint8Array {
  const line = (v: Partial<Record<(typeof EPPGBM_COLUMNS)[number], string>>) => EPPGBM_COLUMNS.map((c) => v[c] ?? "").join(";");
  return new TextEncoder().encode([EPPGBM_COLUMNS.join(";"), ...rows.map((r) => line({
    NIK: r.nik, Nama: "Anak", JK: "P", "Tgl Lahir": "2024-02-10", "Desa/Kel": r.desa, Posyandu: r.posyandu, "Tanggal Pengukuran": "12/08/2026",
    Berat: "10,1", Tinggi: "79,5", "BB/U": "Berat Badan Normal", "TB/U": "Pendek", "BB/TB": "Gizi Baik",
  }))].join("\n"));
}

describe("e-PPGBM name mappings stay inside the area of whoever saves them", () => {
  let t: DemoDb;
  let provinsiAdmin: Viewer;
  const posyanduOf = (kel: string) => t.data.posyandu.find((p) => p.kelurahanCode === kel)!;
  const run = (viewer: Viewer, rows: Parameters<typeof file>[0]) => runImport(t.db, viewer, "eppgbm", file(rows), "eppgbm.csv", { dryRun: false, today: TODAY });
  const errors = (o: Awaited<ReturnType<typeof run>>) => o.issues.filter((i) => i.severity === "error").map(formatIssue);
  // An import replaces a posyandu's month: after one, the posyandu's August 2026 holds exactly the file's children.
  const august = async (kel: string) => {
    const g = await t.db.nutritionAggregate.findFirst({ where: { period: "2026-08", source: "EPPGBM", posyandu: { code: posyanduOf(kel).code } } });
    return g && { diukurTb: g.diukurTb, pendek: g.pendek };
  };
  const ONE_STUNTED = { diukurTb: 1, pendek: 1 };

  beforeAll(async () => {
    t = await demoDb();
    await loadWilayah(t.db, "18.71"); // Kota Bandar Lampung: a second kab/kota in the same province
    provinsiAdmin = { ...t.viewers.admin, scopeAreaCode: "18" };
  });

  it("refuses a lurah who maps another kelurahan's real name to their own, so the admin's rows of that kelurahan stay there", async () => {
    const mappings = await t.db.nameMapping.count();
    const refused = await saveNameMapping(t.db, t.viewers.lurah, { kind: "KELURAHAN", sourceName: "Banjarsari", kelurahanCode: LURAH_KEL });
    expect(refused).toBe('"Banjarsari" adalah nama Banjarsari (18.72.02.1001) di luar wilayah Anda; baris dengan nama itu tidak dapat Anda arahkan ke kelurahan lain. Minta admin memetakannya bila memang perlu.');
    expect(await t.db.nameMapping.count()).toBe(mappings);
    const metro = await august(LURAH_KEL);
    expect(metro).not.toEqual(ONE_STUNTED);
    const out = await run(t.viewers.admin, [{ desa: "BANJARSARI", posyandu: posyanduOf("18.72.02.1001").name, nik: "1872020101240001" }]);
    expect(errors(out)).toEqual([]);
    expect(await august("18.72.02.1001")).toEqual(ONE_STUNTED);
    expect(await august(LURAH_KEL)).toEqual(metro);
  });

  it("refuses to replace a mapping that points outside the user's area; the lurah's own spelling works for their imports", async () => {
    expect(await saveNameMapping(t.db, t.viewers.admin, { kind: "KELURAHAN", sourceName: "IMO-PURO LAMA", kelurahanCode: "18.72.01.1003" })).toBeNull();
    const taken = await saveNameMapping(t.db, t.viewers.lurah, { kind: "KELURAHAN", sourceName: "IMO-PURO LAMA", kelurahanCode: LURAH_KEL });
    expect(taken).toBe('"IMO-PURO LAMA" sudah dipetakan ke kelurahan 18.72.01.1003 di luar wilayah Anda; minta admin mengubahnya.');
    expect(await t.db.nameMapping.findMany({ where: { kind: "KELURAHAN" }, select: { sourceKey: true, kelurahanCode: true } })).toEqual([{ sourceKey: "18.72|imo puro lama", kelurahanCode: "18.72.01.1003" }]);

    const rows = [{ desa: "KEL. METRO PUSAT KOTA", posyandu: posyanduOf(LURAH_KEL).name, nik: "1872010101240002" }];
    expect(errors(await run(t.viewers.lurah, rows))).toEqual(['berkas, kolom Desa/Kel: Desa/Kel "KEL. METRO PUSAT KOTA" tidak dikenal di wilayah Anda (1 anak); petakan nama ini di halaman impor lalu impor ulang']);
    expect(await saveNameMapping(t.db, t.viewers.lurah, { kind: "KELURAHAN", sourceName: "KEL. METRO PUSAT KOTA", kelurahanCode: LURAH_KEL })).toBeNull();
    expect(errors(await run(t.viewers.lurah, rows))).toEqual([]);
    expect(await august(LURAH_KEL)).toEqual(ONE_STUNTED);
  });

  it("adds up one posyandu's children written under its own name and a mapped spelling, in one check and one save", async () => {
    const metro = posyanduOf(LURAH_KEL);
    expect(await saveNameMapping(t.db, t.viewers.lurah, { kind: "POSYANDU", sourceName: "POSY. LAMA RW 9", kelurahanCode: LURAH_KEL, posyanduId: (await t.db.posyandu.findFirstOrThrow({ where: { code: metro.code } })).id })).toBeNull();
    const rows = [
      { desa: "Metro", posyandu: metro.name, nik: "1872010101240011" },
      { desa: "Metro", posyandu: "POSY. LAMA RW 9", nik: "1872010101240012" },
    ];
    const check = await runImport(t.db, t.viewers.lurah, "eppgbm", file(rows), "eppgbm.csv", { dryRun: true, today: TODAY });
    expect(errors(check)).toEqual([]);
    expect(check.counts.inserted + check.counts.updated).toBe(1);
    const saved = await run(t.viewers.lurah, rows);
    expect(errors(saved)).toEqual([]);
    expect(saved.status).not.toBe("ditolak");
    expect(await august(LURAH_KEL)).toEqual({ diukurTb: 2, pendek: 2 });
  });

  it("keeps one kab/kota's mapping of a name apart from another's, and a province-wide import calls the name ambiguous", async () => {
    const lampung = (await t.db.area.findFirstOrThrow({ where: { code: { startsWith: "18.71." }, level: "KELURAHAN" }, orderBy: { code: "asc" } })).code;
    expect(await saveNameMapping(t.db, t.viewers.admin, { kind: "KELURAHAN", sourceName: "Kampung Baru Raya", kelurahanCode: "18.72.01.1003" })).toBeNull();
    // Before, both shared the key "kampung baru raya" and Bandar Lampung's save replaced Metro's mapping.
    expect(await saveNameMapping(t.db, provinsiAdmin, { kind: "KELURAHAN", sourceName: "Kampung Baru Raya", kelurahanCode: lampung })).toBeNull();
    const saved = await t.db.nameMapping.findMany({ where: { sourceKey: { endsWith: "|kampung baru raya" } }, orderBy: { sourceKey: "asc" }, select: { sourceKey: true, kelurahanCode: true } });
    expect(saved).toEqual([{ sourceKey: "18.71|kampung baru raya", kelurahanCode: lampung }, { sourceKey: "18.72|kampung baru raya", kelurahanCode: "18.72.01.1003" }]);

    const rows = [{ desa: "KAMPUNG BARU RAYA", posyandu: posyanduOf("18.72.01.1003").name, nik: "1872010301240003" }];
    expect(await august("18.72.01.1003")).not.toEqual(ONE_STUNTED);
    expect(errors(await run(t.viewers.admin, rows))).toEqual([]);
    expect(await august("18.72.01.1003")).toEqual(ONE_STUNTED);
    expect(errors(await run(provinsiAdmin, rows))).toEqual(['berkas, kolom Desa/Kel: Desa/Kel "KAMPUNG BARU RAYA" cocok dengan lebih dari satu wilayah (1 anak); petakan nama ini di halaman impor lalu impor ulang']);
  });

  it("moves the mappings saved before kab/kota keys under their kab/kota when the database is migrated", async () => {
    await t.db.nameMapping.create({ data: { kind: "KELURAHAN", sourceKey: "hadimulyo tmr", kelurahanCode: "18.72.01.1002" } });
    await t.db.nameMapping.create({ data: { kind: "POSYANDU", sourceKey: "18.72.01.1002|dahlia ii", kelurahanCode: "18.72.01.1002", posyanduId: (await t.db.posyandu.findUniqueOrThrow({ where: { code: posyanduOf("18.72.01.1002").code } })).id } });
    const sql = readFileSync("prisma/migrations/20261203100000_name_mapping_kab_kota/migration.sql", "utf8");
    expect(sql).toBe(readFileSync("prisma/postgres/migrations/20261203100000_name_mapping_kab_kota/migration.sql", "utf8"));
    for (let i = 0; i < 2; i++) await t.db.$executeRawUnsafe(sql); // a second run changes nothing
    const keys = (await t.db.nameMapping.findMany({ where: { kelurahanCode: "18.72.01.1002" }, orderBy: { id: "asc" } })).map((m) => m.sourceKey);
    expect(keys).toEqual(["18.72|hadimulyo tmr", "18.72.01.1002|dahlia ii"]);
    const rows = [{ desa: "Hadimulyo Tmr", posyandu: posyanduOf("18.72.01.1002").name, nik: "1872010201240004" }];
    expect(errors(await run(t.viewers.admin, rows))).toEqual([]);
  });
});
