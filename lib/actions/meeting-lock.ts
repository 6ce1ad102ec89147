import "server-only";
// Locking a meeting: freezes every agenda item's figures and the narratives of
// the kelurahan on the agenda in one transaction. Kept free of next/* imports so
// the demo seeder (a plain Node script) can lock its past meetings too.
import type { Db } from "../db/client";
import type { Viewer } from "../auth/scope";
import { writeAudit } from "../audit";
import { refuseWhenBusy } from "../db/busy";
import { canManageMeeting } from "../meetings/access";
import { snapshotSchema, type Narrative } from "../meetings/snapshot";
import { todayJakarta, type FormResult } from "../validations/posyandu";
import { lockTooEarlyMessage } from "../validations/meetings";
import { buildSnapshot, narrativeOf, type PreviousStunting } from "../queries/meeting-snapshot";

const REFUSED: FormResult = { ok: false, message: "Anda tidak dapat mengubah rapat di wilayah ini." };

/** The meeting if the viewer may manage it; a refusal otherwise. */
export async function managed(client: Db, viewer: Viewer, meetingId: number) {
  const m = await client.meeting.findUnique({ where: { id: meetingId }, select: { id: true, areaCode: true, status: true, date: true, previousId: true } });
  if (!m || !canManageMeeting(viewer, m.areaCode)) return null;
  return m;
}

/** Freezes every agenda item's figures (and the narratives of the kelurahan on the agenda) and locks the meeting. */
export const lockMeeting = refuseWhenBusy(async function lockMeeting(client: Db, viewer: Viewer, meetingId: number, now: Date = new Date(), today: string = todayJakarta(now)): Promise<FormResult> {
  const m = await managed(client, viewer, meetingId);
  if (!m) return REFUSED;
  if (m.status === "TERKUNCI") return { ok: true, message: "Rapat sudah terkunci." };
  // Freezing before the meeting would freeze figures nobody has discussed yet (and miss the data still coming in).
  const early = lockTooEarlyMessage(m.date.toISOString().slice(0, 10), today);
  if (early) return { ok: false, message: early };
  const items = await client.agendaItem.findMany({ where: { meetingId }, orderBy: { order: "asc" } });
  const snaps = await Promise.all(items.map((it) => buildSnapshot(viewer, it, m, now, today)));
  // Narratives for each kelurahan on the agenda, compared with the previous meeting's stunting figures when frozen there.
  const prev = m.previousId ? await client.meeting.findUnique({ where: { id: m.previousId }, select: { date: true, agenda: { select: { snapshot: true } } } }) : null;
  const prevStunting: PreviousStunting = new Map();
  for (const a of prev?.agenda ?? []) {
    const s = a.snapshot ? snapshotSchema.safeParse(JSON.parse(a.snapshot)) : null;
    if (!s?.success || s.data.indikator?.id !== "stunting") continue;
    // With the item's source: the narrative compares only figures of one source.
    if (s.data.wilayah) prevStunting.set(s.data.wilayah.kode, { rate: s.data.total, sumber: s.data.sumber });
    for (const r of s.data.baris) prevStunting.set(r.kode, { rate: r.rate, sumber: s.data.sumber });
  }
  const kelurahan = new Map<string, { kode: string; nama: string; index: number }>();
  snaps.forEach((s, i) => {
    if (s.wilayah && s.wilayah.kode.split(".").length === 4 && !kelurahan.has(s.wilayah.kode)) kelurahan.set(s.wilayah.kode, { ...s.wilayah, index: i });
  });
  if (m.areaCode.split(".").length === 4 && !kelurahan.has(m.areaCode) && snaps.length > 0) {
    const area = await client.area.findUnique({ where: { code: m.areaCode }, select: { name: true } });
    kelurahan.set(m.areaCode, { kode: m.areaCode, nama: area?.name ?? m.areaCode, index: 0 });
  }
  const narratives = await Promise.all([...kelurahan.values()].map(async (k) => ({ index: k.index, n: await narrativeOf(viewer, k, m.date, prev ? { date: prev.date, stunting: prevStunting } : null) })));
  for (const { index, n } of narratives) if (n) snaps[index]!.narasi.push(n as Narrative);
  await client.$transaction(async (tx) => {
    const fresh = await tx.meeting.findUnique({ where: { id: meetingId }, select: { status: true } });
    if (fresh?.status === "TERKUNCI") return;
    for (const [i, it] of items.entries()) await tx.agendaItem.update({ where: { id: it.id }, data: { snapshot: JSON.stringify(snaps[i]) } });
    await tx.meeting.update({ where: { id: meetingId }, data: { status: "TERKUNCI", lockedAt: now, lockedById: viewer.id } });
    await writeAudit(tx, { userId: viewer.id, action: "LOCK", entity: "Meeting", entityId: meetingId, after: { items: items.length, narratives: narratives.length } });
  });
  return { ok: true, message: `Rapat dikunci: angka ${items.length} agenda dibekukan.` };
});

