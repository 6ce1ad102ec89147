// The periods an area's data covers: its latest month, its latest Feb/Aug weighing and its first month. The month
// pickers, the default month of every page (the latest, unless its reports are still coming in) and the "year not fully covered" rule (strata) read them.
import "server-only";
import { db } from "../db/client";
import { scopeOf, type Viewer } from "../auth/scope";
import { addMonths, isMeasurementMonth } from "../period";
import { env } from "../env";
import { chooseDefaultMonth, type DefaultMonth, type MonthReports } from "../indicators/default-month";
import { WILAYAH_KERJA } from "./indicators";
import { cachedShared } from "./cache";

/** The latest month with any report, the latest Feb/Aug with nutrition data, and the first month with a report, in the area. */
export type LatestPeriods = {
  /** The latest month with any report (the month pickers' newest). */
  month: string | null;
  /** The month pages open on: `month`, or the one before while `month`'s reports are still coming in. */
  shown: string | null;
  /** `month` and the month before with their reports, when `shown` passed `month` over. */
  skipped: DefaultMonth["dilewati"];
  measurement: string | null;
  year: number | null;
  first: string | null;
};

async function latestPeriodsUncached(kode: string | readonly string[]): Promise<LatestPeriods> {
  // A list: the kelurahan of a wilayah kerja, which has no rollup rows of its own.
  const areaCode = typeof kode === "string" ? kode : { in: [...kode] };
  const [m, n, f] = await Promise.all([
    db().areaMonth.findFirst({ where: { areaCode }, orderBy: { period: "desc" }, select: { period: true } }),
    // The latest February or August itself, not the latest 12 rows: a wilayah kerja's rows are one per kelurahan,
    // month and source, and months of monthly e-PPGBM data would otherwise crowd the measurement month out.
    db().areaNutrition.findFirst({ where: { areaCode, diukurTb: { gt: 0 }, OR: [{ period: { endsWith: "-02" } }, { period: { endsWith: "-08" } }] }, orderBy: { period: "desc" }, select: { period: true } }),
    // The month pickers list the months from this one to the latest.
    db().areaMonth.findFirst({ where: { areaCode }, orderBy: { period: "asc" }, select: { period: true } }),
  ]);
  const measurement = n && isMeasurementMonth(n.period) ? n.period : null;
  const month = m?.period ?? null;
  const chosen = month ? await defaultMonthOf(areaCode, month) : null;
  return { month, shown: chosen?.bulan ?? null, skipped: chosen?.dilewati ?? null, measurement, year: m ? Number(m.period.slice(0, 4)) : null, first: f?.period ?? null };
}

/** The default month of the area (lib/indicators/default-month.ts): reports of `month` against the month before. */
async function defaultMonthOf(areaCode: string | { in: string[] }, month: string) {
  const before = addMonths(month, -1);
  const reports = await db().areaMonth.groupBy({ by: ["period"], where: { areaCode, period: { in: [month, before] } }, _sum: { melapor: true } });
  const of = (p: string): MonthReports => ({ periode: p, melapor: reports.find((r) => r.period === p)?._sum.melapor ?? 0 });
  return chooseDefaultMonth(of(month), of(before), env().PANTAU_BULAN_MIN_LAPOR);
}

/** Cached per data version (lib/queries/cache.ts). */
export const latestPeriods = cachedShared("latest", latestPeriodsUncached);

/** latestPeriods of a report root as `viewer` names it: an area code, or the viewer's wilayah kerja. */
export function latestPeriodsOf(viewer: Viewer, kode: string) {
  if (kode !== WILAYAH_KERJA) return latestPeriods(kode);
  const scope = scopeOf(viewer);
  return latestPeriods(scope.kind === "set" ? scope.kelurahan : []);
}
