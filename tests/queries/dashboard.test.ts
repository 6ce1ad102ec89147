import { beforeAll, describe, expect, it } from "vitest";
import { demoDb, type DemoDb } from "../helpers/demo-db";
import { getDashboard, latestPeriods } from "@/lib/queries/dashboard";
import { getIndicatorReport } from "@/lib/queries/indicators";
import { getIndicatorReportWithChange } from "@/lib/queries/indicator-compare";
import type { Rate } from "@/lib/indicators/rate";

const val = (r: { indikator: Record<string, object> }, id: string) => (r.indikator[id] as Rate).nilai;

describe("summary page data", () => {
  let t: DemoDb;
  beforeAll(async () => {
    t = await demoDb();
  });

  it("picks the latest month and the latest Feb/Aug with data, and the first month the month pickers list", async () => {
    // The demo's 36 months end in October 2026.
    expect(await latestPeriods("18.72")).toEqual({ month: "2026-10", shown: "2026-10", skipped: null, measurement: "2026-08", year: 2026, first: "2023-11" });
  });

  it("shows KPI values that are exactly the engine's figures, with 12-month and 6-period series", async () => {
    const d = (await getDashboard(t.viewers.pimpinan, "18.72"))!;
    const aug = await getIndicatorReport(t.viewers.pimpinan, "18.72", { periode: "2026-08" });
    const oct = await getIndicatorReport(t.viewers.pimpinan, "18.72", { periode: "2026-10" });
    const kpi = Object.fromEntries(d.kpis.map((k) => [k.id, k]));
    expect(kpi.stunting!.rate).toMatchObject({ pembilang: (aug.indikator.stunting as { pembilang: number }).pembilang, penyebut: (aug.indikator.stunting as { penyebut: number }).penyebut });
    expect(kpi.stunting!.series.labels).toEqual(["2024-02", "2024-08", "2025-02", "2025-08", "2026-02", "2026-08"]);
    expect(kpi.d_s!.rate.nilai).toBe((oct.indikator.d_s as { nilai: number }).nilai);
    expect(kpi.d_s!.series.values).toHaveLength(12);
    expect(d.stuntingTrend.series.map((s) => s.label)).toEqual(["Kota Metro", "Metro Pusat", "Metro Utara", "Metro Barat", "Metro Timur", "Metro Selatan"]);
    const strataTotal = Object.values(d.strata.counts).flat().reduce((a, b) => a + b, 0);
    expect(strataTotal).toBe(t.data.posyandu.length);
  });

  it("lists only kelurahan whose stunting rose, worst first", async () => {
    const d = (await getDashboard(t.viewers.pimpinan, "18.72"))!;
    const rises = d.worsened.map((w) => w.rate.perubahan!.selisihPoin!);
    expect(rises.every((x) => x > 0)).toBe(true);
    expect([...rises].sort((a, b) => b - a)).toEqual(rises);
    expect(d.worsened.every((w) => /^18\.72\.\d{2}\.\d{4}$/.test(w.kode))).toBe(true);
  });

  it("gives the camat the kecamatan summary and nothing for a neighbour", async () => {
    const d = (await getDashboard(t.viewers.camat, "18.72.01"))!;
    expect(d.current.wilayah.nama).toBe("Metro Pusat");
    expect(d.ds.labels).toHaveLength(5);
    // The bold line is titled with its level: in East Java a kecamatan and one of its desa often share a name
    // (Kecamatan Donorojo holds Desa Donorojo), and two "Donorojo" legend entries would not tell which is which.
    expect(d.stuntingTrend.series.map((s) => s.label)).toEqual(["Kecamatan Metro Pusat", ...d.ds.labels]);
    await expect(getDashboard(t.viewers.camat, "18.72.02")).rejects.toThrow("di luar cakupan");
  });

  it("leaves the months before the first report out of the completeness sparkline instead of drawing them at 0 %", async () => {
    const first = t.data.reports.map((r) => r.period).sort()[0]!;
    const d = (await getDashboard(t.viewers.pimpinan, "18.72", first))!;
    const series = d.kpis.find((k) => k.id === "kelengkapan_laporan")!.series;
    expect(series.labels.at(-1)).toBe(first);
    expect(series.values.slice(0, -1).every((v) => v === null)).toBe(true);
    expect(series.values.at(-1)).toBeGreaterThan(50);
    // No weighing before the data begins: every line of the stunting trend is empty (the page says so).
    expect(d.stuntingTrend.series.every((s) => s.values.every((v) => v === null))).toBe(true);
  });

  it("does not rate a year the data begins after January: 2023 (from November) is unknown, not 0 %, and no base for a change", async () => {
    // The demo's data begins in November 2023.
    const jan = (await getDashboard(t.viewers.pimpinan, "18.72", "2024-01"))!;
    for (const id of ["posyandu_aktif", "purnama_mandiri"]) {
      const kpi = jan.kpis.find((k) => k.id === id)!;
      expect(kpi.rate.nilai).toBeGreaterThan(0);
      expect(kpi.rate.perubahan?.selisihPoin ?? null).toBeNull();
      expect(kpi.series.labels).toEqual(["2022", "2023", "2024"]);
      expect(kpi.series.values.slice(0, 2)).toEqual([null, null]);
    }
    const dec = (await getDashboard(t.viewers.pimpinan, "18.72", "2023-12"))!;
    expect(dec.kpis.find((k) => k.id === "posyandu_aktif")!.rate.nilai).toBeNull();
    expect(dec.strata).toMatchObject({ tercakup: false, dataMulai: "2023-11" });
    // The scorecard, the API and the meetings read the same rule.
    const y2023 = await getIndicatorReportWithChange(t.viewers.pimpinan, "18.72", { tahun: 2023 });
    expect(val(y2023, "posyandu_aktif")).toBeNull();
    const y2024 = await getIndicatorReportWithChange(t.viewers.pimpinan, "18.72", { tahun: 2024 });
    expect((y2024.indikator.posyandu_aktif as Rate & { perubahan: { selisihPoin: number | null } }).perubahan.selisihPoin).toBeNull();
    const y2025 = await getIndicatorReportWithChange(t.viewers.pimpinan, "18.72", { tahun: 2025 });
    expect((y2025.indikator.posyandu_aktif as Rate & { perubahan: { selisihPoin: number | null } }).perubahan.selisihPoin).not.toBeNull();
  });

  it("reads every series point from the rollups exactly as the engine computes it", async () => {
    const d = (await getDashboard(t.viewers.pimpinan, "18.72"))!;
    const kpi = Object.fromEntries(d.kpis.map((k) => [k.id, k]));
    for (const [i, m] of kpi.d_s!.series.labels.entries()) {
      const r = await getIndicatorReport(t.viewers.pimpinan, "18.72", { periode: m });
      expect([m, kpi.d_s!.series.values[i]]).toEqual([m, val(r, "d_s")]);
      expect([m, kpi.kelengkapan_laporan!.series.values[i]]).toEqual([m, val(r, "kelengkapan_laporan")]);
      expect([m, kpi.posyandu_kader_cukup!.series.values[i]]).toEqual([m, val(r, "posyandu_kader_cukup")]);
    }
    for (const [i, p] of d.stuntingTrend.labels.entries()) {
      const r = await getIndicatorReport(t.viewers.pimpinan, "18.72", { periode: p });
      expect(d.stuntingTrend.series[0]!.values[i]).toBe(val(r, "stunting"));
      for (const [j, child] of r.anak.entries()) expect([p, child.wilayah.nama, d.stuntingTrend.series[j + 1]!.values[i]]).toEqual([p, child.wilayah.nama, val(child, "stunting")]);
    }
    for (const [i, y] of kpi.posyandu_aktif!.series.labels.entries()) {
      const r = await getIndicatorReport(t.viewers.pimpinan, "18.72", { tahun: Number(y) });
      expect(kpi.posyandu_aktif!.series.values[i]).toBe(val(r, "posyandu_aktif"));
      expect(kpi.purnama_mandiri!.series.values[i]).toBe(val(r, "purnama_mandiri"));
    }
    // Change and target of the KPI cards equal the engine's decorated report.
    const aug = await getIndicatorReportWithChange(t.viewers.pimpinan, "18.72", { periode: "2026-08" });
    const year = await getIndicatorReportWithChange(t.viewers.pimpinan, "18.72", { tahun: 2026 });
    expect(kpi.stunting!.rate.perubahan?.selisihPoin).toBe((aug.indikator.stunting as Rate & { perubahan: { selisihPoin: number } }).perubahan.selisihPoin);
    expect(kpi.stunting!.rate.target?.nilai).toBe((aug.indikator.stunting as Rate & { target: { nilai: number } | null }).target?.nilai);
    expect(kpi.posyandu_aktif!.rate.perubahan?.selisihPoin).toBe((year.indikator.posyandu_aktif as Rate & { perubahan: { selisihPoin: number } }).perubahan.selisihPoin);
    // Worsened kelurahan: the same list the engine gives kecamatan by kecamatan.
    const byEngine = (await Promise.all(d.current.anak.map((k) => getIndicatorReportWithChange(t.viewers.pimpinan, k.wilayah.kode, { periode: "2026-08" }, undefined, { kader: false }))))
      .flatMap((r) => r.anak)
      .map((a) => ({ kode: a.wilayah.kode, ...(a.indikator.stunting as Rate & { perubahan: { selisihPoin: number | null; arah: string | null } }).perubahan }))
      .map((a) => ({ kode: a.kode, poin: a.selisihPoin, arah: a.arah }))
      .filter((a) => a.arah === "memburuk")
      .sort((a, b) => b.poin! - a.poin!)
      .slice(0, 5);
    expect(d.worsened.map((w) => [w.kode, w.rate.perubahan!.selisihPoin])).toEqual(byEngine.map((w) => [w.kode, w.poin]));
  });

  it("lists the worsened kelurahan of a kecamatan too (the camat's page), as the engine gives them", async () => {
    const kecamatan = (await getIndicatorReport(t.viewers.pimpinan, "18.72", { periode: "2026-08" })).anak.map((k) => k.wilayah.kode);
    let listed = 0;
    for (const kode of kecamatan) {
      const d = (await getDashboard(t.viewers.pimpinan, kode))!;
      const engine = (await getIndicatorReportWithChange(t.viewers.pimpinan, kode, { periode: "2026-08" }, undefined, { kader: false })).anak
        .map((a) => ({ kode: a.wilayah.kode, ...(a.indikator.stunting as Rate & { perubahan: { selisihPoin: number | null; arah: string | null } }).perubahan }))
        .filter((a) => a.arah === "memburuk")
        .sort((a, b) => b.selisihPoin! - a.selisihPoin!)
        .slice(0, 5);
      expect([kode, d.worsened.map((w) => [w.kode, w.rate.perubahan!.selisihPoin])]).toEqual([kode, engine.map((w) => [w.kode, w.selisihPoin])]);
      listed += d.worsened.length;
    }
    // The demo has kelurahan whose stunting rose from February to August 2026.
    expect(listed).toBeGreaterThan(0);
  });

  it("gives a kelurahan's stunting trend per posyandu from their own rows", async () => {
    const d = (await getDashboard(t.viewers.lurah, "18.72.01.1001"))!;
    const r = await getIndicatorReport(t.viewers.lurah, "18.72.01.1001", { periode: "2026-08" });
    const i = d.stuntingTrend.labels.indexOf("2026-08");
    expect(d.stuntingTrend.series.slice(1).map((s) => s.values[i])).toEqual(r.anak.map((a) => val(a, "stunting")));
    expect(d.stuntingTrend.series.slice(1).some((s) => s.values[i] !== null)).toBe(true);
  });

  it("ranks the children by the engine's stunting at the latest period, for the trend's top lines", async () => {
    const d = (await getDashboard(t.viewers.lurah, "18.72.01.1001"))!;
    const t2 = d.stuntingTrend;
    expect(t2.rankedAt).toBe(t2.labels.at(-1));
    const r = await getIndicatorReport(t.viewers.lurah, "18.72.01.1001", { periode: t2.rankedAt! });
    const ranked = t2.ranking.map((i) => r.anak[i]!.indikator.stunting as Rate);
    expect(t2.ranking.map((i) => t2.series[1 + i]!.label)).toEqual(t2.ranking.map((i) => r.anak[i]!.wilayah.nama));
    const measured = ranked.filter((x) => x.nilai !== null && !x.n_kecil).map((x) => x.nilai!);
    expect(measured.length).toBeGreaterThan(1);
    expect([...measured].sort((a, b) => b - a)).toEqual(measured);
    expect(t2.measured).toBe(ranked.filter((x) => x.nilai !== null).length);
    expect([...t2.ranking].sort((a, b) => a - b)).toEqual(r.anak.map((_, i) => i));
  });
});
