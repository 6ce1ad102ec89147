import "server-only";
// Correcting a draft meeting: its own fields, the order of its agenda, an agenda
// item's area, title and discussion, or the whole record when it was created by mistake. A locked meeting is the official
// record of what the room saw and decided, so none of this applies to it (its
// actions stay editable: lib/actions/tindakan.ts). Every change is audited.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { db, type Db } from "../db/client";
import { requireViewer } from "../auth/viewer";
import type { Viewer } from "../auth/scope";
import type { Tx } from "../import/kind";
import { writeAudit } from "../audit";
import { refuseWhenBusy } from "../db/busy";
import { agendaAreaSchema, agendaTextSchema, dateText, meetingDeleteSchema, meetingEditSchemaFor } from "../validations/meetings";
import { areaTitle } from "../wilayah/codes";
import { staleAreaName } from "../meetings/stale-title";
import { dayOf, formValues, invalid, todayJakarta, type FormResult } from "../validations/posyandu";
import { managed } from "./meeting-lock";

const REFUSED: FormResult = { ok: false, message: "Anda tidak dapat mengubah rapat di wilayah ini." };
const LOCKED: FormResult = { ok: false, message: "Rapat sudah dikunci: data rapat dan agendanya tidak dapat diubah lagi." };
const ymdOf = (d: Date) => d.toISOString().slice(0, 10);

/** Why the meeting cannot move to `date` (an action or progress note before it, a later meeting chained to it), or null. */
async function dateConflict(tx: Pick<Tx, "actionItem" | "actionProgress" | "meeting">, meetingId: number, date: Date): Promise<string | null> {
  const moved = `Tanggal rapat tidak dapat dipindah ke ${dateText(ymdOf(date))}`;
  const due = await tx.actionItem.findFirst({ where: { meetingId, dueDate: { lt: date } }, orderBy: { dueDate: "asc" }, select: { text: true, dueDate: true } });
  if (due) return `${moved}: batas waktu tindakan “${due.text}” (${dateText(ymdOf(due.dueDate))}) akan sebelum tanggal rapat. Ubah dulu batas waktunya.`;
  const note = await tx.actionProgress.findFirst({ where: { action: { meetingId }, date: { lt: date } }, orderBy: { date: "asc" }, select: { date: true, action: { select: { text: true } } } });
  if (note) return `${moved}: tindakan “${note.action.text}” punya catatan perkembangan ${dateText(ymdOf(note.date))}, sebelum tanggal itu.`;
  // A later meeting already compares itself with this one ("sejak rapat terakhir"); moving past it would break the chain.
  const next = await tx.meeting.findFirst({ where: { previousId: meetingId, OR: [{ date: { lt: date } }, { date, id: { lt: meetingId } }] }, select: { title: true, date: true } });
  if (next) return `${moved}: rapat “${next.title}” (${dateText(ymdOf(next.date))}) mencatat rapat ini sebagai rapat sebelumnya.`;
  return null;
}

/** Corrects a draft meeting's title, kind, date and place; the date may not pass its actions' dates. */
export const updateMeeting = refuseWhenBusy(async function updateMeeting(client: Db, viewer: Viewer, input: unknown, today: string = todayJakarta()): Promise<FormResult> {
  const parsed = meetingEditSchemaFor(today).safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { meetingId, ...v } = parsed.data;
  const m = await managed(client, viewer, meetingId);
  if (!m) return REFUSED;
  if (m.status === "TERKUNCI") return LOCKED;
  const date = dayOf(v.date);
  return client.$transaction(async (tx): Promise<FormResult> => {
    const before = await tx.meeting.findUniqueOrThrow({ where: { id: meetingId }, select: { title: true, kind: true, date: true, place: true, previousId: true, status: true } });
    if (before.status === "TERKUNCI") return LOCKED;
    let previousId = before.previousId;
    if (date.getTime() !== before.date.getTime()) {
      const conflict = await dateConflict(tx, meetingId, date);
      if (conflict) return { ok: false, message: conflict, fieldErrors: { date: conflict } };
      // The previous meeting follows the new date, as at creation (same day: the one created first).
      const prev = await tx.meeting.findFirst({ where: { areaCode: m.areaCode, id: { not: meetingId }, OR: [{ date: { lt: date } }, { date, id: { lt: meetingId } }] }, orderBy: [{ date: "desc" }, { id: "desc" }], select: { id: true } });
      previousId = prev?.id ?? null;
    }
    const after = await tx.meeting.update({ where: { id: meetingId }, data: { ...v, date, previousId }, select: { title: true, kind: true, date: true, place: true, previousId: true } });
    await writeAudit(tx, { userId: viewer.id, action: "UPDATE", entity: "Meeting", entityId: meetingId, before: { ...before, status: undefined }, after });
    return { ok: true, message: "Data rapat disimpan." };
  });
});

