// Undo of posyandu and kader import batches from their audit trail: every row
// the batch created is deleted and every row it changed gets its previous
// values back, newest change first. Refused when anything changed those rows
// since, or when a posyandu the batch created already carries data.
import type { Tx } from "./kind";
import { posyanduWhere, scopeOf, type Viewer } from "../auth/scope";
import { refreshRollups } from "../rollup/refresh";
import { perChunk } from "../rollup/levels";

type Entity = "Posyandu" | "Kader" | "KaderMembership" | "KaderTraining";
type Delegate = { delete(a: object): Promise<unknown>; update(a: object): Promise<unknown>; findUnique(a: object): Promise<Record<string, unknown> | null> };

const RESTORE: Record<Entity, { model: "posyandu" | "kader" | "kaderMembership" | "kaderTraining"; fields: string[]; dates: string[] }> = {
  Posyandu: { model: "posyandu", fields: ["name", "kelurahanCode", "kecamatanCode", "kabKotaCode", "puskesmasId", "rw", "address", "lat", "lng", "ilp", "ilpSince", "active"], dates: ["ilpSince"] },
  Kader: { model: "kader", fields: ["name", "gender", "birthYear", "active", "level", "levelOrigin"], dates: [] },
  KaderMembership: { model: "kaderMembership", fields: ["endDate"], dates: ["endDate"] },
  KaderTraining: { model: "kaderTraining", fields: [], dates: [] },
};

export type AuditedUndo = { ok: true; deleted: number; restored: number } | { ok: false; message: string };

/** Reverts a POSYANDU or KADER batch inside `tx`. */
export async function undoAuditedBatch(tx: Tx, viewer: Viewer, batchId: number): Promise<AuditedUndo> {
  const entries = await tx.auditLog.findMany({ where: { importBatchId: batchId, action: { in: ["IMPORT_CREATE", "IMPORT_UPDATE"] } }, orderBy: { id: "desc" } });
  if (entries.length === 0) return { ok: true, deleted: 0, restored: 0 };
  const byEntity = new Map<string, string[]>();
  for (const e of entries) byEntity.set(e.entity, [...(byEntity.get(e.entity) ?? []), e.entityId ?? ""]);
  const later = await tx.auditLog.count({
    where: { id: { gt: entries[0]!.id }, OR: [...byEntity].map(([entity, ids]) => ({ entity, entityId: { in: ids } })), AND: [{ OR: [{ importBatchId: null }, { importBatchId: { not: batchId } }] }] },
  });
  if (later > 0) return { ok: false, message: `${later} perubahan sesudah batch ini menyentuh data yang sama; batalkan perubahan yang lebih baru dulu.` };
  const posyanduIds = new Set<number>();
  const kelurahan = new Set<string>();
  for (const e of entries) {
    for (const side of [e.before, e.after]) {
      const row = side ? (JSON.parse(side) as { posyanduId?: number; kelurahanCode?: string; id?: number }) : null;
      if (row?.posyanduId) posyanduIds.add(row.posyanduId);
      if (e.entity === "Posyandu" && row?.kelurahanCode) kelurahan.add(row.kelurahanCode);
      if (e.entity === "Posyandu" && row?.id) posyanduIds.add(row.id);
    }
  }
  // A kader's level and basic training count at every posyandu they serve or served at (read before the kader is deleted).
  const kaderIds = entries.flatMap((e) => (e.entity === "Kader" ? [Number(e.entityId)] : e.entity === "KaderTraining" ? [(JSON.parse(e.after ?? "{}") as { kaderId?: number }).kaderId ?? 0] : []));
  const servedAt = await perChunk([...new Set(kaderIds)], (c) => tx.kaderMembership.findMany({ where: { kaderId: { in: c } }, select: { posyanduId: true } }));
  const inScope = await tx.posyandu.count({ where: { AND: [{ id: { in: [...posyanduIds] } }, posyanduWhere(scopeOf(viewer))] } });
  const existing = await tx.posyandu.count({ where: { id: { in: [...posyanduIds] } } });
  if (inScope < existing) return { ok: false, message: "Batch ini memuat data di luar wilayah Anda." };
  let deleted = 0;
  let restored = 0;
  for (const e of entries) {
    const spec = RESTORE[e.entity as Entity];
    if (!spec) continue;
    const delegate = tx[spec.model] as unknown as Delegate;
    const id = Number(e.entityId);
    if (e.action === "IMPORT_CREATE") {
      if (e.entity === "Posyandu") {
        const data = (await tx.monthlyReport.count({ where: { posyanduId: id } })) + (await tx.nutritionAggregate.count({ where: { posyanduId: id } })) + (await tx.kaderMembership.count({ where: { posyanduId: id } }));
        if (data > 0) return { ok: false, message: "Posyandu dari batch ini sudah memiliki laporan atau kader; batalkan impor yang lebih baru dulu." };
      }
      if (await delegate.findUnique({ where: { id } })) {
        await delegate.delete({ where: { id } });
        deleted++;
      }
      continue;
    }
    const before = JSON.parse(e.before ?? "{}") as Record<string, unknown>;
    // Only fields the before-image holds are restored (an absent field was not touched by the import).
    const data = Object.fromEntries(spec.fields.filter((f) => f in before).map((f) => [f, spec.dates.includes(f) && typeof before[f] === "string" ? new Date(before[f] as string) : before[f]]));
    await delegate.update({ where: { id }, data });
    restored++;
  }
  await refreshRollups(tx, { posyanduIds: [...posyanduIds, ...servedAt.map((m) => m.posyanduId)], kelurahanCodes: [...kelurahan], all: true });
  return { ok: true, deleted, restored };
}
