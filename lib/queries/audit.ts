// The ADMIN's audit log. Rows an import wrote carry no user of their own but their batch's id, as a plain
// column without a foreign key (a 1M-row import writes 1M audit rows; docs/import.md "Who wrote a row"), so
// Prisma has no relation to join the uploader through: the scope condition is SQL here, the rows themselves
// are read with Prisma. tests/actions/admin-audit.test.ts checks the SQL against userScopeWhere.
import "server-only";
import { sqltag as sql, type Sql } from "@prisma/client/runtime/client";
import { db } from "../db/client";
import { canManage, scopeOf, type Viewer } from "../auth/scope";
import { codesBelow } from "../wilayah/codes";

export const AUDIT_PAGE_SIZE = 50;

/**
 * Users inside an ADMIN's scope, as userScopeWhere (./admin.ts) has them: the scope area, or the puskesmas's kota,
 * lies in the subtree. An ADMIN's scope is always a subtree (lib/auth/scope.ts); none matches no user.
 */
export function scopedUserIdsSql(viewer: Viewer): Sql {
  const scope = scopeOf(viewer);
  const root = scope.kind === "subtree" ? scope.root : null;
  // codesBelow's range, not LIKE: the same rows, and an index can serve it (lib/wilayah/codes.ts).
  const { gte, lt } = root === null ? { gte: null, lt: null } : codesBelow(root);
  return sql`SELECT u."id" FROM "User" u WHERE u."scopeAreaCode" = ${root} OR (u."scopeAreaCode" >= ${gte} AND u."scopeAreaCode" < ${lt})
    OR u."puskesmasId" IN (SELECT p."id" FROM "Puskesmas" p WHERE p."kotaCode" = ${root} OR (p."kotaCode" >= ${gte} AND p."kotaCode" < ${lt}))`;
}

/**
 * Audit rows an ADMIN sees: written by users of their scope; an import's row changes follow the uploader's scope
 * through their batch (a batch that does not exist matches nothing). Rows the CLI writes with no user follow
 * their subject: a user created on the command line (`npm run pengguna`) is seen by the ADMINs whose scope holds
 * that user, an API token issued or revoked there by those of the token's user; another kota's ADMIN saw both
 * (usernames, names, roles). Any other row without a user or batch is a deployment-wide event: every ADMIN.
 */
function auditWhere(viewer: Viewer, entity: string | null): Sql {
  const users = scopedUserIdsSql(viewer);
  return sql`WHERE (a."userId" IN (${users})
      OR (a."userId" IS NULL AND a."importBatchId" IS NOT NULL AND EXISTS (SELECT 1 FROM "ImportBatch" b
        WHERE b."id" = a."importBatchId" AND (b."userId" IS NULL OR b."userId" IN (${users}))))
      OR (a."userId" IS NULL AND a."importBatchId" IS NULL AND (
        (a."entity" = 'User' AND a."entityId" IN (SELECT CAST(s."id" AS TEXT) FROM (${users}) s))
        OR (a."entity" = 'ApiToken' AND a."entityId" IN (SELECT CAST(t."id" AS TEXT) FROM "ApiToken" t WHERE t."userId" IN (${users})))
        OR a."entity" NOT IN ('User', 'ApiToken'))))
    AND (CAST(${entity} AS TEXT) IS NULL OR a."entity" = ${entity})`;
}

/** One page of the audit log, newest first, each row with its before→after changes and who made it. */
export async function listAuditLog(viewer: Viewer, opts: { page?: number; entity?: string | null } = {}) {
  const page = Math.max(1, opts.page ?? 1);
  const empty = { total: 0, page, pageSize: AUDIT_PAGE_SIZE, rows: [] };
  if (!canManage(viewer.role)) return empty;
  const where = auditWhere(viewer, opts.entity ?? null);
  const [[count], ids] = await Promise.all([
    db().$queryRaw<{ n: bigint | number }[]>(sql`SELECT COUNT(*) AS n FROM "AuditLog" a ${where}`),
    db().$queryRaw<{ id: bigint | number }[]>(
      sql`SELECT a."id" FROM "AuditLog" a ${where} ORDER BY a."at" DESC, a."id" DESC LIMIT ${AUDIT_PAGE_SIZE} OFFSET ${(page - 1) * AUDIT_PAGE_SIZE}`,
    ),
  ]);
  const rows = await db().auditLog.findMany({
    where: { id: { in: ids.map((r) => Number(r.id)) } },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    select: { id: true, at: true, action: true, entity: true, entityId: true, before: true, after: true, importBatchId: true, user: { select: { username: true, name: true } } },
  });
  const batchIds = [...new Set(rows.flatMap((r) => (r.user || r.importBatchId === null ? [] : [r.importBatchId])))];
  const batches = await db().importBatch.findMany({ where: { id: { in: batchIds } }, select: { id: true, user: { select: { username: true, name: true } } } });
  const uploader = new Map(batches.map((b) => [b.id, b.user]));
  return {
    total: Number(count?.n ?? 0),
    page,
    pageSize: AUDIT_PAGE_SIZE,
    // An import's row changes are by whoever uploaded the batch.
    rows: rows.map(({ before, after, user, ...r }) => ({
      ...r,
      user: user ?? (r.importBatchId === null ? null : (uploader.get(r.importBatchId) ?? null)),
      changes: diffAudit(before, after),
    })),
  };
}

/** The entity names present in the viewer's audit log, for the filter. */
export async function listAuditEntities(viewer: Viewer): Promise<string[]> {
  if (!canManage(viewer.role)) return [];
  const rows = await db().$queryRaw<{ entity: string }[]>(sql`SELECT DISTINCT a."entity" AS entity FROM "AuditLog" a ${auditWhere(viewer, null)} ORDER BY a."entity"`);
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