/** Deletes a draft meeting with its attendees, agenda and actions; refused once locked or once an action has progress. */
export const deleteMeeting = refuseWhenBusy(async function deleteMeeting(client: Db, viewer: Viewer, input: unknown): Promise<FormResult> {
  const parsed = meetingDeleteSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const m = await managed(client, viewer, parsed.data.meetingId);
  if (!m) return REFUSED;
  const lockedMsg: FormResult = { ok: false, message: "Rapat yang sudah dikunci tidak dapat dihapus: rapat itu catatan resmi angka dan keputusan yang dibahas." };
  if (m.status === "TERKUNCI") return lockedMsg;
  return client.$transaction(async (tx): Promise<FormResult> => {
    const full = await tx.meeting.findUniqueOrThrow({ where: { id: m.id }, include: { attendees: true, agenda: true, actions: { include: { _count: { select: { progress: true } } } } } });
    if (full.status === "TERKUNCI") return lockedMsg;
    // Progress is someone else's report (often the owner OPD's); deleting the meeting would silently take it along.
    const reported = full.actions.find((a) => a._count.progress > 0);
    if (reported) return { ok: false, message: `Rapat ini tidak dapat dihapus: tindakan “${reported.text}” sudah punya catatan perkembangan.` };
    // Meetings that counted this one as their previous meeting now follow the one before it.
    await tx.meeting.updateMany({ where: { previousId: m.id }, data: { previousId: full.previousId } });
    await tx.meeting.delete({ where: { id: m.id } });
    await writeAudit(tx, { userId: viewer.id, action: "DELETE", entity: "Meeting", entityId: m.id, before: full });
    return { ok: true, message: `Rapat “${full.title}” (${dateText(ymdOf(full.date))}) dihapus.` };
  });
});

/** Moves a draft meeting's agenda item one place up or down; the items are renumbered 1…n. */
export const moveAgendaItem = refuseWhenBusy(async function moveAgendaItem(client: Db, viewer: Viewer, meetingId: number, itemId: number, direction: "naik" | "turun"): Promise<FormResult> {
  const m = await managed(client, viewer, meetingId);
  if (!m) return REFUSED;
  if (m.status === "TERKUNCI") return LOCKED;
  return client.$transaction(async (tx): Promise<FormResult> => {
    const items = await tx.agendaItem.findMany({ where: { meetingId }, orderBy: [{ order: "asc" }, { id: "asc" }], select: { id: true, order: true, title: true } });
    const i = items.findIndex((a) => a.id === itemId);
    if (i < 0) return { ok: false, message: "Agenda tidak ditemukan." };
    const j = direction === "naik" ? i - 1 : i + 1;
    if (j < 0 || j >= items.length) return { ok: false, message: direction === "naik" ? "Agenda ini sudah yang pertama." : "Agenda ini sudah yang terakhir." };
    const moved = [...items];
    [moved[i], moved[j]] = [moved[j]!, moved[i]!];
    for (const [k, it] of moved.entries()) if (it.order !== k + 1) await tx.agendaItem.update({ where: { id: it.id }, data: { order: k + 1 } });
    await writeAudit(tx, { userId: viewer.id, action: "UPDATE", entity: "AgendaItem", entityId: itemId, before: { order: items.map((a) => a.id) }, after: { order: moved.map((a) => a.id) } });
    return { ok: true, message: `Agenda “${items[i]!.title}” dipindah ke urutan ${j + 1}.` };
  });
});

/**
 * Moves a draft's agenda item to another area inside the meeting's (the rule of adding one); its kind, indicator and
 * period stay. Refused once locked: the item's figures are then frozen for the area the room saw.
 */
