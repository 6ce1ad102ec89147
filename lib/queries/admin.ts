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

export const AUDIT_PAGE_SIZE = 50;

/**
 * Audit rows the ADMIN sees: written by users of their scope, or by the system/CLI (no user). Rows an import
 * wrote carry no user of their own but their batch's (docs/import.md), so they follow the uploader's scope.
 */
function auditWhere(viewer: Viewer, entity: string | null) {
  if (!canManage(viewer.role)) return nothing;
  const inScope = userScopeWhere(scopeOf(viewer));
  const system = { OR: [{ importBatchId: null }, { importBatch: { userId: null } }, { importBatch: { user: inScope } }] };
  const who = { OR: [{ userId: null, ...system }, { user: inScope }] };
  return entity ? { AND: [who, { entity }] } : who;
}

/** One page of the audit log, newest first, each row with its before→after changes. */
export async function listAuditLog(viewer: Viewer, opts: { page?: number; entity?: string | null } = {}) {
  const where = auditWhere(viewer, opts.entity ?? null);
  const page = Math.max(1, opts.page ?? 1);
  const [total, rows] = await Promise.all([
    db().auditLog.count({ where }),
    db().auditLog.findMany({
      where,
      orderBy: [{ at: "desc" }, { id: "desc" }],
      skip: (page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
      select: {
        id: true, at: true, action: true, entity: true, entityId: true, before: true, after: true, importBatchId: true,
        user: { select: { username: true, name: true } }, importBatch: { select: { user: { select: { username: true, name: true } } } },
      },
    }),
  ]);
  return {
    total,
    page,
    pageSize: AUDIT_PAGE_SIZE,
    // An import's row changes are by whoever uploaded the batch.
    rows: rows.map(({ before, after, importBatch, user, ...r }) => ({ ...r, user: user ?? importBatch?.user ?? null, changes: diffAudit(before, after) })),
  };
}

/** The entity names present in the viewer's audit log, for the filter. */
export async function listAuditEntities(viewer: Viewer): Promise<string[]> {
  const rows = await db().auditLog.findMany({ where: auditWhere(viewer, null), distinct: ["entity"], select: { entity: true }, orderBy: { entity: "asc" } });
  return rows.map((r) => r.entity);
}

export type AuditChange = { field: string; before: string | null; after: string | null };

const HIDDEN = new Set(["id", "passwordHash", "createdAt", "updatedAt"]);
const MAX_CHANGES = 12;

function parse(json: string | null): unknown {
  if (json === null) return undefined;
  try {
    return JSON.parse(json);
  } catch {
    return json;
  }
}

function show(v: unknown): string | null {
  if (v === undefined || v === null) return null;
  if (typeof v === "boolean") return v ? "ya" : "tidak";
  if (typeof v === "string") return /^\d{4}-\d{2}-\d{2}T00:00:00(\.000)?Z$/.test(v) ? v.slice(0, 10) : v.length > 80 ? `${v.slice(0, 79)}…` : v;
  if (typeof v === "number") return String(v).replace(".", ",");
  const s = JSON.stringify(v);
  return s.length > 80 ? `${s.slice(0, 79)}…` : s;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * The fields that differ between the before and after JSON of an audit row
 * (a creation lists its filled fields, a deletion its former ones); secrets
 * and timestamps are left out and long values shortened.
 */
export function diffAudit(beforeJson: string | null, afterJson: string | null): AuditChange[] {
  const before = parse(beforeJson);
  const after = parse(afterJson);
  if (!isRecord(before) && !isRecord(after)) {
    return JSON.stringify(before) === JSON.stringify(after) ? [] : [{ field: "nilai", before: show(before), after: show(after) }];
  }
  const b = isRecord(before) ? before : {};
  const a = isRecord(after) ? after : {};
  const out: AuditChange[] = [];
  // An update's "after" is the new state of the fields it wrote; fields only in "before" (nested extras) are not changes.
  for (const field of Object.keys(isRecord(after) ? a : b)) {
    if (HIDDEN.has(field)) continue;
    if (JSON.stringify(b[field] ?? null) === JSON.stringify(a[field] ?? null)) continue;
    const change = { field, before: show(b[field]), after: show(a[field]) };
    if (change.before === null && change.after === null) continue;
    out.push(change);
  }
  if (out.length > MAX_CHANGES) return [...out.slice(0, MAX_CHANGES), { field: "…", before: null, after: `${out.length - MAX_CHANGES} kolom lain` }];
  return out;
}
