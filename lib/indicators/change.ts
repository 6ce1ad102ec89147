// Change against the previous comparable period and against the year's target. Pure.
import { addMonths } from "../period";
import type { Rate } from "./rate";

export type Polarity = "naik-baik" | "turun-baik";

/** The previous comparable period: previous month; previous Feb/Aug measurement; previous year. */
export function previousPeriod(period: string, kind: "bulan" | "penimbangan" | "tahun"): string {
  if (kind === "tahun") return String(Number(period) - 1);
  return addMonths(period, kind === "penimbangan" ? -6 : -1);
}

export type Change = { selisihPoin: number | null; arah: "membaik" | "memburuk" | "tetap" | null };

/**
 * Smallest difference, in percentage points, that counts as a change: figures are shown with one decimal, so a
 * smaller one reads "0,0 poin" and must not carry an arrow, "membaik"/"memburuk" or a place in the list of
 * kelurahan that worsened.
 */
export const SMALLEST_CHANGE_POIN = 0.05;

/** Difference in percentage points and whether it is better, given the indicator's polarity. */
export function change(current: Rate, previous: Rate | undefined, polarity: Polarity): Change {
  if (current.nilai === null || !previous || previous.nilai === null) return { selisihPoin: null, arah: null };
  const diff = current.nilai - previous.nilai;
  if (Math.abs(diff) < SMALLEST_CHANGE_POIN) return { selisihPoin: diff, arah: "tetap" };
  const better = polarity === "naik-baik" ? diff > 0 : diff < 0;
  return { selisihPoin: diff, arah: better ? "membaik" : "memburuk" };
}

/** The arrow shown with a change: ▲ up, ▼ down, ■ no change worth showing (follows `arah`, not the raw sign). */
export function changeArrow(c: { selisihPoin: number | null; arah: string | null }): "▲" | "▼" | "■" {
  if (c.arah === "tetap" || !c.selisihPoin) return "■";
  return c.selisihPoin > 0 ? "▲" : "▼";
}

/** Whether a value meets its target (≤ target when lower is better). */
export function meetsTarget(value: number | null, target: number | null | undefined, polarity: Polarity): boolean | null {
  if (value === null || target === null || target === undefined) return null;
  return polarity === "naik-baik" ? value >= target : value <= target;
}
