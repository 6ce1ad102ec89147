// The role → scope rules, in one place. Every query takes a Viewer and turns
// its scope into a `where` clause here, so a forgotten check is impossible.
import type { Role } from "../generated/sqlite/enums";
import { codesBelow } from "../wilayah/codes";

/** Who is asking: the signed-in user with what their role may see. */
export type Viewer = {
  id: number;
  username: string;
  name: string;
  role: Role;
  /** Kota for ADMIN/PIMPINAN, kecamatan for KECAMATAN, kelurahan for KELURAHAN. */
  scopeAreaCode: string | null;
  /** PUSKESMAS only: the kelurahan/desa of the wilayah kerja. */
  wilayahKerja: string[];
  puskesmasId: number | null;
};

/** A viewer's scope: a subtree of the area tree, or a set of kelurahan (puskesmas). */
export type Scope = { kind: "subtree"; root: string } | { kind: "set"; kelurahan: string[] } | { kind: "none" };

export const roleLabel: Record<Role, string> = {
  ADMIN: "Admin kota/kabupaten",
  PIMPINAN: "Pimpinan (Dinkes, Bappeda)",
  KECAMATAN: "Kecamatan (camat / Pokjanal kecamatan)",
  KELURAHAN: "Kelurahan (lurah / Pokja kelurahan)",
  PUSKESMAS: "Operator puskesmas",
};

/**
 * The role as the header and the account page name it: an admin whose area is a provinsi (a two-digit
 * Kemendagri code, e.g. the provinsi bench database) is "Admin provinsi", not "Admin kota/kabupaten".
 */
export function viewerRoleLabel(viewer: Pick<Viewer, "role" | "scopeAreaCode">): string {
  if (viewer.role === "ADMIN" && viewer.scopeAreaCode && !viewer.scopeAreaCode.includes(".")) return "Admin provinsi";
  return roleLabel[viewer.role];
}

/** The scope of a viewer; a misconfigured user (no area) sees nothing. */
export function scopeOf(viewer: Pick<Viewer, "role" | "scopeAreaCode" | "wilayahKerja">): Scope {
  if (viewer.role === "PUSKESMAS") {
    return viewer.wilayahKerja.length > 0 ? { kind: "set", kelurahan: [...viewer.wilayahKerja] } : { kind: "none" };
  }
  return viewer.scopeAreaCode ? { kind: "subtree", root: viewer.scopeAreaCode } : { kind: "none" };
}

/** True when `code` is `root` or lies below it in the Kemendagri tree. */
export function isWithin(code: string, root: string): boolean {
  return code === root || code.startsWith(`${root}.`);
}

/** May the viewer see figures of the area `code` (and everything below it)? */
export function canViewArea(scope: Scope, code: string): boolean {
  if (scope.kind === "subtree") return isWithin(code, scope.root);
  if (scope.kind === "set") return scope.kelurahan.some((k) => isWithin(code, k));
  return false;
}

/** Prisma `where` on Area rows the viewer may see. */
export function areaWhere(scope: Scope) {
  if (scope.kind === "subtree") return { OR: [{ code: scope.root }, { code: codesBelow(scope.root) }] };
  if (scope.kind === "set") return { code: { in: scope.kelurahan } };
  return { code: { in: [] as string[] } };
}

/** Prisma `where` on Posyandu rows the viewer may see, on the indexed denormalised columns. */
export function posyanduWhere(scope: Scope) {
  if (scope.kind === "set") return { kelurahanCode: { in: scope.kelurahan } };
  if (scope.kind === "none") return { kelurahanCode: { in: [] as string[] } };
  const depth = scope.root.split(".").length;
  if (depth === 1) return { kabKotaCode: codesBelow(scope.root) };
  if (depth === 2) return { kabKotaCode: scope.root };
  if (depth === 3) return { kecamatanCode: scope.root };
  return { kelurahanCode: scope.root };
}

/** Roles that enter or import monthly data (within their scope). */
export function canEnterData(role: Role): boolean {
  return role === "ADMIN" || role === "PUSKESMAS" || role === "KELURAHAN";
}

/** Only ADMIN manages users, targets and area data. */
export function canManage(role: Role): boolean {
  return role === "ADMIN";
}
