// Monthly periods "YYYY-MM": the grain of every report (domain.md §10.4). Pure arithmetic and Indonesian
// names, no zod: client components use it (the month picker), and importing zod here put ≈ 390 KB of JS on
// every dashboard page. The schema that validates a period is lib/validations/period.ts.

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

/** How many months a month picker lists at most: ten years of reports, newest first. */
export const MONTH_PICKER_LIMIT = 120;

/**
 * The months a month picker offers, newest first and grouped by year: every month from `newest` back to `oldest`
 * (at most MONTH_PICKER_LIMIT, so one mistyped old report cannot make the list endless), plus `current` where it
 * falls outside that range, so the picker always shows the month the page is showing.
 */
export function monthOptions(newest: string | null, oldest: string | null, current: string | null): { year: number; periods: string[] }[] {
  const months = new Set<string>();
  if (newest) {
    const floor = oldest && oldest <= newest ? oldest : newest;
    for (let p = newest, i = 0; p >= floor && i < MONTH_PICKER_LIMIT; p = addMonths(p, -1), i++) months.add(p);
  }
  if (current) months.add(current);
  const groups: { year: number; periods: string[] }[] = [];
  for (const p of [...months].sort().reverse()) {
    const year = yearOf(p);
    if (groups.at(-1)?.year !== year) groups.push({ year, periods: [] });
    groups.at(-1)!.periods.push(p);
  }
  return groups;
}
