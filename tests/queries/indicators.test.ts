import { beforeAll, describe, expect, it } from "vitest";
import { demoDb, type DemoDb } from "../helpers/demo-db";
import { AreaAccessError, getIndicatorReport } from "@/lib/queries/indicators";
import { computeStrata } from "@/lib/indicators/strata";
import { STRATA_2011 } from "@/lib/reference/seed";
import { runImport } from "@/lib/import/engine";
import { addMonths } from "@/lib/period";

type R = { pembilang: number; penyebut: number; nilai: number | null; n_kecil?: boolean; sumber?: string };

describe("indicator report (engine on the database)", () => {
  let t: DemoDb;
  beforeAll(async () => {
    t = await demoDb();
  });
  const inKec = (code: string) => (p: { kecamatanCode: string }) => p.kecamatanCode === code;

  it("computes D/S and stunting of a kecamatan as sums over its posyandu, checked against the raw data", async () => {
    const report = await getIndicatorReport(t.viewers.camat, "18.72.01", { periode: "2026-08" });
    const codes = new Set(t.data.posyandu.filter(inKec("18.72.01")).map((p) => p.code));
    const rows = t.data.reports.filter((r) => r.period === "2026-08" && codes.has(r.posyanduCode));
    const ds = report.indikator.d_s as R;
    expect(ds.pembilang).toBe(rows.reduce((s, r) => s + r.d, 0));
    expect(ds.penyebut).toBe(rows.reduce((s, r) => s + r.s, 0));
    expect(ds.nilai).toBeCloseTo((100 * ds.pembilang) / ds.penyebut, 10);
    const gizi = t.data.nutrition.filter((n) => n.period === "2026-08" && codes.has(n.posyanduCode));
    const stunting = report.indikator.stunting as R;
    expect(stunting).toMatchObject({ pembilang: gizi.reduce((s, n) => s + n.sangatPendek + n.pendek, 0), penyebut: gizi.reduce((s, n) => s + n.diukurTb, 0), sumber: "EPPGBM" });
    expect(report.sumber_gizi).toBe("EPPGBM");
    expect(report.anak.map((a) => a.wilayah.kode)).toEqual(["18.72.01.1001", "18.72.01.1002", "18.72.01.1003", "18.72.01.1004", "18.72.01.1005"]);
    const sumChildren = report.anak.reduce((s, a) => s + (a.indikator.d_s as R).pembilang, 0);
    expect(sumChildren).toBe(ds.pembilang);
    expect(report.data_terakhir).toBe("2026-09-05T02:00:00.000Z");
  });

  it("gives 'tidak ada data' for a month without reports instead of 0%", async () => {
    const report = await getIndicatorReport(t.viewers.camat, "18.72.01", { periode: "2020-01" });
    expect(report.indikator.d_s).toMatchObject({ penyebut: 0, nilai: null, tidak_ada_data: true });
    expect(report.indikator.kelengkapan_laporan).toMatchObject({ pembilang: 0, nilai: 0 });
    expect(report.indikator.stunting).toMatchObject({ nilai: null, tidak_ada_data: true });
  });

  it("counts strata for a year exactly as the rule table applied to each posyandu", async () => {
    const report = await getIndicatorReport(t.viewers.admin, "18.72", { tahun: 2026 });
    const expected = { pratama: 0, madya: 0, purnama: 0, mandiri: 0 };
    for (const p of t.data.posyandu) {
      const months = t.data.reports.filter((r) => r.posyanduCode === p.code && r.period.startsWith("2026"));
      const profile = t.data.profiles.find((x) => x.posyanduCode === p.code && x.year === 2026) ?? null;
      expected[computeStrata(months, profile, STRATA_2011).stratum.toLowerCase() as keyof typeof expected]++;
    }
    expect(report.strata).toEqual(expected);
    expect(report.anak).toHaveLength(5);
    expect(report.anak.reduce((s, a) => s + a.strata!.mandiri, 0)).toBe(expected.mandiri);
    const pm = report.indikator.purnama_mandiri as R;
    expect(pm).toMatchObject({ pembilang: expected.purnama + expected.mandiri, penyebut: t.data.posyandu.length });
  });

  it("lists posyandu as the children of a kelurahan", async () => {
    const report = await getIndicatorReport(t.viewers.lurah, "18.72.01.1001", { periode: "2026-08" });
    expect(report.anak.map((a) => a.wilayah.kode)).toEqual(t.data.posyandu.filter((p) => p.kelurahanCode === "18.72.01.1001").map((p) => p.code));
    expect(report.anak.every((a) => a.wilayah.tingkat === "Posyandu")).toBe(true);
  });

  it("refuses areas outside the viewer's scope", async () => {
    await expect(getIndicatorReport(t.viewers.camat, "18.72.02", { periode: "2026-08" })).rejects.toThrow(AreaAccessError);
    await expect(getIndicatorReport(t.viewers.camat, "18.72", { periode: "2026-08" })).rejects.toThrow(AreaAccessError);
    await expect(getIndicatorReport(t.viewers.lurah, "18.72.01.1002", { tahun: 2026 })).rejects.toThrow(AreaAccessError);
  });

  it("reflects a saved import immediately (no stale cache)", async () => {
    const code = t.data.posyandu.find((p) => p.kelurahanCode === "18.72.01.1002")!.code;
    const before = (await getIndicatorReport(t.viewers.camat, "18.72.01", { periode: "2026-10" })).indikator.d_s as R;
    const existing = t.data.reports.find((r) => r.posyanduCode === code && r.period === "2026-10");
    const d = (existing?.d ?? 0) + 5;
    const s = Math.max(existing?.s ?? 0, d);
    const csv = `kode_posyandu,periode,buka,kader_bertugas,s,k,d,n,bgm,t2\n${code},2026-10,ya,5,${s},${Math.min(existing?.k ?? 0, s)},${d},0,0,0\n`;
    const out = await runImport(t.db, t.viewers.admin, "laporan-bulanan", new TextEncoder().encode(csv), "x.csv", { dryRun: false, today: "2026-11-23" });
    expect(out.status).toBe("selesai");
    const after = (await getIndicatorReport(t.viewers.camat, "18.72.01", { periode: "2026-10" })).indikator.d_s as R;
    expect(after.pembilang - before.pembilang).toBe(d - (existing?.d ?? 0));
  });
});

