// Strata distribution of an area and the Purnama + Mandiri share. Pure.
import { rate, type Rate } from "./rate";
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
 * current year is rated on its months so far (provisional, as the pages say).
 */
export function yearCovered(year: number, firstMonth: string | null): boolean {
  return firstMonth !== null && firstMonth <= `${year}-01`;
}

/** Share of Purnama + Mandiri and of Posyandu Aktif among the posyandu assessed. */
export function strataIndicators(c: StrataCounts): { purnama_mandiri: Rate; posyandu_aktif: Rate } {
  return { purnama_mandiri: rate(c.purnama + c.mandiri, c.dinilai), posyandu_aktif: rate(c.aktif, c.dinilai) };
}
