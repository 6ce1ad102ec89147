// Remembered e-PPGBM name mappings: a place name the export spells its own way is mapped once to our kelurahan or
// posyandu and reused by every later import whose uploader's area holds the target.
//
// A kelurahan mapping belongs to the kab/kota of its target (key "18.72|imo puro"): the same spelling means different
// villages in different kab/kota, and one district's operator must not replace another's mapping. Inside a kab/kota a
// mapping redirects every row of that name for every uploader, so saving one needs the right to every village it
// could take rows away from: the villages that really carry that name, and the target of the mapping it replaces.
import type { Db } from "../db/client";
import { canEnterData, canViewArea, scopeOf, type Viewer } from "../auth/scope";
import { normalizePlaceName } from "./eppgbm";
import { BUSY, BUSY_NOT_SAVED, unlessBusy } from "../db/busy";
import { villagesOfKabKota } from "../queries/import";

export type MappingInput =
  | { kind: "KELURAHAN"; sourceName: string; kelurahanCode: string }
  | { kind: "POSYANDU"; sourceName: string; kelurahanCode: string; posyanduId: number };

/** "18.72" of "18.72.01.1001". */
const kabKotaOf = (code: string) => code.slice(0, 5);

/** The stored key of a kelurahan mapping: the target's kab/kota and the normalised name. */
export const kelurahanMappingKey = (kelurahanCode: string, name: string) => `${kabKotaOf(kelurahanCode)}|${name}`;

/** Splits a kelurahan mapping's key into its kab/kota and name. */
export function splitKelurahanKey(sourceKey: string): { kabKota: string; name: string } {
  const bar = sourceKey.indexOf("|");
  return { kabKota: sourceKey.slice(0, bar), name: sourceKey.slice(bar + 1) };
}

/** Saves (or replaces) a mapping inside the viewer's scope; returns an Indonesian error or null. */
export async function saveNameMapping(db: Db, viewer: Viewer, input: MappingInput): Promise<string | null> {
  if (!canEnterData(viewer.role)) return "Peran Anda tidak dapat memetakan nama.";
  const scope = scopeOf(viewer);
  if (!canViewArea(scope, input.kelurahanCode)) return `Kelurahan ${input.kelurahanCode} di luar wilayah Anda.`;
  const name = normalizePlaceName(input.sourceName);
  if (name === "") return "Nama sumber kosong.";
  if (input.kind === "POSYANDU") {
    const p = await db.posyandu.findFirst({ where: { id: input.posyanduId, kelurahanCode: input.kelurahanCode } });
    if (!p) return "Posyandu tidak ditemukan di kelurahan itu.";
  } else {
    const namesakes = (await villagesOfKabKota(db, kabKotaOf(input.kelurahanCode))).filter((v) => normalizePlaceName(v.name) === name);
    const foreign = namesakes.find((v) => !canViewArea(scope, v.code));
    if (foreign) return `"${input.sourceName.trim()}" adalah nama ${foreign.name} (${foreign.code}) di luar wilayah Anda; baris dengan nama itu tidak dapat Anda arahkan ke kelurahan lain. Minta admin memetakannya bila memang perlu.`;
  }
  const sourceKey = input.kind === "KELURAHAN" ? kelurahanMappingKey(input.kelurahanCode, name) : `${input.kelurahanCode}|${name}`;
  const data = { kelurahanCode: input.kelurahanCode, posyanduId: input.kind === "POSYANDU" ? input.posyanduId : null };
  const saved = await unlessBusy(() => db.$transaction(async (tx) => {
    const before = await tx.nameMapping.findUnique({ where: { kind_sourceKey: { kind: input.kind, sourceKey } } });
    if (before?.kelurahanCode && !canViewArea(scope, before.kelurahanCode)) return `"${input.sourceName.trim()}" sudah dipetakan ke kelurahan ${before.kelurahanCode} di luar wilayah Anda; minta admin mengubahnya.`;
    const row = await tx.nameMapping.upsert({ where: { kind_sourceKey: { kind: input.kind, sourceKey } }, create: { kind: input.kind, sourceKey, ...data }, update: data });
    await tx.auditLog.create({ data: { userId: viewer.id, action: before ? "UPDATE" : "CREATE", entity: "NameMapping", entityId: String(row.id), before: before ? JSON.stringify(before) : null, after: JSON.stringify(row) } });
    return null;
  }));
  return saved === BUSY ? BUSY_NOT_SAVED : saved;
}

/**
 * Forgets a mapping whose target lies in the viewer's scope (a lurah: their kelurahan's only); audited. Rows of the
 * name are then matched by their own spelling again. Returns an Indonesian error or null.
 */
export async function deleteNameMapping(db: Db, viewer: Viewer, id: number): Promise<string | null> {
  if (!canEnterData(viewer.role)) return "Peran Anda tidak dapat menghapus pemetaan nama.";
  const scope = scopeOf(viewer);
  const done = await unlessBusy(() => db.$transaction(async (tx) => {
    const before = await tx.nameMapping.findUnique({ where: { id } });
    if (!before) return "Pemetaan tidak ditemukan; mungkin sudah dihapus.";
    if (!before.kelurahanCode || !canViewArea(scope, before.kelurahanCode)) return "Pemetaan ini di luar wilayah Anda; minta admin menghapusnya.";
    await tx.nameMapping.delete({ where: { id } });
    await tx.auditLog.create({ data: { userId: viewer.id, action: "DELETE", entity: "NameMapping", entityId: String(id), before: JSON.stringify(before), after: null } });
    return null;
  }));
  return done === BUSY ? BUSY_NOT_SAVED : done;
}
