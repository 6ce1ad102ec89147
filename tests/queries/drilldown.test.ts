// The kelurahan and posyandu pages' reads: posyandu status rows, SKDN series,
// posyandu detail and breadcrumbs, checked against the demo's own input rows.
import { beforeAll, describe, expect, it } from "vitest";
import { demoDb, type DemoDb } from "../helpers/demo-db";
import { getPosyanduStatus } from "@/lib/queries/kelurahan";
import { areaSkdnSeries, posyanduSkdnSeries } from "@/lib/queries/area-series";
import { getPosyanduDetail } from "@/lib/queries/posyandu-detail";
import { getAreaContext, getBreadcrumbs } from "@/lib/queries/breadcrumbs";
import { getIndicatorReport } from "@/lib/queries/indicators";
import { periodLabel, periodRange } from "@/lib/period";
import { skdnLabels } from "@/app/_components/skdn-labels";

const KEL = "18.72.01.1001"; // Metro, in Metro Pusat (the camat's and the lurah's area)
const OTHER_KEL = "18.72.02.1001"; // in Metro Utara

describe("kelurahan and posyandu pages", () => {
  let t: DemoDb;
  beforeAll(async () => {
    t = await demoDb();
  });

  it("lists every active posyandu of the kelurahan with its stratum, reasons, kader, last report, D/S and stunting", async () => {
    const rows = await getPosyanduStatus(t.viewers.lurah, KEL, "2026-10", "2026-08");
    const expected = t.data.posyandu.filter((p) => p.kelurahanCode === KEL).map((p) => p.code).sort();
    expect(rows.map((r) => r.kode).sort()).toEqual(expected);
    for (const r of rows) {
      const p = await t.db.posyandu.findUniqueOrThrow({ where: { code: r.kode }, select: { id: true } });
      const year = await t.db.posyanduYear.findUnique({ where: { posyanduId_year: { posyanduId: p.id, year: 2026 } } });
      expect(r.strata?.strata).toBe(year?.stratum);
      // The stunting column's hover names the source read, not "data gizi"; the demo's 2026 is provisional.
      expect(r.sumberGizi).toBe("e-PPGBM");
      expect(r.strata?.tahunLabel).toBe("2026 (s.d. Oktober, sementara)");
      expect(r.strata?.kurang).toEqual(JSON.parse(year!.kurang));
      if (r.strata!.strata !== "MANDIRI") expect(r.strata!.kurang.length).toBeGreaterThan(0);
      const kader = await t.db.kaderMembership.count({ where: { posyanduId: p.id, endDate: null, kader: { active: true } } });
      expect(r.kader).toBe(kader);
      const oct = t.data.reports.find((x) => x.posyanduCode === r.kode && x.period === "2026-10");
      if (oct) expect(r.ds?.nilai).toBeCloseTo((100 * oct.d) / oct.s, 6);
      const last = t.data.reports.filter((x) => x.posyanduCode === r.kode).map((x) => x.period).sort().at(-1) ?? null;
      expect(r.laporanTerakhir).toBe(last);
      const g = t.data.nutrition.find((x) => x.posyanduCode === r.kode && x.period === "2026-08");
      if (g) expect(r.stunting?.pembilang).toBe(g.sangatPendek + g.pendek);
    }
  });

  it("refuses a kelurahan outside the viewer's scope", async () => {
    await expect(getPosyanduStatus(t.viewers.camat, OTHER_KEL, "2026-10", "2026-08")).rejects.toThrow(/di luar cakupan/);
    await expect(areaSkdnSeries(t.viewers.lurah, OTHER_KEL, ["2026-10"])).rejects.toThrow(/di luar cakupan/);
  });

  it("sums the kelurahan's SKDN per month from the rollups exactly as the base rows add up", async () => {
    const months = periodRange("2025-11", "2026-10");
    const series = await areaSkdnSeries(t.viewers.camat, KEL, months);
    expect(series.labels).toEqual(months);
    const codes = new Set(t.data.posyandu.filter((p) => p.kelurahanCode === KEL).map((p) => p.code));
    months.forEach((m, i) => {
      const rows = t.data.reports.filter((r) => r.period === m && codes.has(r.posyanduCode));
      expect(series.melapor[i]).toBe(rows.length);
      if (rows.length === 0) return expect(series.s[i]).toBeNull();
      const s = rows.reduce((a, r) => a + r.s, 0);
      const d = rows.reduce((a, r) => a + r.d, 0);
      expect(series.s[i]).toBe(s);
      expect(series.d[i]).toBe(d);
      expect(series.ds[i]?.nilai).toBeCloseTo((100 * d) / s, 6);
    });
    const report = await getIndicatorReport(t.viewers.camat, KEL, { periode: "2026-10" });
    expect(series.ds.at(-1)?.nilai).toBe((report.indikator.d_s as { nilai: number }).nilai);
  });

  it("shows a posyandu's monthly SKDN, strata history with reasons, kader and nutrition, and hides it outside scope", async () => {
    const code = t.data.posyandu.find((p) => p.kelurahanCode === KEL)!.code;
    const series = (await posyanduSkdnSeries(t.viewers.lurah, code, ["2026-09", "2026-10"]))!;
    const oct = t.data.reports.find((r) => r.posyanduCode === code && r.period === "2026-10");
    expect(series.s[1]).toBe(oct?.s ?? null);
    const detail = (await getPosyanduDetail(t.viewers.lurah, code))!;
    expect(detail.profil.kode).toBe(code);
    // The month picker's range: the posyandu's first and last report.
    const periods = t.data.reports.filter((r) => r.posyanduCode === code).map((r) => r.period).sort();
    expect([detail.laporanPertama, detail.laporanTerakhir?.periode]).toEqual([periods[0], periods.at(-1)]);
    expect(detail.strata.map((s) => s.tahun)).toEqual([...detail.strata.map((s) => s.tahun)].sort((a, b) => b - a));
    expect(detail.strata.length).toBeGreaterThanOrEqual(3);
    expect(detail.gizi.length).toBe(t.data.nutrition.filter((g) => g.posyanduCode === code).length);
    const aug = t.data.nutrition.find((g) => g.posyanduCode === code && g.period === "2026-08")!;
    expect(detail.gizi.find((g) => g.periode === "2026-08")?.indikator.stunting.penyebut).toBe(aug.diukurTb);
    expect(detail.kader.kader_per_posyandu.pembilang).toBe(await t.db.kaderMembership.count({ where: { posyandu: { code }, endDate: null, kader: { active: true } } }));
    const other = t.data.posyandu.find((p) => p.kelurahanCode === OTHER_KEL)!.code;
    expect(await getPosyanduDetail(t.viewers.lurah, other)).toBeNull();
    expect(await getPosyanduDetail(t.viewers.camat, other)).toBeNull();
    expect(await posyanduSkdnSeries(t.viewers.camat, other, ["2026-10"])).toBeNull();
    expect(await getPosyanduDetail(t.viewers.pimpinan, other)).not.toBeNull();
  });

  it("does not rate a year the kelurahan's data does not cover from January (the demo begins in November 2023)", async () => {
    const code = t.data.posyandu.find((p) => p.kelurahanCode === KEL)!.code;
    const detail = (await getPosyanduDetail(t.viewers.lurah, code))!;
    const inKel = new Set(t.data.posyandu.filter((p) => p.kelurahanCode === KEL).map((p) => p.code));
    const first = t.data.reports.filter((r) => inKel.has(r.posyanduCode)).map((r) => r.period).sort()[0]!;
    expect(first > `${first.slice(0, 4)}-01`).toBe(true);
    expect(detail.dataKelurahanMulai).toBe(first);
    // The stored row still says Pratama for that year ("buka 2 bulan < 8"); the page must not present it as a rating.
    const uncovered = detail.strata.find((y) => y.tahun === Number(first.slice(0, 4)))!;
    expect(uncovered.dinilai).toBe(false);
    expect(detail.strata.filter((y) => y.tahun > uncovered.tahun).every((y) => y.dinilai)).toBe(true);
  });

  it("marks a month the posyandu reported closed, so its chart does not draw a D/S of 0 %", async () => {
    const closed = t.data.reports.find((r) => !r.opened && t.data.posyandu.some((p) => p.code === r.posyanduCode && p.kelurahanCode === KEL))!;
    const open = t.data.reports.find((r) => r.opened && r.posyanduCode === closed.posyanduCode)!;
    const series = (await posyanduSkdnSeries(t.viewers.lurah, closed.posyanduCode, [closed.period, open.period]))!;
    expect(series.tutup).toEqual([true, false]);
    expect(series.melapor).toEqual([1, 1]);
  });

  it("labels a month with D > S on the posyandu's and the kelurahan's SKDN charts, so 101 % is not read as coverage", async () => {
    const over = t.data.reports.find((r) => r.d !== null && r.s !== null && r.d > r.s)!;
    const normal = t.data.reports.find((r) => r.posyanduCode === over.posyanduCode && r.opened && r.d !== null && r.s !== null && r.d <= r.s)!;
    const months = [over.period, normal.period].sort();
    const series = (await posyanduSkdnSeries(t.viewers.pimpinan, over.posyanduCode, months))!;
    const labels = skdnLabels(series, true);
    expect(labels[months.indexOf(over.period)]).toBe(`${periodLabel(over.period)} (D > S)`);
    expect(labels[months.indexOf(normal.period)]).toBe(periodLabel(normal.period));
    const kel = t.data.posyandu.find((p) => p.code === over.posyanduCode)!.kelurahanCode;
    const area = await areaSkdnSeries(t.viewers.pimpinan, kel, [over.period]);
    expect(skdnLabels(area, false)[0]).toMatch(new RegExp(`^${periodLabel(over.period)} \\(D > S di \\d+ posyandu\\)$`));
  });

  it("builds breadcrumbs that link only to the levels the viewer may open", async () => {
    const camat = await getBreadcrumbs(t.viewers.camat, KEL, { code: "P1", name: "Melati" });
    expect(camat.map((c) => c.label)).toEqual(["Kota Metro", "Kecamatan Metro Pusat", "Kelurahan Metro", "Posyandu Melati"]);
    expect(camat.map((c) => c.href)).toEqual([null, "/wilayah/18.72.01", `/wilayah/${KEL}`, "/posyandu/P1"]);
    expect((await getBreadcrumbs(t.viewers.pimpinan, KEL))[0]!.href).toBe("/wilayah/18.72");
    expect((await getBreadcrumbs(t.viewers.lurah, KEL)).map((c) => c.href)).toEqual([null, null, `/wilayah/${KEL}`]);
    expect(await getAreaContext(t.viewers.camat, "18.72.02")).toBeNull();
    expect(await getAreaContext(t.viewers.camat, "18.72.01.9999")).toBeNull();
    expect((await getAreaContext(t.viewers.camat, "18.72.01"))?.judul).toBe("Kecamatan Metro Pusat");
  });
});
