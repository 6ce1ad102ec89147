import "server-only";
// Server actions of follow-up actions (rencana tindak lanjut): record a decision
// in a meeting (also after locking: decisions are taken during the meeting),
// and report progress with an optional status change. Progress may come from
// the meeting's chair or a user of the owner OPD whose scope covers the action.
// Neither a due date nor a progress note may precede the meeting: a due date
// before it would show as "terlambat" at once, a note before it cannot be true.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { db, type Db } from "../db/client";
import { requireViewer } from "../auth/viewer";
import type { Viewer } from "../auth/scope";
import { writeAudit } from "../audit";
import { refuseWhenBusy } from "../db/busy";
import { canManageMeeting, canUpdateAction } from "../meetings/access";
import { actionEditSchema, actionSchema, beforeMeetingError, dateText, progressSchema } from "../validations/meetings";
import { dayOf, formValues, invalid, todayJakarta, type FormResult } from "../validations/posyandu";

const ymdOf = (d: Date) => d.toISOString().slice(0, 10);

export const addAction = refuseWhenBusy(async function addAction(client: Db, viewer: Viewer, input: unknown): Promise<FormResult> {
  const parsed = actionSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const v = parsed.data;
  const m = await client.meeting.findUnique({ where: { id: v.meetingId }, select: { id: true, areaCode: true, date: true } });
  if (!m || !canManageMeeting(viewer, m.areaCode)) return { ok: false, message: "Anda tidak dapat mencatat tindakan di rapat ini." };
  const early = beforeMeetingError("Batas waktu", v.dueDate, ymdOf(m.date));
  if (early) return { ok: false, message: "Batas waktu tidak boleh sebelum tanggal rapat.", fieldErrors: { dueDate: early } };
  if (v.areaCode && !(v.areaCode === m.areaCode || v.areaCode.startsWith(`${m.areaCode}.`))) return { ok: false, message: "Wilayah tindakan harus di dalam wilayah rapat.", fieldErrors: { areaCode: "Di luar wilayah rapat" } };
  const { meetingId, dueDate, ...data } = v;
  await client.$transaction(async (tx) => {
    const a = await tx.actionItem.create({ data: { meetingId, ...data, dueDate: dayOf(dueDate) } });
    await writeAudit(tx, { userId: viewer.id, action: "CREATE", entity: "ActionItem", entityId: a.id, after: a });
  });
  return { ok: true, message: "Tindakan dicatat." };
});

/**
 * Corrects an action's text, owner, due date, area, indicator or funding, with the creation rules; also after locking,
 * since an action is follow-up that lives on after the meeting. Its status changes only through progress notes.
 */
export const updateAction = refuseWhenBusy(async function updateAction(client: Db, viewer: Viewer, input: unknown): Promise<FormResult> {
  const parsed = actionEditSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { actionId, dueDate, ...data } = parsed.data;
  const before = await client.actionItem.findUnique({ where: { id: actionId }, include: { meeting: { select: { areaCode: true, date: true } } } });
  if (!before || !canManageMeeting(viewer, before.meeting.areaCode)) return { ok: false, message: "Anda tidak dapat mengubah tindakan ini." };
  const m = before.meeting;
  const early = beforeMeetingError("Batas waktu", dueDate, ymdOf(m.date));
  if (early) return { ok: false, message: "Batas waktu tidak boleh sebelum tanggal rapat.", fieldErrors: { dueDate: early } };
  if (data.areaCode && !(data.areaCode === m.areaCode || data.areaCode.startsWith(`${m.areaCode}.`))) return { ok: false, message: "Wilayah tindakan harus di dalam wilayah rapat.", fieldErrors: { areaCode: "Di luar wilayah rapat" } };
  await client.$transaction(async (tx) => {
    const after = await tx.actionItem.update({ where: { id: actionId }, data: { ...data, dueDate: dayOf(dueDate) } });
    await writeAudit(tx, { userId: viewer.id, action: "UPDATE", entity: "ActionItem", entityId: actionId, before: { ...before, meeting: undefined }, after });
  });
  return { ok: true, message: "Tindakan disimpan." };
});

