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

/** Difference in percentage points and whether it is better, given the indicator's polarity. */
export function change(current: Rate, previous: Rate | undefined, polarity: Polarity): Change {
  if (current.nilai === null || !previous || previous.nilai === null) return { selisihPoin: null, arah: null };
  const diff = current.nilai - previous.nilai;
  if (Math.abs(diff) < 1e-9) return { selisihPoin: 0, arah: "tetap" };
  const better = polarity === "naik-baik" ? diff > 0 : diff < 0;
  return { selisihPoin: diff, arah: better ? "membaik" : "memburuk" };
}

/** Whether a value meets its target (≤ target when lower is better). */
export function meetsTarget(value: number | null, target: number | null | undefined, polarity: Polarity): boolean | null {
  if (value === null || target === null || target === undefined) return null;
  return polarity === "naik-baik" ? value >= target : value <= target;
}
