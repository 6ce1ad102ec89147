// The data of the ringkasan (summary) page of an area: KPI values with their
// series, the stunting trend per kecamatan, strata per kecamatan, D/S per
// kecamatan and the kelurahan that worsened most. Every number comes from the
// indicator engine's pure functions: the month from getIndicatorReport, the series from the rollup tables
// (lib/queries/dashboard-series.ts, checked point by point against the engine in tests).
import "server-only";
import { db } from "../db/client";
import { canViewArea, posyanduWhere, scopeOf, type Viewer } from "../auth/scope";
import { addMonths, measurementFor } from "../period";
import type { Rate } from "../indicators/rate";
import { AreaAccessError, type AreaIndicators } from "./indicators";
import { getIndicatorReportWithChange } from "./indicator-compare";
import { monthlySeries, nutritionSeries, withChange, worsenedKelurahan, yearlyCounts, yearlyRates } from "./dashboard-series";
import { cachedByScope } from "./cache";
import { latestPeriods } from "./latest-periods";

// Re-exported: the pages read the periods from here with the dashboard.
export { latestPeriods, latestPeriodsOf } from "./latest-periods";
import { areaTitle, codesBelow } from "../wilayah/codes";
import { rankTrendLines } from "../indicators/trend-lines";
import { strataYearFor, strataYearLabel, yearCovered, yearRated, yearRunningUntil, ZERO_STRATA } from "../indicators/strata-distribution";

export type Kpi = { id: string; label: string; rate: Rate & { perubahan?: { dari: string | null; selisihPoin: number | null; arah: string | null }; target?: { nilai: number; tercapai: boolean | null } | null }; periode: string; sumber: string; series: { labels: string[]; values: (number | null)[] } };

/**
 * The worsened kelurahan read only AreaNutrition and area names: kept across monthly-report saves, after which
 * their ≈ 13,000 rows of a province (≈ 0.3–0.8 s on PostgreSQL) were most of the dashboard's recomputation.
 */
const cachedWorsened = cachedByScope("worsened", (_viewer: Viewer, kode: string, period: string, previous: string) => worsenedKelurahan(kode, period, previous), { dependsOn: ["registry", "nutrition"] });

const pick = (r: AreaIndicators, id: string) => r.indikator[id] as Kpi["rate"];

