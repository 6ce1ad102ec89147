import "server-only";
// Server actions of the meeting record: create (optionally from the suggested
// agenda), attendees, agenda items and locking. Locking freezes every agenda
// item's figures and the kelurahan narratives in one transaction; a locked
// meeting's agenda and snapshots never change again. The attendance list stays
// open after locking: it is often typed up afterwards from the paper sign-in
// sheet, and it is no figure the room decided on (every change is audited).
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { db, type Db } from "../db/client";
import { requireViewer } from "../auth/viewer";
import type { Viewer } from "../auth/scope";
import { writeAudit } from "../audit";
import { refuseWhenBusy } from "../db/busy";
import { canManageMeeting, meetingLevelOf } from "../meetings/access";
import { agendaSchema, attendeeSchema, meetingSchemaFor } from "../validations/meetings";
import { dayOf, formValues, invalid, todayJakarta, type FormResult } from "../validations/posyandu";
import { suggestAgenda } from "../queries/meeting-agenda";
import { lockMeeting, managed } from "./meeting-lock";
import { moveAgendaItem } from "./meeting-edit";
import { previousMeeting } from "../queries/meetings";

const REFUSED: FormResult = { ok: false, message: "Anda tidak dapat mengubah rapat di wilayah ini." };
const REFUSED_NEW: FormResult = { ok: false, message: "Anda tidak dapat membuat rapat di wilayah ini." };
const LOCKED: FormResult = { ok: false, message: "Rapat sudah dikunci: agenda tidak dapat diubah lagi." };

/** Creates a meeting; with `saran` the suggested agenda becomes its draft agenda. */
export const createMeeting = refuseWhenBusy(async function createMeeting(client: Db, viewer: Viewer, input: unknown, today: string = todayJakarta()): Promise<FormResult & { id?: number }> {
  const parsed = meetingSchemaFor(today).safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const v = parsed.data;
  const level = meetingLevelOf(v.areaCode);
  if (!level || !canManageMeeting(viewer, v.areaCode)) return { ...REFUSED_NEW, fieldErrors: { areaCode: "Wilayah di luar kewenangan Anda" } };
  if (!(await client.area.findUnique({ where: { code: v.areaCode }, select: { code: true } }))) return { ok: false, message: "Wilayah tidak ditemukan.", fieldErrors: { areaCode: "Wilayah tidak ditemukan" } };
  const date = dayOf(v.date);
  const [prev, agenda] = await Promise.all([previousMeeting(v.areaCode, date), v.saran ? suggestAgenda(viewer, v.areaCode, date, today) : []]);
  const created = await client.$transaction(async (tx) => {
    const m = await tx.meeting.create({
      data: {
        level, areaCode: v.areaCode, date, place: v.place, kind: v.kind, title: v.title, createdById: viewer.id, previousId: prev?.id ?? null,
        agenda: { create: agenda.map((a, i) => ({ ...a, order: i + 1 })) },
      },
      select: { id: true, title: true, areaCode: true, date: true },
    });
    await writeAudit(tx, { userId: viewer.id, action: "CREATE", entity: "Meeting", entityId: m.id, after: { ...m, agenda: agenda.length } });
    return m;
  });
  return { ok: true, message: `Rapat "${created.title}" dibuat${agenda.length ? ` dengan ${agenda.length} agenda usulan` : ""}.`, id: created.id };
});

export const addAttendee = refuseWhenBusy(async function addAttendee(client: Db, viewer: Viewer, input: unknown): Promise<FormResult> {
  const parsed = attendeeSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const m = await managed(client, viewer, parsed.data.meetingId);
  if (!m) return REFUSED;
  const { meetingId, ...data } = parsed.data;
  await client.$transaction(async (tx) => {
    const a = await tx.meetingAttendee.create({ data: { meetingId, ...data } });
    // The audit says the list was completed after locking (from the sign-in sheet), not during the meeting.
    await writeAudit(tx, { userId: viewer.id, action: "CREATE", entity: "MeetingAttendee", entityId: a.id, after: { ...a, afterLock: m.status === "TERKUNCI" } });
  });
  return { ok: true, message: `${data.name} ditambahkan.` };
});

export const removeAttendee = refuseWhenBusy(async function removeAttendee(client: Db, viewer: Viewer, meetingId: number, attendeeId: number): Promise<FormResult> {
  const m = await managed(client, viewer, meetingId);
  if (!m) return REFUSED;
  return client.$transaction(async (tx) => {
    const a = await tx.meetingAttendee.findFirst({ where: { id: attendeeId, meetingId } });
    if (!a) return { ok: false, message: "Peserta tidak ditemukan." };
    await tx.meetingAttendee.delete({ where: { id: a.id } });
    await writeAudit(tx, { userId: viewer.id, action: "DELETE", entity: "MeetingAttendee", entityId: a.id, before: a, after: { afterLock: m.status === "TERKUNCI" } });
    return { ok: true, message: `${a.name} dihapus dari daftar hadir.` };
  });
});

