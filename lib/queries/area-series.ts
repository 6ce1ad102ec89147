// Monthly SKDN series of one area or one posyandu, for the trend charts of the
// kelurahan and posyandu pages: one read of the rollup (area) or the base rows
// (posyandu), then the same pure SKDN functions as the engine.
import "server-only";
import { db } from "../db/client";
import { canViewArea, posyanduWhere, scopeOf, type Viewer } from "../auth/scope";
import { sumCounts, type Rate } from "../indicators/rate";
import { skdnBars, skdnCountsOf, ZERO_SKDN, type NdRate, type SkdnCounts } from "../indicators/skdn";
import { AreaAccessError } from "./indicators";
import { cachedByScope } from "./cache";

export type SkdnSeries = {
  labels: string[]; s: (number | null)[]; k: (number | null)[]; d: (number | null)[]; n: (number | null)[]; ds: (Rate | null)[]; melapor: number[];
  /** N/D on D − O − B (with the reports whose O or B was blank). */
  nd: (NdRate | null)[];
  /** Months reported with no posyandu open ("tidak buka"): their D/S of 0 % is no weighing, not a coverage. */
  tutup: boolean[];
  /** Posyandu that reported D > S that month (a data-quality flag: the D/S above 100 % is not a coverage). */
  dLebihS: number[];
};

function seriesOf(months: string[], countsOf: (period: string) => SkdnCounts | undefined): SkdnSeries {
  const out: SkdnSeries = { labels: months, s: [], k: [], d: [], n: [], ds: [], nd: [], melapor: [], tutup: [], dLebihS: [] };
  for (const m of months) {
    const c = countsOf(m);
    const bars = c && c.melapor > 0 ? skdnBars(c) : null;
    out.s.push(bars?.s ?? null);
    out.k.push(bars?.k ?? null);
    out.d.push(bars?.d ?? null);
    out.n.push(bars?.n ?? null);
    out.ds.push(bars?.ds ?? null);
    out.nd.push(bars?.nd ?? null);
    out.melapor.push(c?.melapor ?? 0);
    out.tutup.push(!!c && c.melapor > 0 && c.buka === 0);
    out.dLebihS.push(c?.dMelebihiS ?? 0);
  }
  return out;
}

/** SKDN per month of an area (kelurahan and up), from AreaMonth. */
async function areaSkdnSeriesUncached(viewer: Viewer, kode: string, months: string[]): Promise<SkdnSeries> {
  if (!canViewArea(scopeOf(viewer), kode)) throw new AreaAccessError(`Wilayah ${kode} di luar cakupan akun Anda.`);
  const rows = await db().areaMonth.findMany({
    where: { areaCode: kode, period: { in: months } },
    select: { period: true, melapor: true, buka: true, ks_k: true, ks_s: true, ds_d: true, ds_s: true, nd_n: true, nd_d: true, ndTanpaOb: true, bgm: true, bgm_d: true, t2: true, t2_d: true, dMelebihiS: true },
  });
  const byPeriod = new Map(rows.map(({ period, ...counts }) => [period, { ...counts, posyanduAktif: 0 }]));
  return seriesOf(months, (p) => byPeriod.get(p));
}

/** Cached per data version and scope (lib/queries/cache.ts). */
export const areaSkdnSeries = cachedByScope("area-skdn", areaSkdnSeriesUncached);

/** SKDN per month of one posyandu (null when out of scope). */
export async function posyanduSkdnSeries(viewer: Viewer, code: string, months: string[]): Promise<SkdnSeries | null> {
  const p = await db().posyandu.findFirst({ where: { AND: [posyanduWhere(scopeOf(viewer)), { code }] }, select: { id: true } });
  if (!p) return null;
  const reports = await db().monthlyReport.findMany({ where: { posyanduId: p.id, period: { in: months } }, select: { period: true, opened: true, s: true, k: true, d: true, n: true, o: true, b: true, bgm: true, t2: true } });
  const byPeriod = new Map(reports.map((r) => [r.period, sumCounts([skdnCountsOf(r, true)], ZERO_SKDN)]));
  return seriesOf(months, (m) => byPeriod.get(m));
}
