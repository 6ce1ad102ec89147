// Remembered e-PPGBM name mappings: a place name the export spells its own way
// is mapped once to our kelurahan or posyandu and reused by every later import.
import type { Db } from "../db/client";
import { canEnterData, canViewArea, scopeOf, type Viewer } from "../auth/scope";
import { normalizePlaceName } from "./eppgbm";
import { BUSY, BUSY_NOT_SAVED, unlessBusy } from "../db/busy";

export type MappingInput =
  | { kind: "KELURAHAN"; sourceName: string; kelurahanCode: string }
  | { kind: "POSYANDU"; sourceName: string; kelurahanCode: string; posyanduId: number };

/** Saves (or replaces) a mapping inside the viewer's scope; returns an Indonesian error or null. */
export async function saveNameMapping(db: Db, viewer: Viewer, input: MappingInput): Promise<string | null> {
  if (!canEnterData(viewer.role)) return "Peran Anda tidak dapat memetakan nama.";
  if (!canViewArea(scopeOf(viewer), input.kelurahanCode)) return `Kelurahan ${input.kelurahanCode} di luar wilayah Anda.`;
  const name = normalizePlaceName(input.sourceName);
  if (name === "") return "Nama sumber kosong.";
  if (input.kind === "POSYANDU") {
    const p = await db.posyandu.findFirst({ where: { id: input.posyanduId, kelurahanCode: input.kelurahanCode } });
    if (!p) return "Posyandu tidak ditemukan di kelurahan itu.";
  }
  const sourceKey = input.kind === "KELURAHAN" ? name : `${input.kelurahanCode}|${name}`;
  const data = { kelurahanCode: input.kelurahanCode, posyanduId: input.kind === "POSYANDU" ? input.posyanduId : null };
  const saved = await unlessBusy(() => db.$transaction(async (tx) => {
    const before = await tx.nameMapping.findUnique({ where: { kind_sourceKey: { kind: input.kind, sourceKey } } });
    const row = await tx.nameMapping.upsert({ where: { kind_sourceKey: { kind: input.kind, sourceKey } }, create: { kind: input.kind, sourceKey, ...data }, update: data });
    await tx.auditLog.create({ data: { userId: viewer.id, action: before ? "UPDATE" : "CREATE", entity: "NameMapping", entityId: String(row.id), before: before ? JSON.stringify(before) : null, after: JSON.stringify(row) } });
  }));
  return saved === BUSY ? BUSY_NOT_SAVED : null;
}
