// A puskesmas's ringkasan: its kelurahan/desa × key indicators, with the
// wilayah kerja's total summed from the posyandu's counts.
import { beforeAll, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { demoDb, metroKelurahan, type DemoDb } from "../helpers/demo-db";
import { saveSchematicBoundaries, schematicBoundaries } from "@/lib/demo/schematic-boundaries";
import { placeDemoPosyandu } from "@/lib/demo/place-posyandu";
import { getScorecard } from "@/lib/queries/scorecard";
import { getIndicatorReport, WILAYAH_KERJA } from "@/lib/queries/indicators";
import { getIndicatorReportWithChange } from "@/lib/queries/indicator-compare";
import { targetCodeOf } from "@/lib/queries/indicator-root";
import { scorecardCsv } from "@/lib/export/scorecard";
import { getMapData } from "@/lib/queries/map";
import type { Rate } from "@/lib/indicators/rate";

describe("wilayah kerja of a puskesmas", () => {
  let t: DemoDb;
  let kelurahan: { code: string; name: string }[];
  beforeAll(async () => {
    t = await demoDb();
    const rows = await t.db.puskesmasWilayah.findMany({ where: { puskesmasId: t.viewers.puskesmas.puskesmasId! }, include: { area: true }, orderBy: { areaCode: "asc" } });
    kelurahan = rows.map((r) => ({ code: r.areaCode, name: r.area.name }));
  });

  it("lists exactly the puskesmas's kelurahan, each with the engine's own figures for it", async () => {
    const sc = (await getScorecard(t.viewers.puskesmas, WILAYAH_KERJA))!;
    expect(sc.wilayah.nama).toBe("Wilayah kerja Puskesmas Metro");
    expect(sc.periode).toEqual({ bulan: "2026-10", gizi: "2026-08", tahun: 2026, tahunLabel: "2026 (s.d. Oktober, sementara)" });
    expect(sc.rows.map((r) => [r.kode, r.nama])).toEqual(kelurahan.map((k) => [k.code, k.name]));
    for (const k of kelurahan) {
      const own = await getIndicatorReport(t.viewers.puskesmas, k.code, { periode: "2026-08" });
      const row = sc.rows.find((r) => r.kode === k.code)!;
      expect(row.cells.stunting?.nilai).toBe((own.indikator.stunting as Rate).nilai);
      expect(row.cells.stunting?.n).toBe((own.indikator.stunting as Rate).n);
    }
  });

  it("totals numerators and denominators over the kelurahan, not their percentages", async () => {
    const sc = (await getScorecard(t.viewers.puskesmas, WILAYAH_KERJA))!;
    for (const id of ["stunting", "d_s", "kelengkapan_laporan", "posyandu_kader_cukup", "purnama_mandiri", "posyandu_aktif"]) {
      const cells = sc.rows.map((r) => r.cells[id]!);
      const total = sc.total.cells[id]!;
      expect(total.pembilang, id).toBe(cells.reduce((s, c) => s + c.pembilang, 0));
      expect(total.penyebut, id).toBe(cells.reduce((s, c) => s + c.penyebut, 0));
      expect(total.nilai, id).toBeCloseTo((100 * total.pembilang) / total.penyebut, 10);
    }
    // The demo's two kelurahan differ in size, so a mean of their rates would be a different (wrong) figure.
    const ds = sc.rows.map((r) => r.cells.d_s!);
    expect(sc.total.cells.d_s!.nilai).not.toBeCloseTo(ds.reduce((s, c) => s + c.nilai!, 0) / ds.length, 3);
    // Every active posyandu of the wilayah kerja is in the completeness denominator.
    const posyandu = await t.db.posyandu.count({ where: { kelurahanCode: { in: kelurahan.map((k) => k.code) }, active: true } });
    expect(sc.total.cells.kelengkapan_laporan!.penyebut).toBe(posyandu);
  });

  it("compares with the previous period and takes the kota's targets", async () => {
    const report = await getIndicatorReportWithChange(t.viewers.puskesmas, WILAYAH_KERJA, { periode: "2026-08" });
    const stunting = report.indikator.stunting as Rate & { perubahan: { dari: string }; target: { nilai: number; wilayah: string | null } | null };
    expect(stunting.perubahan.dari).toBe("2026-02");
    const kelurahanTarget = (report.anak[0]!.indikator.stunting as typeof stunting).target;
    expect(stunting.target).toEqual(kelurahanTarget);
    expect(targetCodeOf(WILAYAH_KERJA, ["18.72.01.1001", "18.72.01.1002"])).toBe("18.72.01");
    expect(targetCodeOf(WILAYAH_KERJA, ["18.72.01.1001", "18.72.02.1001"])).toBe("18.72");
    expect(targetCodeOf("18.72.01", [])).toBe("18.72.01");
  });

  it("is the puskesmas's alone: other roles are refused", async () => {
    for (const who of ["admin", "pimpinan", "camat", "lurah"] as const) {
      await expect(getIndicatorReport(t.viewers[who], WILAYAH_KERJA, { periode: "2026-10" })).rejects.toThrow("Hanya akun puskesmas");
    }
  });

  it("downloads with the total row first and no made-up area code", async () => {
    const sc = (await getScorecard(t.viewers.puskesmas, WILAYAH_KERJA))!;
    const lines = scorecardCsv(sc).replace(/^\uFEFF/, "").split("\r\n");
    expect(lines[1]!.startsWith(";Wilayah kerja Puskesmas Metro;")).toBe(true);
    expect(lines.slice(2, 2 + kelurahan.length).map((l) => l.split(";")[0])).toEqual(kelurahan.map((k) => k.code));
  });

  it("maps its kelurahan with their own figures and only its posyandu as markers", async () => {
    const shapes = schematicBoundaries(metroKelurahan());
    await saveSchematicBoundaries(t.db, shapes);
    await placeDemoPosyandu(t.db, t.data, shapes);
    const map = await getMapData(t.viewers.puskesmas, WILAYAH_KERJA, "stunting", { periode: "2026-08" });
    expect(map.rows.map((r) => [r.code, r.kecamatan])).toEqual(kelurahan.map((k) => [k.code, "Metro Pusat"]));
    expect(map.rows.every((r) => r.geometry !== null)).toBe(true);
    const sc = (await getScorecard(t.viewers.puskesmas, WILAYAH_KERJA, "2026-08"))!;
    for (const r of map.rows) expect(r.rate?.nilai).toBe(sc.rows.find((x) => x.kode === r.code)!.cells.stunting?.nilai);
    const own = await t.db.posyandu.findMany({ where: { kelurahanCode: { in: kelurahan.map((k) => k.code) }, active: true, lat: { not: null } }, select: { code: true } });
    expect(map.markers.map((m) => m.code).sort()).toEqual(own.map((p) => p.code).sort());
    await expect(getMapData(t.viewers.lurah, WILAYAH_KERJA, "stunting", { periode: "2026-08" })).rejects.toThrow("Hanya akun puskesmas");
  });

  it("gives the same report on the command line (npm run indikator) for a puskesmas user only", async () => {
    const cli = (user: string) =>
      spawnSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "--conditions=react-server", "scripts/indikator.ts", "--wilayah", "wilayah-kerja", "--periode", "2026-08", "--pengguna", user, "--json"], {
        env: { ...process.env, DATABASE_URL: t.url },
        encoding: "utf8",
      });
    const ok = cli("puskesmas");
    expect(ok.status).toBe(0);
    const report = JSON.parse(ok.stdout) as { wilayah: { nama: string }; anak: { wilayah: { kode: string } }[]; indikator: { stunting: Rate } };
    expect(report.wilayah.nama).toBe("Wilayah kerja Puskesmas Metro");
    expect(report.anak.map((a) => a.wilayah.kode)).toEqual(kelurahan.map((k) => k.code));
    const own = await getIndicatorReport(t.viewers.puskesmas, WILAYAH_KERJA, { periode: "2026-08" });
    expect(report.indikator.stunting.nilai).toBe((own.indikator.stunting as Rate).nilai);
    const refused = cli("camat");
    expect(refused.status).toBe(1);
    expect(refused.stdout).toBe("");
    expect(refused.stderr.trim()).toBe("Gagal: Hanya akun puskesmas yang memiliki wilayah kerja.");
  });
});
