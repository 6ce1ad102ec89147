// The data of the ringkasan (summary) page of an area: KPI values with their
// series, the stunting trend per kecamatan, strata per kecamatan, D/S per
// kecamatan and the kelurahan that worsened most. Every number comes from the
// indicator engine (getIndicatorReport); this module only picks periods.
import "server-only";
import { db } from "../db/client";
import { canViewArea, scopeOf, type Viewer } from "../auth/scope";
import { addMonths, isMeasurementMonth, measurementFor } from "../period";
import type { Rate } from "../indicators/rate";
import { AreaAccessError, getIndicatorReport, type AreaIndicators, type IndicatorReport } from "./indicators";
import { getIndicatorReportWithChange } from "./indicator-compare";

export type Kpi = { id: string; label: string; rate: Rate & { perubahan?: { dari: string | null; selisihPoin: number | null; arah: string | null }; target?: { nilai: number; tercapai: boolean | null } | null }; periode: string; sumber: string; series: { labels: string[]; values: (number | null)[] } };

/** The latest month with any report, and the latest Feb/Aug with nutrition data, in the area. */
export async function latestPeriods(kode: string): Promise<{ month: string | null; measurement: string | null; year: number | null }> {
  const [m, n] = await Promise.all([
    db().areaMonth.findFirst({ where: { areaCode: kode }, orderBy: { period: "desc" }, select: { period: true } }),
    db().areaNutrition.findMany({ where: { areaCode: kode, diukurTb: { gt: 0 } }, orderBy: { period: "desc" }, select: { period: true }, take: 12 }),
  ]);
  const measurement = n.map((x) => x.period).find(isMeasurementMonth) ?? null;
  return { month: m?.period ?? null, measurement, year: m ? Number(m.period.slice(0, 4)) : null };
}

/** Series that show no kader figure skip the membership reads. */
const NO_KADER = { kader: false } as const;

const pick = (r: AreaIndicators, id: string) => r.indikator[id] as Kpi["rate"];

