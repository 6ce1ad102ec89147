// The month labels of an SKDN chart, with what a reader must know about the month: no posyandu open (no weighing,
// not 0 %), or D above S (a D/S over 100 % is a data error to verify, not a coverage).
import type { SkdnSeries } from "@/lib/queries/area-series";
import { periodLabel } from "@/lib/period";

/** "Oktober 2026", "Agustus 2026 (D > S)", "Juli 2026 (tidak buka)"; an area's label counts its D > S posyandu. */
export function skdnLabels(series: SkdnSeries, perPosyandu: boolean): string[] {
  return series.labels.map((m, i) => {
    const notes: string[] = [];
    if (series.tutup[i]) notes.push("tidak buka");
    const over = series.dLebihS[i] ?? 0;
    if (over > 0) notes.push(perPosyandu ? "D > S" : `D > S di ${over} posyandu`);
    return notes.length ? `${periodLabel(m)} (${notes.join(", ")})` : periodLabel(m);
  });
}
