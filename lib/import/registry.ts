// Every tabular import kind, by its public name (CLI argument, URL, template).
import type { ImportKindDef } from "./kind";
import { laporanBulanan } from "./kinds/laporan-bulanan";
import { gizi } from "./kinds/gizi";
import { profilTahunan } from "./kinds/profil-tahunan";
import { posyandu } from "./kinds/posyandu";
import { kader } from "./kinds/kader";
import { eppgbm } from "./kinds/eppgbm";

export const IMPORT_KINDS: ImportKindDef[] = [posyandu, kader, laporanBulanan, gizi, profilTahunan, eppgbm];

/** Kinds with a fixed-column template to download. */
export const TEMPLATE_KINDS = IMPORT_KINDS.filter((k) => k.columns.length > 0);

/** The kind named `id`, or undefined. */
export function importKind(id: string): ImportKindDef | undefined {
  return IMPORT_KINDS.find((k) => k.id === id);
}

/** Every name `npm run impor` and the import page accept (tabular kinds + GeoJSON boundaries). */
export const ALL_IMPORT_IDS = [...IMPORT_KINDS.map((k) => k.id), "batas-wilayah"];
