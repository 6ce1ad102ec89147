// Which nutrition source a figure uses, and what it leaves out. Sources are never mixed in one figure (e-PPGBM
// measures children by name, a manual SIP recap or a survey counts differently), so an area's table, map and
// cards take one source for every row; a row whose data came through another source would otherwise show "—" or
// a figure for some of its posyandu only, as if the rest had no data. Pure.
import { formatInt } from "../format";
import { nutritionIndicators, type NutritionCounts, type NutritionIndicators } from "./nutrition";

/** Sources in order of preference: the first with children measured for height is the area's source. */
export const NUTRITION_SOURCE_ORDER = ["EPPGBM", "SIP", "SURVEI", "FORM", "IMPOR"] as const;

/** What each stored source is called on screen. */
export const SOURCE_LABEL: Record<string, string> = { EPPGBM: "e-PPGBM", SIP: "rekap manual", SURVEI: "survei", FORM: "formulir", IMPOR: "impor" };

/** Measurements a figure leaves out: another source and its own n (children measured for that indicator). */
export type LeftOut = { sumber: string; n: number };

/** The preferred source with children measured for height in `countsOf`, or null when there are none. */
export function chooseSource(countsOf: (source: string) => Pick<NutritionCounts, "diukurTb"> | undefined): string | null {
  return NUTRITION_SOURCE_ORDER.find((s) => (countsOf(s)?.diukurTb ?? 0) > 0) ?? null;
}

/** Per nutrition indicator, the other sources' measurements of the same area (empty lists left out). */
export function leftOutOf(countsOf: (source: string) => NutritionCounts | undefined, chosen: string | null): Partial<Record<keyof NutritionIndicators, LeftOut[]>> {
  const out: Partial<Record<keyof NutritionIndicators, LeftOut[]>> = {};
  for (const s of NUTRITION_SOURCE_ORDER) {
    const c = s === chosen ? undefined : countsOf(s);
    if (!c) continue;
    for (const [k, r] of Object.entries(nutritionIndicators(c)) as [keyof NutritionIndicators, { n: number }][]) {
      if (r.n > 0) (out[k] ??= []).push({ sumber: s, n: r.n });
    }
  }
  return out;
}

/** "juga ada data rekap manual (n = 120) yang tidak dihitung di sini" for a hover text or a card; null for none. */
export function leftOutText(lain: readonly LeftOut[] | undefined): string | null {
  if (!lain?.length) return null;
  const parts = lain.map((l) => `${SOURCE_LABEL[l.sumber] ?? l.sumber} (n = ${formatInt(l.n)})`);
  return `juga ada data ${parts.join(" dan ")} yang tidak dihitung di sini: satu angka memakai satu sumber`;
}
