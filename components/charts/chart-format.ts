// id-ID formatting shared by the charts' ticks, tooltips and fallback tables.
// Kept out of chart.tsx (a client module) so server code and tests can call it.
import { formatDecimal, formatInt } from "@/lib/format";

export const NO_DATA_TEXT = "tidak ada data";
export const SMALL_N_TEXT = "n kecil";

const pctTick = new Intl.NumberFormat("id-ID", { maximumFractionDigits: 1 });

/** 15.66 → "15,7%" (always one decimal, for tooltips and tables). */
export function formatPct(v: number): string {
  return `${formatDecimal(v)}%`;
}

/** Axis ticks: 10 → "10%", 12.5 → "12,5%" (no trailing ",0"). */
export function formatPctTick(v: number | string): string {
  return `${pctTick.format(Number(v))}%`;
}

/** Axis ticks for counts: 1842 → "1.842". */
export function formatCountTick(v: number | string): string {
  return formatInt(Number(v));
}

/** 1842 → "n = 1.842". */
export function formatN(n: number): string {
  return `n = ${formatInt(n)}`;
}

/** A count or "tidak ada data". */
export function formatCount(v: number | null | undefined): string {
  return v === null || v === undefined ? NO_DATA_TEXT : formatInt(v);
}

/**
 * "15,7% (n = 1.842)", "15,7% (n = 12, n kecil)" or "tidak ada data". `small` is the figure's own flag
 * (`Rate.n_kecil`): only prevalences have a small-n threshold, a share of 6 posyandu is not "n kecil".
 */
export function formatRateWithN(v: number | null | undefined, n: number | undefined, small: boolean): string {
  if (v === null || v === undefined) return NO_DATA_TEXT;
  if (n === undefined) return formatPct(v);
  return `${formatPct(v)} (${formatN(n)}${small ? `, ${SMALL_N_TEXT}` : ""})`;
}

/** Long area names would eat a phone-width axis; the table and tooltip keep the full name. */
export function shortLabel(label: string, max = 18): string {
  return label.length > max ? `${label.slice(0, max - 1)}…` : label;
}

/** Tick and legend text on a slide (px): read from the back of a room; pages keep Chart.js's 14 px. */
export const SLIDE_FONT_SIZE = 22;

/**
 * A category axis's label size on a slide: 22 px, smaller (down to 14 px) when the rows of a long list stand
 * closer than 22 px text needs (≈ 60 % of a row), so neighbouring names never overlap.
 */
export function slideRowFontSize(plotHeight: number, rows: number): number {
  const row = plotHeight / Math.max(1, rows);
  return Math.max(14, Math.min(SLIDE_FONT_SIZE, Math.floor(row * 0.6)));
}
