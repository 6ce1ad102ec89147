// Monthly periods "YYYY-MM": the grain of every report (domain.md §10.4).
import { z } from "./validations/z";

export const periodSchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, "Periode harus berbentuk TTTT-BB, misalnya 2026-08");

/** Shifts a period by `delta` months. */
export function addMonths(period: string, delta: number): string {
  const [y, m] = period.split("-").map(Number) as [number, number];
  const index = y * 12 + (m - 1) + delta;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return `${year}-${String(month).padStart(2, "0")}`;
}

/** Every period from `start` to `end` inclusive, oldest first. */
export function periodRange(start: string, end: string): string[] {
  const out: string[] = [];
  for (let p = start; p <= end; p = addMonths(p, 1)) out.push(p);
  return out;
}

/** February and August are bulan penimbangan (weighing + vitamin A). */
export function isMeasurementMonth(period: string): boolean {
  return period.endsWith("-02") || period.endsWith("-08");
}

/** Month number 1–12 of a period. */
export function monthOf(period: string): number {
  return Number(period.slice(5, 7));
}

/** Year of a period. */
export function yearOf(period: string): number {
  return Number(period.slice(0, 4));
}

const MONTHS_ID = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"];

/** "2026-08" → "Agustus 2026". */
export function periodLabel(period: string): string {
  return `${MONTHS_ID[monthOf(period) - 1]} ${yearOf(period)}`;
}

/** The latest Feb/Aug measurement period at or before `period` ("2026-10" → "2026-08", "2026-01" → "2025-08"). */
export function measurementAtOrBefore(period: string): string {
  const m = monthOf(period);
  const y = yearOf(period);
  if (m >= 8) return `${y}-08`;
  if (m >= 2) return `${y}-02`;
  return `${y - 1}-08`;
}

/** The measurement period to show with month `bulan`: the one at or before it, but never after the latest with data. */
export function measurementFor(bulan: string, latestWithData: string | null): string | null {
  if (!latestWithData) return null;
  const candidate = measurementAtOrBefore(bulan);
  return candidate < latestWithData ? candidate : latestWithData;
}
