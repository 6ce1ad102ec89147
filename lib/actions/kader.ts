import "server-only";
// Server actions of a posyandu's kader roster: add/edit a kader, end their
// service (the membership gets an end date; history is never deleted) and add
// a training record. Same roles and scope as the posyandu register; inline
// "use server" actions wrap testable cores, as in lib/actions/posyandu.ts.
import { revalidatePath } from "next/cache";
import { db, type Db } from "../db/client";
import { requireViewer } from "../auth/viewer";
import { canEnterData, canViewArea, posyanduWhere, scopeOf, type Viewer } from "../auth/scope";
import { writeAudit } from "../audit";
import { refuseWhenBusy } from "../db/busy";
import { refreshRollups } from "../rollup/refresh";
import { dayOf, formValues, invalid, todayJakarta, type FormResult } from "../validations/posyandu";
import { endServiceSchema, kaderSchema, trainingSchema } from "../validations/kader";
import type { Tx } from "../import/kind";

const REFUSED: FormResult = { ok: false, message: "Peran Anda tidak dapat mengubah data kader." };
const NOT_FOUND: FormResult = { ok: false, message: "Posyandu tidak ditemukan atau di luar wilayah Anda." };
const KADER = { id: true, code: true, name: true, gender: true, birthYear: true, active: true, level: true, levelOrigin: true } as const;
const ymd = (d: Date) => d.toISOString().slice(0, 10);
const plain = (m: { id: number; posyanduId: number; startDate: Date; endDate: Date | null }) => ({ id: m.id, posyanduId: m.posyanduId, startDate: m.startDate, endDate: m.endDate });

/** The posyandu the viewer may write to, or null. */
async function writablePosyandu(client: Db | Tx, viewer: Viewer, code: string) {
  if (!canEnterData(viewer.role)) return null;
  return client.posyandu.findFirst({ where: { AND: [posyanduWhere(scopeOf(viewer)), { code }] }, select: { id: true, name: true } });
}

/** A kader with a membership (open or closed) at this posyandu, with all their memberships. */
async function kaderHere(tx: Tx, viewer: Viewer, posyanduId: number, code: string) {
  const kader = await tx.kader.findUnique({
    where: { code },
    select: { ...KADER, memberships: { select: { id: true, posyanduId: true, startDate: true, endDate: true, posyandu: { select: { kelurahanCode: true } } } } },
  });
  if (!kader || !kader.memberships.some((m) => m.posyanduId === posyanduId)) return null;
  const scope = scopeOf(viewer);
  const open = kader.memberships.filter((m) => m.endDate === null);
  // Like the importer: a kader also serving outside the viewer's scope is not theirs to change.
  const elsewhereOutOfScope = open.some((m) => m.posyanduId !== posyanduId && !canViewArea(scope, m.posyandu.kelurahanCode));
  return { kader, open, elsewhereOutOfScope };
}

