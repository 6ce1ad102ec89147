// The periods an area's data covers: its latest month, its latest Feb/Aug weighing and its first month. The month
// pickers, the default month of every page and the "year not fully covered" rule (strata) read them.
import "server-only";
import { db } from "../db/client";
import { scopeOf, type Viewer } from "../auth/scope";
import { isMeasurementMonth } from "../period";
import { WILAYAH_KERJA } from "./indicators";
import { cachedShared } from "./cache";

/** The latest month with any report, the latest Feb/Aug with nutrition data, and the first month with a report, in the area. */
async function latestPeriodsUncached(kode: string | readonly string[]): Promise<{ month: string | null; measurement: string | null; year: number | null; first: string | null }> {
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
  return { month: m?.period ?? null, measurement, year: m ? Number(m.period.slice(0, 4)) : null, first: f?.period ?? null };
}

/** Cached per data version (lib/queries/cache.ts). */
export const latestPeriods = cachedShared("latest", latestPeriodsUncached);

/** latestPeriods of a report root as `viewer` names it: an area code, or the viewer's wilayah kerja. */
export function latestPeriodsOf(viewer: Viewer, kode: string) {
  if (kode !== WILAYAH_KERJA) return latestPeriods(kode);
  const scope = scopeOf(viewer);
  return latestPeriods(scope.kind === "set" ? scope.kelurahan : []);
}