export const addAgendaItem = refuseWhenBusy(async function addAgendaItem(client: Db, viewer: Viewer, input: unknown): Promise<FormResult> {
  const parsed = agendaSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const v = parsed.data;
  const m = await managed(client, viewer, v.meetingId);
  if (!m) return REFUSED;
  if (m.status === "TERKUNCI") return LOCKED;
  if (v.areaCode && !(v.areaCode === m.areaCode || v.areaCode.startsWith(`${m.areaCode}.`))) return { ok: false, message: "Wilayah agenda harus di dalam wilayah rapat.", fieldErrors: { areaCode: "Di luar wilayah rapat" } };
  // A well-formed code under the meeting's area may still name no area (a tampered form): its figures would be empty.
  if (v.areaCode && !(await client.area.findUnique({ where: { code: v.areaCode }, select: { code: true } }))) return { ok: false, message: "Wilayah tidak ditemukan.", fieldErrors: { areaCode: "Wilayah tidak ditemukan" } };
  if ((v.kind === "PETA" || v.kind === "GRAFIK") && (!v.indicator || !v.period)) {
    // Mark only what is missing: a filled period marked "Isi periode" sends the user to the wrong field.
    const missing = [!v.indicator && "indikator", !v.period && "periode"].filter(Boolean).join(" dan ");
    const fieldErrors = { ...(!v.indicator && { indicator: "Pilih indikator" }), ...(!v.period && { period: "Isi periode" }) };
    return { ok: false, message: `Agenda peta/grafik perlu ${missing}.`, fieldErrors };
  }
  await client.$transaction(async (tx) => {
    const last = await tx.agendaItem.findFirst({ where: { meetingId: m.id }, orderBy: { order: "desc" }, select: { order: true } });
    const { meetingId, ...data } = v;
    const a = await tx.agendaItem.create({ data: { meetingId, ...data, order: (last?.order ?? 0) + 1 } });
    await writeAudit(tx, { userId: viewer.id, action: "CREATE", entity: "AgendaItem", entityId: a.id, after: a });
  });
  return { ok: true, message: `Agenda "${v.title}" ditambahkan.` };
});

export const removeAgendaItem = refuseWhenBusy(async function removeAgendaItem(client: Db, viewer: Viewer, meetingId: number, itemId: number): Promise<FormResult> {
  const m = await managed(client, viewer, meetingId);
  if (!m) return REFUSED;
  if (m.status === "TERKUNCI") return LOCKED;
  return client.$transaction(async (tx) => {
    const a = await tx.agendaItem.findFirst({ where: { id: itemId, meetingId } });
    if (!a) return { ok: false, message: "Agenda tidak ditemukan." };
    await tx.agendaItem.delete({ where: { id: a.id } });
    await writeAudit(tx, { userId: viewer.id, action: "DELETE", entity: "AgendaItem", entityId: a.id, before: a });
    return { ok: true, message: `Agenda "${a.title}" dihapus.` };
  });
});

// ── form actions ──
const meetingPath = (id: number) => `/rapat/${id}`;

export async function createMeetingAction(_prev: FormResult | null, form: FormData): Promise<FormResult> {
  "use server";
  const viewer = await requireViewer();
  const result = await createMeeting(db(), viewer, Object.fromEntries(form));
  if (!result.ok || !result.id) return { ...result, values: formValues(form) };
  revalidatePath("/rapat");
  redirect(meetingPath(result.id));
}

export async function addAttendeeAction(_prev: FormResult | null, form: FormData): Promise<FormResult> {
  "use server";
  const result = await addAttendee(db(), await requireViewer(), Object.fromEntries(form));
  if (result.ok) revalidatePath(meetingPath(Number(form.get("meetingId"))));
  return result.ok ? result : { ...result, values: formValues(form) };
}

export async function addAgendaAction(_prev: FormResult | null, form: FormData): Promise<FormResult> {
  "use server";
  const result = await addAgendaItem(db(), await requireViewer(), Object.fromEntries(form));
  if (result.ok) revalidatePath(meetingPath(Number(form.get("meetingId"))));
  return result.ok ? result : { ...result, values: formValues(form) };
}

/** One small form per row/button: `op` = hapus-peserta | hapus-agenda | naik-agenda | turun-agenda | kunci. */
export async function meetingOpAction(_prev: FormResult | null, form: FormData): Promise<FormResult> {
  "use server";
  const viewer = await requireViewer();
  const meetingId = Number(form.get("meetingId"));
  const target = Number(form.get("targetId"));
  const op = String(form.get("op"));
  if (!Number.isInteger(meetingId) || meetingId <= 0) return { ok: false, message: "Rapat tidak valid." };
  const result =
    op === "hapus-peserta" ? await removeAttendee(db(), viewer, meetingId, target)
    : op === "hapus-agenda" ? await removeAgendaItem(db(), viewer, meetingId, target)
    : op === "naik-agenda" || op === "turun-agenda" ? await moveAgendaItem(db(), viewer, meetingId, target, op === "naik-agenda" ? "naik" : "turun")
    : op === "kunci" ? await lockMeeting(db(), viewer, meetingId)
    : { ok: false, message: "Perintah tidak dikenal." };
  revalidatePath(meetingPath(meetingId));
  return result;
}