describe("rolling 12 months, change and targets", () => {
  let t: DemoDb;
  beforeAll(async () => {
    t = await demoDb();
    const { seedReference } = await import("@/lib/reference/seed");
    await seedReference(t.db); // national targets (db:migrate inserts them in real databases)
  });

  it("sums the 12 months ending with a month, identically from rollups and base rows", async () => {
    const { getIndicatorReport: get } = await import("@/lib/queries/indicators");
    const rollup = await get(t.viewers.admin, "18.72", { rolling: "2026-10" }, t.db, { mode: "rollup" });
    const raw = await get(t.viewers.admin, "18.72", { rolling: "2026-10" }, t.db, { mode: "dasar" });
    expect(rollup).toEqual(raw);
    const rows = t.data.reports.filter((r) => r.period >= "2025-11" && r.period <= "2026-10");
    expect(rollup.periode).toBe("2025-11/2026-10");
    expect(rollup.indikator.d_s).toMatchObject({ pembilang: rows.reduce((s, r) => s + r.d, 0), penyebut: rows.reduce((s, r) => s + r.s, 0) });
    expect(rollup.indikator.kelengkapan_laporan).toMatchObject({ pembilang: rows.length, penyebut: t.data.posyandu.length * 12 });
  });

  it("adds the change since the previous comparable period and the year's target (area override first)", async () => {
    const { getIndicatorReportWithChange } = await import("@/lib/queries/indicator-compare");
    await t.db.indicatorTarget.create({ data: { indicator: "stunting", year: 2025, areaCode: "18.72.01", value: 12, source: "Perwali uji" } });
    const r = await getIndicatorReportWithChange(t.viewers.admin, "18.72", { periode: "2025-08" }, t.db);
    const now = r.indikator.stunting as R & { perubahan: { dari: string; selisihPoin: number; arah: string }; target: { nilai: number; tercapai: boolean } };
    const feb = await getIndicatorReport(t.viewers.admin, "18.72", { periode: "2025-02" }, t.db);
    expect(now.perubahan.dari).toBe("2025-02");
    expect(now.perubahan.selisihPoin).toBeCloseTo(now.nilai! - (feb.indikator.stunting as R).nilai!, 10);
    expect(now.perubahan.arah).toBe(now.perubahan.selisihPoin < 0 ? "membaik" : "memburuk");
    expect(now.target).toMatchObject({ nilai: 18.8, tercapai: now.nilai! <= 18.8 });
    const pusat = r.anak.find((a) => a.wilayah.kode === "18.72.01")!.indikator.stunting as typeof now;
    expect(pusat.target).toMatchObject({ nilai: 12 });
    expect((r.indikator.d_s as typeof now).perubahan.dari).toBe("2025-07");
    const july = await getIndicatorReportWithChange(t.viewers.admin, "18.72", { periode: "2025-07" }, t.db);
    expect((july.indikator.stunting as typeof now).perubahan).toEqual({ dari: null, selisihPoin: null, arah: null });
  });

  it("shows no change in report completeness against a month nobody reported, such as the month before the data begins", async () => {
    const { getIndicatorReportWithChange } = await import("@/lib/queries/indicator-compare");
    const first = t.data.reports.map((r) => r.period).sort()[0]!;
    const r = await getIndicatorReportWithChange(t.viewers.admin, "18.72", { periode: first }, t.db);
    const completeness = r.indikator.kelengkapan_laporan as R & { perubahan: unknown };
    expect(completeness.nilai).toBeGreaterThan(50);
    expect(completeness.perubahan).toEqual({ dari: null, selisihPoin: null, arah: null });
    expect((r.indikator.posyandu_buka as typeof completeness).perubahan).toEqual({ dari: null, selisihPoin: null, arah: null });
    // The month after compares as before.
    const next = await getIndicatorReportWithChange(t.viewers.admin, "18.72", { periode: addMonths(first, 1) }, t.db);
    expect((next.indikator.kelengkapan_laporan as R & { perubahan: { dari: string | null } }).perubahan.dari).toBe(first);
  });

  it("never mixes e-PPGBM and survey counts in one figure", async () => {
    const code = t.data.posyandu[0]!.code;
    const gizi = ["kode_posyandu,periode,sumber,diukur_tb,sangat_pendek,pendek,diukur_bb_tb,gizi_buruk,gizi_kurang,diukur_bb,bb_sangat_kurang,bb_kurang", `${code},2026-08,survei,500,100,100,500,1,1,500,1,1`].join("\n");
    await runImport(t.db, t.viewers.admin, "gizi", new TextEncoder().encode(gizi), "s.csv", { dryRun: false, today: "2026-11-23" });
    const r = await getIndicatorReport(t.viewers.admin, "18.72", { periode: "2026-08" }, t.db);
    const routine = t.data.nutrition.filter((n) => n.period === "2026-08");
    expect(r.sumber_gizi).toBe("EPPGBM");
    expect((r.indikator.stunting as R).penyebut).toBe(routine.reduce((s, n) => s + n.diukurTb, 0));
  });
});

describe("reports without kader figures", () => {
  it("omit the kader indicators instead of showing zeros, and keep every other figure", async () => {
    const t = await demoDb();
    const full = await getIndicatorReport(t.viewers.admin, "18.72", { tahun: 2026 });
    const lean = await getIndicatorReport(t.viewers.admin, "18.72", { tahun: 2026 }, t.db, { kader: false });
    expect(lean.indikator.posyandu_kader_cukup).toBeUndefined();
    expect(lean.indikator.purnama_mandiri).toEqual(full.indikator.purnama_mandiri);
    expect(lean.strata).toEqual(full.strata);
    const kel = await getIndicatorReport(t.viewers.admin, "18.72.01.1001", { tahun: 2026 }, t.db, { kader: false });
    const kelFull = await getIndicatorReport(t.viewers.admin, "18.72.01.1001", { tahun: 2026 }, t.db);
    expect(kel.indikator.posyandu_aktif).toEqual(kelFull.indikator.posyandu_aktif);
  });
});
