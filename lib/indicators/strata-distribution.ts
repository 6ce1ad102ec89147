// Strata distribution of an area and the Purnama + Mandiri share. Pure.
import { rate, type Rate } from "./rate";
import { monthOf, periodLabel, yearOf } from "../period";
import type { Stratum } from "./strata";

export type StrataCounts = { pratama: number; madya: number; purnama: number; mandiri: number; aktif: number; dinilai: number };

export const ZERO_STRATA: StrataCounts = { pratama: 0, madya: 0, purnama: 0, mandiri: 0, aktif: 0, dinilai: 0 };

/** Counts of one assessed posyandu-year. */
export function strataCountsOf(stratum: Stratum, aktif: boolean): StrataCounts {
  return { ...ZERO_STRATA, [stratum.toLowerCase()]: 1, aktif: aktif ? 1 : 0, dinilai: 1 };
}

/**
 * Whether an area's data covers `year` enough to rate its posyandu: the data must begin by January. Strata rest on
 * how many months a posyandu opened (≥ 8 for Madya), so a year whose data begins in November rates every posyandu
 * Pratama and not Aktif, a 0 % that is not known, and "▲ 17,5 poin sejak 2023" against it is no improvement. The
 * current year is rated on its months so far once it has enough of them (yearRated), labelled as provisional.
 */
export function yearCovered(year: number, firstMonth: string | null): boolean {
  return firstMonth !== null && firstMonth <= `${year}-01`;
}

/**
 * Months of a running year a rating needs: the frequency rules ask for ≥ 8 open months (strata's Madya, Posyandu
 * Aktif's service days), so before September every posyandu would be Pratama and not Aktif, and a Posyandu Aktif
 * KPI would read "▼ 38 poin sejak 2026" every spring.
 */
export const RUNNING_YEAR_MIN_MONTHS = 8;

/** The year's last month with data when the year is still running (its rating is provisional), else null. */
export function yearRunningUntil(year: number, lastMonth: string | null): string | null {
  return lastMonth !== null && yearOf(lastMonth) === year && monthOf(lastMonth) < 12 ? lastMonth : null;
}

/**
 * Whether an area's data rates `year`: covered from January (yearCovered) and either over or, while it runs, with at
 * least RUNNING_YEAR_MIN_MONTHS months (`lastMonth`: the area's latest month with a report).
 */
export function yearRated(year: number, firstMonth: string | null, lastMonth: string | null): boolean {
  if (!yearCovered(year, firstMonth)) return false;
  const until = yearRunningUntil(year, lastMonth);
  return until === null || monthOf(until) >= RUNNING_YEAR_MIN_MONTHS;
}

/**
 * The strata year the pages show for month `bulan`: its year, capped at the data's; while that year is running and
 * too short to rate, the year before (when rated), so January–August show last year's final strata rather than a
 * year in which nobody can yet be Madya.
 */
export function strataYearFor(bulan: string, firstMonth: string | null, lastMonth: string | null): number {
  const year = lastMonth ? Math.min(yearOf(bulan), yearOf(lastMonth)) : yearOf(bulan);
  return yearCovered(year, firstMonth) && !yearRated(year, firstMonth, lastMonth) && yearRated(year - 1, firstMonth, lastMonth) ? year - 1 : year;
}

/** "2026", or "2026 (s.d. Oktober, sementara)" for a running year. */
export function strataYearLabel(year: number, lastMonth: string | null): string {
  const until = yearRunningUntil(year, lastMonth);
  return until ? `${year} (s.d. ${periodLabel(until).split(" ")[0]}, sementara)` : String(year);
}

/** Share of Purnama + Mandiri and of Posyandu Aktif among the posyandu assessed. */
export function strataIndicators(c: StrataCounts): { purnama_mandiri: Rate; posyandu_aktif: Rate } {
  return { purnama_mandiri: rate(c.purnama + c.mandiri, c.dinilai), posyandu_aktif: rate(c.aktif, c.dinilai) };
}