/** Adds a kader to the posyandu (mode "baru") or edits one serving or having served there (mode "ubah"). */
export const saveKader = refuseWhenBusy(async function saveKader(client: Db, viewer: Viewer, posyanduCode: string, input: unknown, today: string = todayJakarta()): Promise<FormResult> {
  const parsed = kaderSchema(today).safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const v = parsed.data;
  if (!canEnterData(viewer.role)) return REFUSED;
  const posyandu = await writablePosyandu(client, viewer, posyanduCode);
  if (!posyandu) return NOT_FOUND;
  const person = { name: v.name, gender: v.gender, birthYear: v.birthYear, level: v.level };
  return client.$transaction(async (tx): Promise<FormResult> => {
    if (v.mode === "baru") {
      if (await tx.kader.findUnique({ where: { code: v.code }, select: { id: true } })) {
        return { ok: false, message: `Kode kader ${v.code} sudah dipakai.`, fieldErrors: { code: `Kode ${v.code} sudah dipakai kader lain` } };
      }
      const kader = await tx.kader.create({ data: { code: v.code, ...person, levelOrigin: v.level ? "INPUT" : null, active: true }, select: KADER });
      const membership = await tx.kaderMembership.create({ data: { kaderId: kader.id, posyanduId: posyandu.id, startDate: dayOf(v.startDate) } });
      await writeAudit(tx, { userId: viewer.id, action: "CREATE", entity: "Kader", entityId: kader.id, after: kader });
      await writeAudit(tx, { userId: viewer.id, action: "CREATE", entity: "KaderMembership", entityId: membership.id, after: membership });
      await refreshRollups(tx, { posyanduIds: [posyandu.id], all: true });
      return { ok: true, message: `Kader ${kader.name} ditambahkan ke ${posyandu.name}.` };
    }
    const found = await kaderHere(tx, viewer, posyandu.id, v.code);
    if (!found) return { ok: false, message: `Kader ${v.code} tidak terdaftar di posyandu ini.` };
    if (found.elsewhereOutOfScope) return { ok: false, message: `Kader ${v.code} juga bertugas di posyandu di luar wilayah Anda; minta admin mengubahnya.` };
    const { kader, open } = found;
    const openHere = open.find((m) => m.posyanduId === posyandu.id);
    let membershipChanged = false;
    if (openHere && v.active && ymd(openHere.startDate) !== v.startDate) {
      membershipChanged = true;
      const after = await tx.kaderMembership.update({ where: { id: openHere.id }, data: { startDate: dayOf(v.startDate) } });
      await writeAudit(tx, { userId: viewer.id, action: "UPDATE", entity: "KaderMembership", entityId: openHere.id, before: plain(openHere), after });
    }
    if (openHere && !v.active) {
      const after = await tx.kaderMembership.update({ where: { id: openHere.id }, data: { endDate: dayOf(today) } });
      await writeAudit(tx, { userId: viewer.id, action: "END_SERVICE", entity: "KaderMembership", entityId: openHere.id, before: plain(openHere), after });
      membershipChanged = true;
    }
    if (!openHere && v.active) {
      const lastEnd = kader.memberships.filter((m) => m.posyanduId === posyandu.id && m.endDate).map((m) => ymd(m.endDate!)).sort().at(-1);
      if (lastEnd && v.startDate < lastEnd) {
        return { ok: false, message: "Tanggal mulai bertugas terlalu awal.", fieldErrors: { startDate: `Mulai bertugas kembali harus sesudah akhir tugas sebelumnya (${lastEnd})` } };
      }
      const membership = await tx.kaderMembership.create({ data: { kaderId: kader.id, posyanduId: posyandu.id, startDate: dayOf(v.startDate) } });
      await writeAudit(tx, { userId: viewer.id, action: "CREATE", entity: "KaderMembership", entityId: membership.id, after: membership });
      membershipChanged = true;
    }
    const stillServing = open.some((m) => m.posyanduId !== posyandu.id) || v.active;
    const origin = v.level === kader.level ? kader.levelOrigin : v.level ? "INPUT" : null;
    const { memberships: _m, ...before } = kader;
    void _m;
    const after = await tx.kader.update({ where: { id: kader.id }, data: { ...person, levelOrigin: origin, active: stillServing }, select: KADER });
    if (JSON.stringify(after) !== JSON.stringify(before)) await writeAudit(tx, { userId: viewer.id, action: "UPDATE", entity: "Kader", entityId: kader.id, before, after });
    // Kader counts (AreaKader) and, with an SK, Posyandu Aktif of every posyandu the kader serves or served at, after the level is saved.
    if (membershipChanged || after.level !== before.level) await refreshRollups(tx, { posyanduIds: [posyandu.id, ...kader.memberships.map((m) => m.posyanduId)], all: true });
    return { ok: true, message: `Data kader ${after.name} disimpan.` };
  });
});

