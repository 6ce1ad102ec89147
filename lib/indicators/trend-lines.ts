// Which child areas get a line in a stunting trend chart. Pure.
//
// A province's ringkasan drew 38 kab/kota lines with a 38-entry legend, a kecamatan in East Java 12–20 desa lines:
// on a projector nobody can tell them apart, and the room's question is "where is it highest?". So the chart shows
// the area itself plus the few children highest at the latest period; every line stays one click away ("semua").

/** Up to this many children every line is drawn: the palette's seven colours tell them apart without dashes. */
export const TREND_ALL_LINES = 7;
/** Past that, the child lines drawn by default: with the bold area line and the target, readable on a projector. */
export const TREND_TOP_LINES = 5;

/** A child's stunting at the period the chart ranks by; undefined when it has no measurement then. */
export type TrendRankInput = { nilai: number | null; n_kecil: boolean } | undefined;

/**
 * Indices of `children` from highest to lowest prevalence at the ranking period. Children measured on a small n
 * come after the adequately measured ones (a desa with 6 children weighed is not "the highest" on that basis), and
 * children without a measurement come last; ties keep the input (area code) order.
 */
export function rankTrendLines(children: readonly TrendRankInput[]): number[] {
  const tier = (c: TrendRankInput) => (c?.nilai == null ? 2 : c.n_kecil ? 1 : 0);
  return children
    .map((c, i) => ({ i, tier: tier(c), nilai: c?.nilai ?? 0 }))
    .sort((a, b) => a.tier - b.tier || b.nilai - a.nilai || a.i - b.i)
    .map((x) => x.i);
}

/** Whether a chart of `children` lines offers the switch between the highest few and all. */
export function trendLinesLimited(children: number): boolean {
  return children > TREND_ALL_LINES;
}

/**
 * The children to draw, as indices: all of them in input (area code) order, like the other charts, when `semua` or
 * when there are no more than TREND_ALL_LINES; else the TREND_TOP_LINES highest with a measurement, highest first,
 * so the legend reads as the ranking. `measured` is how many children have a value at the ranking period.
 */
export function trendLinesShown(ranking: readonly number[], measured: number, semua: boolean): { lines: number[]; top: boolean } {
  if (semua || !trendLinesLimited(ranking.length)) return { lines: [...ranking].sort((a, b) => a - b), top: false };
  return { lines: ranking.slice(0, Math.min(TREND_TOP_LINES, measured)), top: true };
}