/** `closed`: this note closed the action (selesai or batal), so it leaves the open lists. */
export const addProgress = refuseWhenBusy(async function addProgress(client: Db, viewer: Viewer, input: unknown, today: string = todayJakarta()): Promise<FormResult & { closed?: boolean }> {
  const parsed = progressSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const v = parsed.data;
  if (v.date > today) return { ok: false, message: "Tanggal catatan belum terjadi.", fieldErrors: { date: `Tanggal ${dateText(v.date)} belum terjadi` } };
  const [action, me] = await Promise.all([
    client.actionItem.findUnique({ where: { id: v.actionId }, select: { id: true, status: true, ownerSector: true, areaCode: true, meetingId: true, meeting: { select: { areaCode: true, date: true } } } }),
    client.user.findUnique({ where: { id: viewer.id }, select: { sector: true } }),
  ]);
  if (!action || !canUpdateAction(viewer, me?.sector ?? null, { ownerSector: action.ownerSector, areaCode: action.areaCode, meetingAreaCode: action.meeting.areaCode })) {
    return { ok: false, message: "Anda tidak dapat memperbarui tindakan ini." };
  }
  const early = beforeMeetingError("Tanggal", v.date, ymdOf(action.meeting.date));
  if (early) return { ok: false, message: "Tanggal catatan tidak boleh sebelum tanggal rapat.", fieldErrors: { date: early } };
  const changed = v.newStatus !== null && v.newStatus !== action.status;
  const closed = changed && (v.newStatus === "SELESAI" || v.newStatus === "BATAL");
  await client.$transaction(async (tx) => {
    const p = await tx.actionProgress.create({ data: { actionId: action.id, date: dayOf(v.date), note: v.note, newStatus: v.newStatus, authorId: viewer.id } });
    if (changed && v.newStatus) await tx.actionItem.update({ where: { id: action.id }, data: { status: v.newStatus, closedAt: closed ? dayOf(v.date) : null } });
    await writeAudit(tx, { userId: viewer.id, action: "PROGRESS", entity: "ActionItem", entityId: action.id, before: { status: action.status }, after: { status: v.newStatus ?? action.status, progressId: p.id } });
  });
  return { ok: true, message: changed ? "Perkembangan dicatat dan status diperbarui." : "Perkembangan dicatat.", closed };
});

export async function addActionAction(_prev: FormResult | null, form: FormData): Promise<FormResult> {
  "use server";
  const result = await addAction(db(), await requireViewer(), Object.fromEntries(form));
  if (result.ok) revalidatePath(`/rapat/${Number(form.get("meetingId"))}`);
  return result.ok ? result : { ...result, values: formValues(form) };
}

/** From a meeting page (`meetingId`) or /tindakan (`meetingId` 0): a saved correction reloads it with ?diubah=<id>. */
export async function updateActionAction(_prev: FormResult | null, form: FormData): Promise<FormResult> {
  "use server";
  const result = await updateAction(db(), await requireViewer(), Object.fromEntries(form));
  if (!result.ok) return { ...result, values: formValues(form) };
  const meetingId = Number(form.get("meetingId"));
  const actionId = Number(form.get("actionId"));
  revalidatePath("/tindakan");
  const onMeeting = Number.isInteger(meetingId) && meetingId > 0;
  if (onMeeting) revalidatePath(`/rapat/${meetingId}`);
  // The form closes with the save (its row shows the new values), taking its message along: the page says what was saved.
  redirect(onMeeting ? `/rapat/${meetingId}?diubah=${actionId}#tindakan` : `/tindakan?diubah=${actionId}`);
}

export async function addProgressAction(_prev: FormResult | null, form: FormData): Promise<FormResult> {
  "use server";
  const result = await addProgress(db(), await requireViewer(), Object.fromEntries(form));
  const meetingId = Number(form.get("meetingId"));
  if (result.ok) {
    revalidatePath("/tindakan");
    revalidatePath(`/rapat/${meetingId}`);
  }
  // A closed action leaves the open list (on /tindakan, and the carried list of a meeting) with its form and the
  // form's message: the page says instead what was closed, as /tindakan does above its "baru diselesaikan" list.
  if (result.ok && result.closed) redirect(meetingId === 0 ? `/tindakan?ditutup=${Number(form.get("actionId"))}` : `/rapat/${meetingId}?ditutup=${Number(form.get("actionId"))}#tindakan`);
  return result.ok ? result : { ...result, values: formValues(form) };
}