/** Ends a kader's service at this posyandu: closes the open membership on `endDate`. */
export const endKaderService = refuseWhenBusy(async function endKaderService(client: Db, viewer: Viewer, posyanduCode: string, input: unknown, today: string = todayJakarta()): Promise<FormResult> {
  const parsed = endServiceSchema(today).safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const v = parsed.data;
  if (!canEnterData(viewer.role)) return REFUSED;
  const posyandu = await writablePosyandu(client, viewer, posyanduCode);
  if (!posyandu) return NOT_FOUND;
  return client.$transaction(async (tx): Promise<FormResult> => {
    const found = await kaderHere(tx, viewer, posyandu.id, v.kaderCode);
    const openHere = found?.open.find((m) => m.posyanduId === posyandu.id);
    if (!found || !openHere) return { ok: false, message: `Kader ${v.kaderCode} tidak sedang bertugas di posyandu ini.` };
    if (v.endDate < ymd(openHere.startDate)) {
      return { ok: false, message: "Tanggal berhenti terlalu awal.", fieldErrors: { endDate: `Tanggal berhenti tidak boleh sebelum mulai bertugas (${ymd(openHere.startDate)})` } };
    }
    const after = await tx.kaderMembership.update({ where: { id: openHere.id }, data: { endDate: dayOf(v.endDate) } });
    // A kader with an SK who stops serving can change the posyandu's Posyandu Aktif status.
    await refreshRollups(tx, { posyanduIds: [posyandu.id], all: true });
    await writeAudit(tx, { userId: viewer.id, action: "END_SERVICE", entity: "KaderMembership", entityId: openHere.id, before: plain(openHere), after });
    const stillServing = found.open.some((m) => m.id !== openHere.id);
    if (found.kader.active !== stillServing) {
      await tx.kader.update({ where: { id: found.kader.id }, data: { active: stillServing } });
      await writeAudit(tx, { userId: viewer.id, action: "UPDATE", entity: "Kader", entityId: found.kader.id, before: { active: found.kader.active }, after: { active: stillServing } });
    }
    return { ok: true, message: `Masa tugas ${found.kader.name} di ${posyandu.name} diakhiri per ${v.endDate}. Riwayatnya tetap tersimpan.` };
  });
});

/** Records a training of a kader who serves or served at this posyandu. */
export const addKaderTraining = refuseWhenBusy(async function addKaderTraining(client: Db, viewer: Viewer, posyanduCode: string, input: unknown, today: string = todayJakarta()): Promise<FormResult> {
  const parsed = trainingSchema(today).safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const v = parsed.data;
  if (!canEnterData(viewer.role)) return REFUSED;
  const posyandu = await writablePosyandu(client, viewer, posyanduCode);
  if (!posyandu) return NOT_FOUND;
  return client.$transaction(async (tx): Promise<FormResult> => {
    const found = await kaderHere(tx, viewer, posyandu.id, v.kaderCode);
    if (!found) return { ok: false, message: `Kader ${v.kaderCode} tidak terdaftar di posyandu ini.`, fieldErrors: { kaderCode: "Pilih kader posyandu ini" } };
    // A basic training changes "kader terlatih" at every posyandu the kader serves: not the viewer's to change where
    // the kader also serves outside their area (as for the kader's own details in saveKader).
    if (found.elsewhereOutOfScope) return { ok: false, message: `Kader ${v.kaderCode} juga bertugas di posyandu di luar wilayah Anda; minta admin mencatat pelatihannya.` };
    const training = await tx.kaderTraining.create({ data: { kaderId: found.kader.id, type: v.type, date: dayOf(v.date), organizer: v.organizer } });
    await writeAudit(tx, { userId: viewer.id, action: "CREATE", entity: "KaderTraining", entityId: training.id, after: training });
    // A basic training makes the kader "terlatih" from its date on, at every posyandu they serve or served at.
    if (v.type === "DASAR") await refreshRollups(tx, { posyanduIds: [...new Set(found.kader.memberships.map((m) => m.posyanduId))], all: true });
    return { ok: true, message: `Pelatihan ${found.kader.name} dicatat.` };
  });
});

async function run(form: FormData, core: typeof saveKader): Promise<FormResult> {
  const viewer = await requireViewer();
  const code = String(form.get("posyanduCode") ?? "");
  const result = await core(db(), viewer, code, Object.fromEntries(form));
  if (!result.ok) return { ...result, values: formValues(form) };
  revalidatePath(`/posyandu/${encodeURIComponent(code)}/kader`);
  revalidatePath("/posyandu");
  return result;
}

/** Form action: add or edit a kader of the posyandu in the hidden `posyanduCode` field. */
export async function saveKaderAction(_prev: FormResult | null, form: FormData): Promise<FormResult> {
  "use server";
  return run(form, saveKader);
}

/** Form action: end a kader's service. */
export async function endKaderServiceAction(_prev: FormResult | null, form: FormData): Promise<FormResult> {
  "use server";
  return run(form, endKaderService);
}

/** Form action: add a training record. */
export async function addKaderTrainingAction(_prev: FormResult | null, form: FormData): Promise<FormResult> {
  "use server";
  return run(form, addKaderTraining);
}
