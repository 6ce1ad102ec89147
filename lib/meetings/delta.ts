// "What changed since the previous meeting": an agenda item's figures now
// against the same indicator × area in the last meeting of the same area. Pure.
import type { RateLite, Snapshot } from "./snapshot";

export type Polarity = "naik-baik" | "turun-baik";
export type Arah = "membaik" | "memburuk" | "tetap" | null;
export type Delta = { dulu: number | null; kini: number | null; selisih: number | null; arah: Arah };

/** Difference in points between two rates, judged by the indicator's polarity; null when either is missing. */
export function deltaOf(then: RateLite | null | undefined, now: RateLite | null | undefined, polaritas: Polarity): Delta {
  const dulu = then?.nilai ?? null;
  const kini = now?.nilai ?? null;
  if (dulu === null || kini === null) return { dulu, kini, selisih: null, arah: null };
  const selisih = kini - dulu;
  // Changes below 0.05 points round to 0,0 on screen: call them "tetap".
  if (Math.abs(selisih) < 0.05) return { dulu, kini, selisih, arah: "tetap" };
  const better = polaritas === "naik-baik" ? selisih > 0 : selisih < 0;
  return { dulu, kini, selisih, arah: better ? "membaik" : "memburuk" };
}

export type SnapshotDelta = { total: Delta; baris: ({ kode: string; nama: string } & Delta)[] };

/**
 * Total and per-row deltas between the previous meeting's snapshot and this one. Same indicator and same source
 * required: a stunting figure from a manual recap against last meeting's e-PPGBM figure is no change.
 */
export function snapshotDelta(previous: Snapshot | null, current: Snapshot): SnapshotDelta | null {
  if (!previous || !current.indikator || previous.indikator?.id !== current.indikator.id || previous.sumber !== current.sumber) return null;
  const pol = current.indikator.polaritas;
  const before = new Map(previous.baris.map((r) => [r.kode, r.rate]));
  return {
    total: deltaOf(previous.total, current.total, pol),
    baris: current.baris.map((r) => ({ kode: r.kode, nama: r.nama, ...deltaOf(before.get(r.kode), r.rate, pol) })),
  };
}
