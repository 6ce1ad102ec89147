// Undo of a whole import batch (ADMIN): rows the batch inserted are deleted,
// rows it updated get their previous values back from the audit log. Refused
// when a later import or form has changed the batch's rows since.
import type { Db } from "../db/client";
import { refuseWhenBusy } from "../db/busy";
import { canManage, canViewArea, posyanduWhere, scopeOf, type Viewer } from "../auth/scope";
import { refreshRollups } from "../rollup/refresh";
import { undoAuditedBatch } from "./undo-audited";
import { yearOf } from "../period";
import { bumpDataVersion } from "../db/data-version";

const TABLES = {
  LAPORAN_BULANAN: { table: "monthlyReport", entity: "MonthlyReport" },
  GIZI: { table: "nutritionAggregate", entity: "NutritionAggregate" },
  PROFIL_TAHUNAN: { table: "annualProfile", entity: "AnnualProfile" },
} as const;

// An undo is as large as its batch: the import's own limits (lib/import/engine.ts), not Prisma's 5 s default.
const LARGE = { timeout: 600_000, maxWait: 30_000 };

export type UndoResult = { ok: true; deleted: number; restored: number } | { ok: false; message: string };

type Row = { id: number; importBatchId: number | null; posyanduId: number };
type Delegate = {
  findMany(args: object): Promise<Row[]>;
  deleteMany(args: object): Promise<{ count: number }>;
  update(args: object): Promise<unknown>;
  count(args: object): Promise<number>;
};

/** Restorable columns of a before-image (ids and bookkeeping timestamps are left to the database). */
function restorable(before: Record<string, unknown>): Record<string, unknown> {
  const { id: _id, updatedAt: _u, ...rest } = before;
  void _id;
  void _u;
  if (typeof rest.enteredAt === "string") rest.enteredAt = new Date(rest.enteredAt);
  return rest;
}

/** The area an uploader works in: their scope area, or their puskesmas's kota. */
async function uploaderArea(db: Db, userId: number | null): Promise<string | null> {
  if (userId === null) return null;
  const u = await db.user.findUnique({ where: { id: userId }, select: { scopeAreaCode: true, puskesmas: { select: { kotaCode: true } } } });
  return u?.scopeAreaCode ?? u?.puskesmas?.kotaCode ?? null;
}

/** Undoes batch `batchId` as `viewer`; every refusal is an Indonesian message. */
export const undoImportBatch = refuseWhenBusy(async function undoImportBatch(db: Db, viewer: Viewer, batchId: number, now: Date): Promise<UndoResult> {
  if (!canManage(viewer.role)) return { ok: false, message: "Hanya admin yang dapat membatalkan impor." };
  const batch = await db.importBatch.findUnique({ where: { id: batchId } });
  // Another kota's batch is not there for this admin, even one whose rows all lie elsewhere or are gone
  // (the row check below would pass it and mark it undone); same answer as for a missing batch.
  const uploader = batch ? await uploaderArea(db, batch.userId) : null;
  if (!batch || !uploader || !canViewArea(scopeOf(viewer), uploader)) return { ok: false, message: `Batch impor #${batchId} tidak ditemukan.` };
  if (batch.status !== "SELESAI" || batch.undoneAt) return { ok: false, message: `Batch impor #${batchId} tidak dapat dibatalkan (status ${batch.status.toLowerCase()}).` };
  if (batch.kind === "POSYANDU" || batch.kind === "KADER") {
    return db.$transaction(async (tx) => {
      const r = await undoAuditedBatch(tx, viewer, batchId);
      if (!r.ok) return r;
      await tx.importBatch.update({ where: { id: batchId }, data: { status: "DIBATALKAN", undoneAt: now } });
      await bumpDataVersion(tx);
      await tx.auditLog.create({ data: { userId: viewer.id, action: "UNDO_IMPORT", entity: "ImportBatch", entityId: String(batchId), after: JSON.stringify({ deleted: r.deleted, restored: r.restored }) } });
      return r;
    }, LARGE);
  }
  const spec = TABLES[batch.kind as keyof typeof TABLES];
  if (!spec) return { ok: false, message: `Impor jenis ${batch.kind.toLowerCase()} tidak dapat dibatalkan otomatis.` };

  return db.$transaction(async (tx) => {
    const delegate = tx[spec.table] as unknown as Delegate;
    const outside = await delegate.count({ where: { importBatchId: batchId, NOT: { posyandu: posyanduWhere(scopeOf(viewer)) } } });
    if (outside > 0) return { ok: false as const, message: "Batch ini memuat data di luar wilayah Anda." };
    const updates = await tx.auditLog.findMany({ where: { importBatchId: batchId, action: "IMPORT_UPDATE", entity: spec.entity } });
    // Later changes keep the batch's id in their before-image: those rows are no longer the batch's to undo.
    const changedLater = await tx.auditLog.count({
      where: { entity: spec.entity, id: { gt: updates.at(-1)?.id ?? 0 }, before: { contains: `"importBatchId":${batchId},` } },
    });
    if (changedLater > 0) {
      return { ok: false as const, message: `${changedLater} baris dari batch ini sudah diubah oleh impor atau isian berikutnya; batalkan perubahan yang lebih baru dulu.` };
    }
    const affected = (await delegate.findMany({ where: { importBatchId: batchId }, select: spec.table === "annualProfile" ? { posyanduId: true, year: true } : { posyanduId: true, period: true } })) as unknown as { posyanduId: number; period?: string; year?: number }[];
    for (const u of updates) {
      await delegate.update({ where: { id: Number(u.entityId) }, data: restorable(JSON.parse(u.before ?? "{}") as Record<string, unknown>) });
    }
    // Restored rows carry their earlier batch again, so what still carries this one is what it inserted (an id
    // list here would pass SQLite's parameter limit for large batches).
    const { count } = await delegate.deleteMany({ where: { importBatchId: batchId } });
    const periods = affected.flatMap((a) => (a.period ? [a.period] : []));
    await refreshRollups(tx, { posyanduIds: affected.map((a) => a.posyanduId), periods, years: [...affected.flatMap((a) => (a.year ? [a.year] : [])), ...periods.map(yearOf)] });
    await tx.importBatch.update({ where: { id: batchId }, data: { status: "DIBATALKAN", undoneAt: now } });
    await tx.auditLog.create({ data: { userId: viewer.id, action: "UNDO_IMPORT", entity: "ImportBatch", entityId: String(batchId), after: JSON.stringify({ deleted: count, restored: updates.length }) } });
    return { ok: true as const, deleted: count, restored: updates.length };
  }, LARGE);
});
