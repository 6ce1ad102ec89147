// What an indicator report is "of": an area of the Kemendagri tree with its
// child areas, or a puskesmas's wilayah kerja. The wilayah kerja is a set of
// kelurahan/desa (often in more than one kecamatan) with no row in the area
// tree and none in the rollup tables, so its report is summed from the base
// rows of its posyandu, with its kelurahan as the children.
import type { Db } from "../db/client";
import { canViewArea, type Scope, type Viewer } from "../auth/scope";
import { levelLabel } from "../wilayah/codes";

/** The report root that stands for the signed-in puskesmas's wilayah kerja (only a PUSKESMAS viewer has one). */
export const WILAYAH_KERJA = "wilayah-kerja";

export type ReportRoot = {
  code: string;
  name: string;
  tingkat: string;
  /** A kelurahan/desa: its children are its posyandu. */
  village: boolean;
  /** No area row and no rollup rows: summed from base rows (the wilayah kerja). */
  virtual: boolean;
  children: { code: string; name: string; level: keyof typeof levelLabel }[];
};

/** An area outside the viewer's scope or not in the tree (pages answer 404, the API 403). */
export class AreaAccessError extends Error {}

/** The root `kode` names for `viewer`; throws AreaAccessError outside the scope or for an unknown code. */
export async function reportRoot(client: Db, viewer: Viewer, scope: Scope, kode: string): Promise<ReportRoot> {
  if (kode === WILAYAH_KERJA) {
    if (scope.kind !== "set") {
      throw new AreaAccessError(viewer.role === "PUSKESMAS" ? "Akun ini belum memiliki wilayah kerja." : "Hanya akun puskesmas yang memiliki wilayah kerja.");
    }
    const [puskesmas, children] = await Promise.all([
      viewer.puskesmasId ? client.puskesmas.findUnique({ where: { id: viewer.puskesmasId }, select: { name: true } }) : null,
      client.area.findMany({ where: { code: { in: scope.kelurahan } }, select: { code: true, name: true, level: true }, orderBy: { code: "asc" } }),
    ]);
    return { code: WILAYAH_KERJA, name: `Wilayah kerja ${puskesmas?.name ?? "puskesmas"}`, tingkat: "Wilayah kerja", village: false, virtual: true, children };
  }
  if (!canViewArea(scope, kode)) throw new AreaAccessError(`Wilayah ${kode} di luar cakupan akun Anda.`);
  const area = await client.area.findUnique({ where: { code: kode }, select: { code: true, name: true, level: true } });
  if (!area) throw new AreaAccessError(`Wilayah ${kode} tidak ditemukan.`);
  const village = ["KELURAHAN", "DESA", "DESA_ADAT"].includes(area.level);
  const children = village ? [] : await client.area.findMany({ where: { parentCode: kode }, select: { code: true, name: true, level: true }, orderBy: { code: "asc" } });
  return { code: area.code, name: area.name, tingkat: levelLabel[area.level], village, virtual: false, children };
}

/**
 * The area whose targets a report row takes: the row's own code, or for the wilayah kerja the deepest area that
 * holds all its kelurahan (a kota's target override then applies to its puskesmas as to its kecamatan).
 */
export function targetCodeOf(code: string, childCodes: readonly string[]): string {
  if (code !== WILAYAH_KERJA || childCodes.length === 0) return code;
  let common = childCodes[0]!.split(".");
  for (const c of childCodes.slice(1)) {
    const parts = c.split(".");
    let i = 0;
    while (i < common.length && common[i] === parts[i]) i++;
    common = common.slice(0, i);
  }
  // A lone kelurahan still takes the targets of the areas above it (its own override included).
  return common.join(".") || code;
}
