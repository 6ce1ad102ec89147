// Reads of the ADMIN pages (targets, users, API tokens, audit log). Every function takes
// the viewer and returns nothing for roles other than ADMIN.
import "server-only";
import { db, type Db } from "../db/client";
import { areaWhere, canManage, scopeOf, type Scope, type Viewer } from "../auth/scope";

/** Users whose scope area, or whose puskesmas's kota, lies inside `scope`. */
export function userScopeWhere(scope: Scope) {
  return { OR: [{ scopeArea: areaWhere(scope) }, { puskesmas: { kota: areaWhere(scope) } }] };
}

const nothing = { id: { in: [] as number[] } };

/** National defaults and the area overrides inside the viewer's scope. */
export function listTargets(viewer: Viewer) {
  const where = canManage(viewer.role) ? { OR: [{ areaCode: null }, { area: areaWhere(scopeOf(viewer)) }] } : nothing;
  return db().indicatorTarget.findMany({
    where,
    orderBy: [{ indicator: "asc" }, { year: "asc" }, { areaCode: "asc" }],
    select: { id: true, indicator: true, year: true, areaCode: true, value: true, source: true, updatedAt: true, area: { select: { name: true, level: true } } },
  });
}

/**
 * May the viewer edit the national targets (IndicatorTarget without an area)? Every kab/kota of the deployment is
 * judged against them, so only an ADMIN whose scope holds every kab/kota loaded into the area tree (`npm run
 * wilayah`): a provinsi admin, or the kota admin of a single-kota deployment. Areas, not data: a kota loaded but not
 * yet imported is already someone else's to judge. docs/indicators.md, "Targets".
 */
export async function canEditNationalTargets(viewer: Viewer, client: Db = db()): Promise<boolean> {
  const scope = scopeOf(viewer);
  if (!canManage(viewer.role) || scope.kind !== "subtree") return false;
  const outside = await client.area.count({ where: { level: { in: ["KOTA", "KABUPATEN"] }, NOT: areaWhere(scope) } });
  return outside === 0;
}

/** Areas of the viewer's scope (kota down to kelurahan/desa) for target and user scopes, in tree order. */
export function listScopeAreas(viewer: Viewer) {
  if (!canManage(viewer.role)) return Promise.resolve([]);
  return db().area.findMany({
    where: { AND: [areaWhere(scopeOf(viewer)), { level: { not: "PROVINSI" } }] },
    select: { code: true, name: true, level: true },
    orderBy: { code: "asc" },
  });
}

/** Puskesmas inside the viewer's scope (for PUSKESMAS users). */
export function listScopePuskesmas(viewer: Viewer) {
  if (!canManage(viewer.role)) return Promise.resolve([]);
  return db().puskesmas.findMany({ where: { kota: areaWhere(scopeOf(viewer)) }, select: { id: true, name: true }, orderBy: { name: "asc" } });
}

/** User accounts inside the viewer's scope; never the password hash. */
export function listUsers(viewer: Viewer) {
  return db().user.findMany({
    where: canManage(viewer.role) ? userScopeWhere(scopeOf(viewer)) : nothing,
    orderBy: [{ active: "desc" }, { role: "asc" }, { username: "asc" }],
    select: {
      id: true, username: true, name: true, role: true, active: true, lastLoginAt: true, lockedUntil: true,
      scopeArea: { select: { code: true, name: true, level: true } }, puskesmas: { select: { name: true } },
    },
  });
}

/** API tokens of the users inside the viewer's scope, newest first; never the token hash. */
export function listApiTokens(viewer: Viewer) {
  return db().apiToken.findMany({
    where: canManage(viewer.role) ? { user: userScopeWhere(scopeOf(viewer)) } : nothing,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true, name: true, createdAt: true, lastUsedAt: true, revokedAt: true, user: { select: { id: true, username: true, name: true } } },
  });
}
