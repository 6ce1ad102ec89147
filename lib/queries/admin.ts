// Reads of the ADMIN pages (targets, users, API tokens, audit log). Every function takes
// the viewer and returns nothing for roles other than ADMIN.
import "server-only";
import { db } from "../db/client";
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