export const updateAgendaArea = refuseWhenBusy(async function updateAgendaArea(client: Db, viewer: Viewer, input: unknown): Promise<FormResult> {
  const parsed = agendaAreaSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { meetingId, itemId, areaCode } = parsed.data;
  const m = await managed(client, viewer, meetingId);
  if (!m) return REFUSED;
  if (m.status === "TERKUNCI") return LOCKED;
  if (areaCode && !(areaCode === m.areaCode || areaCode.startsWith(`${m.areaCode}.`))) return { ok: false, message: "Wilayah agenda harus di dalam wilayah rapat.", fieldErrors: { areaCode: "Di luar wilayah rapat" } };
  const area = await client.area.findUnique({ where: { code: areaCode ?? m.areaCode }, select: { name: true, level: true } });
  if (!area) return { ok: false, message: "Wilayah tidak ditemukan.", fieldErrors: { areaCode: "Wilayah tidak ditemukan" } };
  return client.$transaction(async (tx): Promise<FormResult> => {
    const item = await tx.agendaItem.findFirst({ where: { id: itemId, meetingId }, select: { title: true, areaCode: true, meeting: { select: { status: true } } } });
    if (!item) return { ok: false, message: "Agenda tidak ditemukan." };
    if (item.meeting.status === "TERKUNCI") return LOCKED;
    const name = areaTitle(area.level, area.name);
    if (item.areaCode === areaCode) return { ok: true, message: `Wilayah agenda “${item.title}” tetap ${name}.` };
    await tx.agendaItem.update({ where: { id: itemId }, data: { areaCode } });
    await writeAudit(tx, { userId: viewer.id, action: "UPDATE", entity: "AgendaItem", entityId: itemId, before: { areaCode: item.areaCode }, after: { areaCode } });
    // A suggested title names its area; the room would read the old one over the new figures.
    const old = await tx.area.findUnique({ where: { code: item.areaCode ?? m.areaCode }, select: { code: true, name: true, level: true } });
    const stale = old && staleAreaName(item.title, areaCode ?? m.areaCode, [old]);
    const hint = stale ? ` Judulnya masih menyebut ${areaTitle(stale.level, stale.name)}: perbarui lewat “Ubah judul”.` : "";
    return { ok: true, message: `Wilayah agenda “${item.title}” diubah ke ${name}.${hint}` };
  });
});

/**
 * Corrects a draft's agenda item title and discussion (a suggested title names its area and figures, which
 * "Ubah wilayah" leaves behind). Refused once locked: the title is then what the room saw.
 */
export const updateAgendaText = refuseWhenBusy(async function updateAgendaText(client: Db, viewer: Viewer, input: unknown): Promise<FormResult> {
  const parsed = agendaTextSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { meetingId, itemId, title, discussion } = parsed.data;
  const m = await managed(client, viewer, meetingId);
  if (!m) return REFUSED;
  if (m.status === "TERKUNCI") return LOCKED;
  return client.$transaction(async (tx): Promise<FormResult> => {
    const item = await tx.agendaItem.findFirst({ where: { id: itemId, meetingId }, select: { title: true, discussion: true, meeting: { select: { status: true } } } });
    if (!item) return { ok: false, message: "Agenda tidak ditemukan." };
    if (item.meeting.status === "TERKUNCI") return LOCKED;
    if (item.title === title && item.discussion === discussion) return { ok: true, message: `Agenda “${title}” tidak berubah.` };
    const after = await tx.agendaItem.update({ where: { id: itemId }, data: { title, discussion }, select: { title: true, discussion: true } });
    await writeAudit(tx, { userId: viewer.id, action: "UPDATE", entity: "AgendaItem", entityId: itemId, before: { title: item.title, discussion: item.discussion }, after });
    return { ok: true, message: item.title === title ? `Pembahasan agenda “${title}” disimpan.` : `Judul agenda “${item.title}” diubah menjadi “${title}”.` };
  });
});

// ── form actions ──
export async function updateMeetingAction(_prev: FormResult | null, form: FormData): Promise<FormResult> {
  "use server";
  const result = await updateMeeting(db(), await requireViewer(), Object.fromEntries(form));
  if (result.ok) {
    revalidatePath("/rapat");
    revalidatePath(`/rapat/${Number(form.get("meetingId"))}`);
  }
  return result.ok ? result : { ...result, values: formValues(form) };
}

export async function deleteMeetingAction(_prev: FormResult | null, form: FormData): Promise<FormResult> {
  "use server";
  const result = await deleteMeeting(db(), await requireViewer(), Object.fromEntries(form));
  if (!result.ok) return result;
  revalidatePath("/rapat");
  // The meeting's page is gone: the list says so (by a flag, not the message: a URL must not put text on the page).
  redirect("/rapat?dihapus=1");
}

export async function updateAgendaAreaAction(_prev: FormResult | null, form: FormData): Promise<FormResult> {
  "use server";
  const result = await updateAgendaArea(db(), await requireViewer(), Object.fromEntries(form));
  if (result.ok) revalidatePath(`/rapat/${Number(form.get("meetingId"))}`);
  return result.ok ? result : { ...result, values: formValues(form) };
}

export async function updateAgendaTextAction(_prev: FormResult | null, form: FormData): Promise<FormResult> {
  "use server";
  const result = await updateAgendaText(db(), await requireViewer(), Object.fromEntries(form));
  if (result.ok) revalidatePath(`/rapat/${Number(form.get("meetingId"))}`);
  return result.ok ? result : { ...result, values: formValues(form) };
}