/** Everything the summary page shows for `kode` at `month` (defaults: the latest data). */
async function getDashboardUncached(viewer: Viewer, kode: string, month?: string) {
  if (!canViewArea(scopeOf(viewer), kode)) throw new AreaAccessError(`Wilayah ${kode} di luar cakupan akun Anda.`);
  const latest = await latestPeriods(kode);
  const bulan = month ?? latest.shown;
  if (!bulan || !latest.year) return null;
  const measurement = measurementFor(bulan, latest.measurement);
  // The month's year, or the year before while the month's year is too young to rate (strataYearFor).
  const year = strataYearFor(bulan, latest.first, latest.month);
  const months = Array.from({ length: 12 }, (_, i) => addMonths(bulan, i - 11));
  // Seven periods: six shown plus the one before the first, for the change of the oldest point.
  const measurements = measurement ? Array.from({ length: 7 }, (_, i) => addMonths(measurement, (i - 6) * 6)) : [];
  const years = [year - 3, year - 2, year - 1, year];
  // The month's engine report gives the children, the D/S per child and the month KPIs with change and target.
  const subtree = scopeOf(viewer).kind === "subtree";
  const [current, childAreas] = await Promise.all([
    getIndicatorReportWithChange(viewer, kode, { periode: bulan }),
    subtree ? db().area.findMany({ where: { parentCode: kode }, select: { code: true } }).then((rows) => rows.map((a) => a.code)) : null,
  ]);
  const children = current.anak.map((a) => a.wilayah.kode);
  // Read only when a month lacks AreaKader rows (the series then counts memberships).
  const posyanduIds = async () => (await db().posyandu.findMany({ where: { AND: [posyanduWhere(scopeOf(viewer)), belowCode(kode), { active: true }] }, select: { id: true } })).map((p) => p.id);
  const [monthly, nutrition, strataOf, worsened] = await Promise.all([
    monthlySeries(kode, months, posyanduIds, childAreas),
    measurement ? nutritionSeries(kode, children, measurements) : Promise.resolve([]),
    yearlyCounts([kode, ...children], years),
    measurement ? cachedWorsened(viewer, kode, measurement, addMonths(measurement, -6)) : Promise.resolve([]),
  ]);
  const shown = nutrition.slice(1);
  const last = shown.at(-1);
  // A year the data does not cover from January, or a running year with too few months, is unknown (tidak ada
  // data), not rated: no KPI, change or point.
  const covered = (y: number) => yearRated(y, latest.first, latest.month);
  const yearText = strataYearLabel(year, latest.month);
  const yearRate = (y: number) => yearlyRates(covered(y) ? strataOf(kode, y) : ZERO_STRATA);
  const [stunting, aktif, pm] = await Promise.all([
    last ? withChange(last.area, nutrition.at(-2)?.area, nutrition.at(-2)?.periode ?? null, "stunting", "turun-baik", kode, Number(last.periode.slice(0, 4))) : null,
    withChange(yearRate(year).posyandu_aktif, yearRate(year - 1).posyandu_aktif, String(year - 1), "posyandu_aktif", "naik-baik", kode, year),
    withChange(yearRate(year).purnama_mandiri, yearRate(year - 1).purnama_mandiri, String(year - 1), "purnama_mandiri", "naik-baik", kode, year),
  ]);
  const yearSeries = (id: "posyandu_aktif" | "purnama_mandiri") => ({ labels: years.slice(1).map(String), values: years.slice(1).map((y) => yearRate(y)[id].nilai) });
  // Report completeness of a month before the area's first report is unknown, not 0 %: a gap in the sparkline.
  const tracked = (id: string, m: string) => !(id === "kelengkapan_laporan" && latest.first && m < latest.first);
  const monthSeries = (id: "d_s" | "kelengkapan_laporan" | "posyandu_kader_cukup") => ({ labels: months, values: monthly.map((m) => (tracked(id, m.periode) ? m[id].nilai : null)) });
  const kpis: Kpi[] = [
    ...(last && stunting ? [{ id: "stunting", label: "Prevalensi stunting", rate: stunting, periode: last.periode, sumber: last.sumber ?? "—", series: { labels: shown.map((n) => n.periode), values: shown.map((n) => n.area.nilai) } }] : []),
    { id: "posyandu_aktif", label: "Posyandu Aktif", rate: aktif, periode: yearText, sumber: "laporan + profil tahunan", series: yearSeries("posyandu_aktif") },
    { id: "purnama_mandiri", label: "Purnama + Mandiri", rate: pm, periode: yearText, sumber: "telaah kemandirian", series: yearSeries("purnama_mandiri") },
    { id: "posyandu_kader_cukup", label: "Posyandu dengan ≥ 5 kader", rate: pick(current, "posyandu_kader_cukup"), periode: bulan, sumber: "data kader", series: monthSeries("posyandu_kader_cukup") },
    { id: "d_s", label: "D/S (ditimbang)", rate: pick(current, "d_s"), periode: bulan, sumber: "laporan bulanan", series: monthSeries("d_s") },
    { id: "kelengkapan_laporan", label: "Kelengkapan laporan", rate: pick(current, "kelengkapan_laporan"), periode: bulan, sumber: "laporan bulanan", series: monthSeries("kelengkapan_laporan") },
  ];
  const stuntingTarget = stunting?.target?.nilai ?? null;
  // Each child's stunting at the latest shown period: the trend chart draws the highest few (lib/indicators/trend-lines.ts).
  const atLast = current.anak.map((child) => last?.anak.get(child.wilayah.kode));
  return {
    bulan,
    tahun: String(year),
    /** "2026 (s.d. Oktober, sementara)" while the year runs. */
    tahunLabel: yearText,
    current,
    kpis,
    stuntingTrend: {
      labels: shown.map((n) => n.periode),
      series: [
        // Titled ("Kecamatan Donorojo"): the whole-area line must not share its legend name with a child of that name.
        { label: areaTitle(current.wilayah.tingkat, current.wilayah.nama), values: shown.map((n) => n.area.nilai), n: shown.map((n) => n.area.n), emphasis: true },
        ...current.anak.map((child) => ({
          label: child.wilayah.nama,
          values: shown.map((n) => n.anak.get(child.wilayah.kode)?.nilai ?? null),
          n: shown.map((n) => n.anak.get(child.wilayah.kode)?.n ?? 0),
        })),
      ],
      target: stuntingTarget === null || !last ? undefined : { label: `Target ${last.periode.slice(0, 4)}`, values: shown.map(() => stuntingTarget) },
      /** Per period, the other sources' measurements the area's line leaves out (one line, one source). */
      sumberLain: shown.map((n) => n.area.sumber_lain ?? null),
      /** Indices of the child series (series[1 + i]) from highest to lowest stunting at `rankedAt`. */
      ranking: rankTrendLines(atLast),
      /** How many children have a value at `rankedAt`. */
      measured: atLast.filter((r) => r?.nilai != null).length,
      rankedAt: last?.periode ?? null,
    },
    strata: {
      /** False when the data begins after January of the year, or the running year is too young: no strata are shown for it (yearRated). */
      tercakup: covered(year),
      /** The year is covered from January but still too young to rate (fewer than RUNNING_YEAR_MIN_MONTHS months). */
      terlaluMuda: !covered(year) && yearCovered(year, latest.first),
      /** The year's latest month while it runs ("2026-10"), else null. */
      sampai: yearRunningUntil(year, latest.month),
      dataMulai: latest.first,
      labels: current.anak.map((a) => a.wilayah.nama),
      counts: {
        PRATAMA: children.map((c) => strataOf(c, year).pratama),
        MADYA: children.map((c) => strataOf(c, year).madya),
        PURNAMA: children.map((c) => strataOf(c, year).purnama),
        MANDIRI: children.map((c) => strataOf(c, year).mandiri),
      },
    },
    ds: { labels: current.anak.map((a) => a.wilayah.nama), values: current.anak.map((a) => pick(a, "d_s").nilai), n: current.anak.map((a) => pick(a, "d_s").n), nKecil: current.anak.map((a) => pick(a, "d_s").n_kecil) },
    worsened,
  };
}

/** Cached per data version and scope (lib/queries/cache.ts). */
export const getDashboard = cachedByScope("dashboard", getDashboardUncached);


/** Posyandu filter below an area code, on the indexed denormalised columns (as the engine's). */
function belowCode(code: string) {
  const depth = code.split(".").length;
  if (depth === 1) return { kabKotaCode: codesBelow(code) };
  if (depth === 2) return { kabKotaCode: code };
  if (depth === 3) return { kecamatanCode: code };
  return { kelurahanCode: code };
}