/** Everything the summary page shows for `kode` at `month` (defaults: the latest data). */
export async function getDashboard(viewer: Viewer, kode: string, month?: string) {
  if (!canViewArea(scopeOf(viewer), kode)) throw new AreaAccessError(`Wilayah ${kode} di luar cakupan akun Anda.`);
  const latest = await latestPeriods(kode);
  const bulan = month ?? latest.month;
  if (!bulan || !latest.year) return null;
  const measurement = measurementFor(bulan, latest.measurement);
  const year = Number(bulan.slice(0, 4)) >= latest.year ? latest.year : Number(bulan.slice(0, 4));
  const months = Array.from({ length: 12 }, (_, i) => addMonths(bulan, i - 11));
  const measurements = measurement ? Array.from({ length: 6 }, (_, i) => addMonths(measurement, (i - 5) * 6)) : [];
  const years = [year - 2, year - 1, year];
  const [current, monthly, nutrition, yearly] = await Promise.all([
    getIndicatorReportWithChange(viewer, kode, { periode: bulan }),
    Promise.all(months.map((p) => getIndicatorReport(viewer, kode, { periode: p }))),
    Promise.all(measurements.map((p) => getIndicatorReportWithChange(viewer, kode, { periode: p }, undefined, NO_KADER))),
    Promise.all(years.map((y) => getIndicatorReportWithChange(viewer, kode, { tahun: y }, undefined, NO_KADER))),
  ]);
  const lastNutrition = nutrition.at(-1);
  const lastYear = yearly.at(-1)!;
  const series = (reports: IndicatorReport[], id: string) => ({ labels: reports.map((r) => r.periode), values: reports.map((r) => pick(r, id).nilai) });
  const kpis: Kpi[] = [
    ...(lastNutrition ? [{ id: "stunting", label: "Prevalensi stunting", rate: pick(lastNutrition, "stunting"), periode: lastNutrition.periode, sumber: lastNutrition.sumber_gizi ?? "—", series: series(nutrition, "stunting") }] : []),
    { id: "posyandu_aktif", label: "Posyandu Aktif", rate: pick(lastYear, "posyandu_aktif"), periode: lastYear.periode, sumber: "laporan + profil tahunan", series: series(yearly, "posyandu_aktif") },
    { id: "purnama_mandiri", label: "Purnama + Mandiri", rate: pick(lastYear, "purnama_mandiri"), periode: lastYear.periode, sumber: "telaah kemandirian", series: series(yearly, "purnama_mandiri") },
    { id: "posyandu_kader_cukup", label: "Posyandu dengan ≥ 5 kader", rate: pick(current, "posyandu_kader_cukup"), periode: bulan, sumber: "data kader", series: series(monthly, "posyandu_kader_cukup") },
    { id: "d_s", label: "D/S (ditimbang)", rate: pick(current, "d_s"), periode: bulan, sumber: "laporan bulanan", series: series(monthly, "d_s") },
    { id: "kelengkapan_laporan", label: "Kelengkapan laporan", rate: pick(current, "kelengkapan_laporan"), periode: bulan, sumber: "laporan bulanan", series: series(monthly, "kelengkapan_laporan") },
  ];
  const stuntingTarget = lastNutrition ? (pick(lastNutrition, "stunting").target?.nilai ?? null) : null;
  return {
    bulan,
    tahun: lastYear.periode,
    current,
    kpis,
    stuntingTrend: {
      labels: nutrition.map((r) => r.periode),
      series: [
        { label: current.wilayah.nama, values: nutrition.map((r) => pick(r, "stunting").nilai), n: nutrition.map((r) => pick(r, "stunting").n), emphasis: true },
        ...current.anak.map((child) => ({
          label: child.wilayah.nama,
          values: nutrition.map((r) => (r.anak.find((a) => a.wilayah.kode === child.wilayah.kode)?.indikator.stunting as Rate | undefined)?.nilai ?? null),
          n: nutrition.map((r) => (r.anak.find((a) => a.wilayah.kode === child.wilayah.kode)?.indikator.stunting as Rate | undefined)?.n ?? 0),
        })),
      ],
      target: stuntingTarget === null ? undefined : { label: `Target ${lastNutrition!.periode.slice(0, 4)}`, values: nutrition.map(() => stuntingTarget) },
    },
    strata: {
      labels: lastYear.anak.map((a) => a.wilayah.nama),
      counts: {
        PRATAMA: lastYear.anak.map((a) => a.strata?.pratama ?? 0),
        MADYA: lastYear.anak.map((a) => a.strata?.madya ?? 0),
        PURNAMA: lastYear.anak.map((a) => a.strata?.purnama ?? 0),
        MANDIRI: lastYear.anak.map((a) => a.strata?.mandiri ?? 0),
      },
    },
    ds: { labels: current.anak.map((a) => a.wilayah.nama), values: current.anak.map((a) => pick(a, "d_s").nilai), n: current.anak.map((a) => pick(a, "d_s").n) },
    worsened: lastNutrition ? await worsenedKelurahan(viewer, kode, lastNutrition.periode) : [],
  };
}

/** Kelurahan whose stunting rose most since the previous Feb/Aug (routine source), worst first. */
async function worsenedKelurahan(viewer: Viewer, kode: string, period: string) {
  const depth = kode.split(".").length;
  const kecamatan = depth === 2 ? (await getIndicatorReport(viewer, kode, { periode: period }, undefined, NO_KADER)).anak.map((a) => a.wilayah.kode) : [kode];
  const rows = (await Promise.all(kecamatan.map((k) => getIndicatorReportWithChange(viewer, k, { periode: period }, undefined, NO_KADER)))).flatMap((r) => r.anak);
  return rows
    .map((a) => ({ kode: a.wilayah.kode, nama: a.wilayah.nama, rate: a.indikator.stunting as Kpi["rate"] }))
    .filter((a) => a.rate.perubahan?.selisihPoin !== null && a.rate.perubahan?.selisihPoin !== undefined && a.rate.perubahan.selisihPoin > 0)
    .sort((x, y) => (y.rate.perubahan!.selisihPoin ?? 0) - (x.rate.perubahan!.selisihPoin ?? 0))
    .slice(0, 5);
}
