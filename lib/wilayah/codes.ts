// Kemendagri area codes (PP.KK.CC.DDDD): parsing and level rules, domain.md §7.
// Pure (no zod): client components use the titles; the load code's schema is in lib/validations/wilayah.ts.
import type { AreaLevel } from "../generated/sqlite/enums";

/** KK 01–69 is a kabupaten, 71–99 a kota. */
export function regencyLevel(code: string): AreaLevel {
  const kk = Number(code.split(".")[1]);
  return kk >= 71 ? "KOTA" : "KABUPATEN";
}

/** DDDD 1xxx kelurahan, 2xxx desa, 3xxx desa adat. */
export function villageLevel(code: string): AreaLevel {
  const first = code.split(".")[3]?.charAt(0);
  if (first === "1") return "KELURAHAN";
  if (first === "3") return "DESA_ADAT";
  return "DESA";
}

/** Level implied by the number of segments and their values. */
export function levelOfCode(code: string): AreaLevel {
  const parts = code.split(".").length;
  if (parts === 1) return "PROVINSI";
  if (parts === 2) return regencyLevel(code);
  if (parts === 3) return "KECAMATAN";
  return villageLevel(code);
}

/** Parent code by dropping the last segment; null for a provinsi. */
export function parentOfCode(code: string): string | null {
  const i = code.lastIndexOf(".");
  return i < 0 ? null : code.slice(0, i);
}

/** Indonesian label of a level, for the UI. */
export const levelLabel: Record<AreaLevel, string> = {
  PROVINSI: "Provinsi",
  KABUPATEN: "Kabupaten",
  KOTA: "Kota",
  KECAMATAN: "Kecamatan",
  KELURAHAN: "Kelurahan",
  DESA: "Desa",
  DESA_ADAT: "Desa Adat",
};

/**
 * What a page calls the areas one level down, from their own levels (`tingkat` labels): "kelurahan" in Kota
 * Metro, "desa" in most East Java kecamatan, "desa/kelurahan" where both occur; `fallback` when there are none.
 */
export function childrenLabel(tingkat: readonly string[], fallback: string): string {
  const names = [...new Set(tingkat.map((t) => t.toLowerCase()))].sort();
  return names.length ? names.join("/") : fallback;
}

/**
 * An area's title: "Kecamatan Donorojo", "Desa Donorojo", "Kota Metro". Kab/kota names already say which they
 * are; the rest need the level, since a kecamatan and one of its desa often share a name. `level`: an AreaLevel
 * or its label (the indicator engine's `tingkat`).
 */
export function areaTitle(level: AreaLevel | string, name: string): string {
  const label = levelLabel[level as AreaLevel] ?? level;
  return label === levelLabel.KOTA || label === levelLabel.KABUPATEN ? name : `${label} ${name}`;
}

/**
 * Codes strictly below `root` as a range (`root.` ≤ code < `root/`, '/' being the byte after '.'): the same rows
 * as `startsWith: "root."`, but a plain btree index serves it. LIKE cannot use one: SQLite's LIKE ignores case, and
 * PostgreSQL uses an index for LIKE only under the C collation. Exact only where text compares byte by byte:
 * SQLite's BINARY, and PostgreSQL's code columns, which are `COLLATE "C"` (migration 20261204000000_code_collation_c;
 * under en_US.UTF-8 '.' is ignored and "1872" sorts inside the range). docs/data-model.md "Area codes".
 */
export function codesBelow(root: string): { gte: string; lt: string } {
  return { gte: `${root}.`, lt: `${root}/` };
}
