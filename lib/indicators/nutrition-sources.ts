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

/**
 * One line under a table, chart or map of several areas (where a hover text does not reach a projector): which
 * areas have which other source's measurements, e.g. "Satu angka memakai satu sumber; tidak dihitung di sini: data
 * rekap manual dari Hadimulyo Barat (n = 120), Yosomulyo (n = 80)". Null when no area leaves anything out.
 */
export function leftOutNote(rows: readonly { nama: string; lain: readonly LeftOut[] | undefined }[]): string | null {
  const bySource = new Map<string, string[]>();
  for (const r of rows) {
    for (const l of r.lain ?? []) {
      const names = bySource.get(l.sumber) ?? [];
      names.push(`${r.nama} (n = ${formatInt(l.n)})`);
      bySource.set(l.sumber, names);
    }
  }
  if (bySource.size === 0) return null;
  const parts = [...bySource].map(([s, names]) => `data ${SOURCE_LABEL[s] ?? s} dari ${names.join(", ")}`);
  return `Satu angka memakai satu sumber; tidak dihitung di sini: ${parts.join("; ")}`;
}

/**
 * leftOutNote for a table of areas × indicators: each row by its stunting cell, else the first cell that leaves
 * something out (a row's nutrition columns come from the same reports, so they leave out the same source).
 */
export function tableLeftOutNote(rows: readonly { nama: string; cells: Record<string, { sumber_lain?: readonly LeftOut[] } | null | undefined> }[]): string | null {
  return leftOutNote(rows.map((r) => ({ nama: r.nama, lain: (r.cells.stunting ?? Object.values(r.cells).find((c) => c?.sumber_lain))?.sumber_lain })));
}
