// Every server action as a write the scope test attempts: `run` calls the core
// the action wraps (lib/actions/*, lib/import/*) as one demo role against one
// place and returns its answer ({ ok, message }). Keys are action names
// ("name:op" where one action has several operations); write-scope.test.ts
// checks they cover tests/e2e/scope-routes.ts SERVER_ACTIONS.
import type { DemoDb } from "../helpers/demo-db";
import type { ScopeFixture } from "../helpers/scope-fixture";
import type { Actor, Place, Places } from "./write-scope-places";
import { addAction, addProgress, updateAction } from "@/lib/actions/tindakan";
import { deleteMeeting, moveAgendaItem, updateAgendaArea, updateAgendaText, updateMeeting } from "@/lib/actions/meeting-edit";
import { addAgendaItem, addAttendee, createMeeting, removeAgendaItem, removeAttendee } from "@/lib/actions/meetings";
import { lockMeeting } from "@/lib/actions/meeting-lock";
import { addKaderTraining, endKaderService, saveKader } from "@/lib/actions/kader";
import { createPosyandu, updatePosyandu } from "@/lib/actions/posyandu";
import { saveMonthlyGrid, saveProfile } from "@/lib/actions/reports";
import { saveNutrition } from "@/lib/actions/nutrition";
import { createUserInScope, deleteTarget, issueTokenForUser, resetUserPassword, revokeToken, setTarget, setUserActive, signOutUserEverywhere } from "@/lib/actions/admin";
import { deleteNameMapping, saveNameMapping } from "@/lib/import/mapping";
import { undoImportBatch } from "@/lib/import/undo";

export const TODAY = "2026-11-23";

export type Ctx = { t: DemoDb; fx: ScopeFixture; places: Places; foreignImportBatch: number };
/** A core's answer: accepted or not, and the message the form would show. */
export type Answer = { ok: boolean; message?: string };
type Run = (c: Ctx, who: Actor, at: Place) => Promise<Answer>;

export type WriteCase = {
  /** Roles that may make this write at the own place; every other role is refused there too. */
  allowed: readonly Actor[];
  /** Who makes the allowed control write at the own place (it must succeed, so the input is valid). */
  control: Actor;
  run: Run;
  /** Further writes that must be refused, e.g. moving an own posyandu into another kelurahan. */
  extra?: { what: string; who: Actor; run: (c: Ctx) => Promise<Answer> }[];
};

const ENTRY: readonly Actor[] = ["admin", "lurah", "puskesmas"];
const CHAIRS: readonly Actor[] = ["admin", "camat"];
const ADMIN: readonly Actor[] = ["admin"];
/** saveNameMapping answers an Indonesian error or null. */
const mapped = async (p: Promise<string | null>): Promise<Answer> => {
  const error = await p;
  return error === null ? { ok: true } : { ok: false, message: error };
};
const v = (c: Ctx, who: Actor) => c.t.viewers[who];

const kader = (code: string) => ({ mode: "baru", code, name: "Sri Cakupan", gender: "P", birthYear: "1985", startDate: "2024-02-01", active: "on", level: "purwa" });
const posyandu = (code: string, kelurahanCode: string, over: Record<string, unknown> = {}) => ({ code, name: "Anggrek Cakupan", kelurahanCode, rw: "RW 09", active: "on", ...over });
const grid = (posyanduId: number) => ({ periode: "2026-10", rows: [{ posyanduId, buka: true, kader_bertugas: "6", s: "81", k: "75", d: "61", n: "50", bgm: "1", t2: "2" }] });
const profile = (posyanduId: number) => ({ posyanduId: String(posyanduId), tahun: "2025", cakupan_kia: "72,5", cakupan_kb: "65", cakupan_imunisasi: "88", program_tambahan: "ya", dana_sehat: "55", alat_ukur_lengkap: "tidak" });
const gizi = (posyanduId: number) => ({
  posyanduId: String(posyanduId), periode: "2026-08", sumber: "manual",
  diukur_tb: "70", sangat_pendek: "3", pendek: "8", diukur_bb_tb: "70", gizi_buruk: "1", gizi_kurang: "4", diukur_bb: "72", bb_sangat_kurang: "2", bb_kurang: "7",
});
const PASSWORD = "Lumbung-Padi-7319";
/** The title of the draft meeting writeScopeCtx makes for deleteMeetingAction's control. */
export const SPARE_MEETING = "Rapat ganda";

export const WRITE_CASES: Record<string, WriteCase> = {
  createPosyanduAction: {
    allowed: ENTRY, control: "lurah",
    run: (c, who, at) => createPosyandu(c.t.db, v(c, who), posyandu("PCAKUPAN1", at.kelurahan), TODAY),
    extra: [{ what: "an own kelurahan with another kota's puskesmas", who: "lurah", run: (c) => createPosyandu(c.t.db, v(c, "lurah"), posyandu("PCAKUPAN2", c.places.own.kelurahan, { puskesmasId: String(c.fx.puskesmasId) }), TODAY) }],
  },
  updatePosyanduAction: {
    allowed: ENTRY, control: "lurah",
    run: (c, who, at) => updatePosyandu(c.t.db, v(c, who), at.posyanduCode, posyandu(at.posyanduCode, at.kelurahan, { name: "Nama Cakupan" }), TODAY),
    extra: [
      { what: "moving an own posyandu into another kelurahan", who: "lurah", run: (c) => updatePosyandu(c.t.db, v(c, "lurah"), c.places.own.posyanduCode, posyandu(c.places.own.posyanduCode, c.places.other.lurah.kelurahan), TODAY) },
      { what: "moving an own posyandu into another kota", who: "admin", run: (c) => updatePosyandu(c.t.db, v(c, "admin"), c.places.own.posyanduCode, posyandu(c.places.own.posyanduCode, c.fx.kelurahan.code), TODAY) },
    ],
  },
  saveKaderAction: { allowed: ENTRY, control: "lurah", run: (c, who, at) => saveKader(c.t.db, v(c, who), at.posyanduCode, kader("KCAKUPAN1"), TODAY) },
  endKaderServiceAction: { allowed: ENTRY, control: "lurah", run: (c, who, at) => endKaderService(c.t.db, v(c, who), at.posyanduCode, { kaderCode: at.kaderCode, endDate: "2026-11-20" }, TODAY) },
  addKaderTrainingAction: {
    allowed: ENTRY, control: "lurah",
    run: (c, who, at) => addKaderTraining(c.t.db, v(c, who), at.posyanduCode, { kaderCode: at.kaderCode, type: "PENYEGARAN", date: "12/03/2025", organizer: "Dinkes" }, TODAY),
    extra: [{ what: "another posyandu's kader through an own posyandu", who: "lurah", run: (c) => addKaderTraining(c.t.db, v(c, "lurah"), c.places.own.posyanduCode, { kaderCode: c.places.other.lurah.kaderCode, type: "DASAR", date: "12/03/2025", organizer: "x" }, TODAY) }],
  },
  saveMonthlyGridAction: {
    allowed: ENTRY, control: "lurah",
    run: (c, who, at) => saveMonthlyGrid(c.t.db, v(c, who), grid(at.posyanduId), TODAY),
    extra: [{ what: "an own row next to another area's row", who: "lurah", run: (c) => saveMonthlyGrid(c.t.db, v(c, "lurah"), { periode: "2026-10", rows: [...grid(c.places.own.posyanduId).rows, ...grid(c.places.other.lurah.posyanduId).rows] }, TODAY) }],
  },
  saveProfileAction: { allowed: ENTRY, control: "lurah", run: (c, who, at) => saveProfile(c.t.db, v(c, who), profile(at.posyanduId), TODAY) },
  saveNutritionAction: { allowed: ENTRY, control: "lurah", run: (c, who, at) => saveNutrition(c.t.db, v(c, who), gizi(at.posyanduId), TODAY) },
  saveMappingAction: {
    allowed: ENTRY, control: "lurah",
    run: (c, who, at) => mapped(saveNameMapping(c.t.db, v(c, who), { kind: "KELURAHAN", sourceName: "KEL CAKUPAN", kelurahanCode: at.kelurahan })),
    extra: [{ what: "another kelurahan's posyandu under an own kelurahan", who: "lurah", run: (c) => mapped(saveNameMapping(c.t.db, v(c, "lurah"), { kind: "POSYANDU", sourceName: "POS CAKUPAN", kelurahanCode: c.places.own.kelurahan, posyanduId: c.places.other.lurah.posyanduId })) }],
  },
  deleteMappingAction: {
    allowed: ENTRY, control: "lurah",
    run: async (c, who, at) => {
      const m = await c.t.db.nameMapping.findFirstOrThrow({ where: { kelurahanCode: at.kelurahan, sourceKey: { contains: "|hapus cakupan " } } });
      return mapped(deleteNameMapping(c.t.db, v(c, who), m.id));
    },
  },
  undoBatchAction: {
    allowed: ADMIN, control: "admin",
    run: (c, who, at) => undoImportBatch(c.t.db, v(c, who), at.batchId, new Date()),
    extra: [{ what: "another kota's batch that holds rows", who: "admin", run: (c) => undoImportBatch(c.t.db, v(c, "admin"), c.foreignImportBatch, new Date()) }],
  },
  createMeetingAction: {
    allowed: CHAIRS, control: "camat",
    run: (c, who, at) => createMeeting(c.t.db, v(c, who), { areaCode: at.meetingArea, title: "Rapat Cakupan", date: "2026-11-20", place: "Aula", kind: "RAPAT_RUTIN" }, TODAY),
  },
  addAttendeeAction: { allowed: CHAIRS, control: "camat", run: (c, who, at) => addAttendee(c.t.db, v(c, who), { meetingId: at.meetingId, sector: "DINKES", name: "Peserta Cakupan", position: "" }) },
  addAgendaAction: {
    allowed: CHAIRS, control: "camat",
    run: (c, who, at) => addAgendaItem(c.t.db, v(c, who), { meetingId: at.meetingId, title: "Agenda Cakupan", kind: "LAINNYA", indicator: "", areaCode: "", period: "" }),
    extra: [{ what: "another kecamatan's figures on an own meeting", who: "camat", run: (c) => addAgendaItem(c.t.db, v(c, "camat"), { meetingId: c.places.own.meetingId, title: "Peta", kind: "PETA", indicator: "d_s", areaCode: "18.72.02", period: "2026-10" }) }],
  },
  addActionAction: {
    allowed: CHAIRS, control: "camat",
    run: (c, who, at) => addAction(c.t.db, v(c, who), { meetingId: at.meetingId, text: "Tindakan Cakupan", ownerSector: "PUSKESMAS", ownerName: "", dueDate: "2026-12-15", areaCode: "", indicator: "" }),
    extra: [{ what: "an action for another kecamatan on an own meeting", who: "camat", run: (c) => addAction(c.t.db, v(c, "camat"), { meetingId: c.places.own.meetingId, text: "x", ownerSector: "CAMAT", dueDate: "2026-12-15", areaCode: "18.72.02", indicator: "" }) }],
  },
  addProgressAction: {
    allowed: CHAIRS, control: "camat",
    run: (c, who, at) => addProgress(c.t.db, v(c, who), { actionId: at.actionId, note: "Perkembangan cakupan", newStatus: "PROSES", date: "2026-11-20" }, TODAY),
  },
  updateActionAction: {
    allowed: CHAIRS, control: "camat",
    run: (c, who, at) => updateAction(c.t.db, v(c, who), { actionId: at.actionId, text: "Tindakan Cakupan (koreksi)", ownerSector: "PUSKESMAS", ownerName: "", dueDate: "2026-12-15", areaCode: "", indicator: "" }),
  },
  updateMeetingAction: {
    allowed: CHAIRS, control: "camat",
    run: async (c, who, at) => {
      // Its own date (a read): the case is about who may correct, not which date fits the meeting's actions.
      const m = await c.t.db.meeting.findUniqueOrThrow({ where: { id: at.meetingId }, select: { date: true } });
      return updateMeeting(c.t.db, v(c, who), { meetingId: at.meetingId, title: "Rapat Cakupan (koreksi)", date: m.date.toISOString().slice(0, 10), place: "Aula", kind: "RAPAT_RUTIN" }, TODAY);
    },
  },
  deleteMeetingAction: {
    allowed: CHAIRS, control: "camat",
    run: async (c, who, at) => {
      // The control deletes the spare draft writeScopeCtx made: the own meeting is still needed by the cases after this one.
      if (who === "camat" && at === c.places.own) {
        const spare = await c.t.db.meeting.findFirstOrThrow({ where: { title: SPARE_MEETING }, select: { id: true } });
        return deleteMeeting(c.t.db, v(c, who), { meetingId: spare.id, yakin: "on" });
      }
      return deleteMeeting(c.t.db, v(c, who), { meetingId: at.meetingId, yakin: "on" });
    },
  },
  "meetingOpAction:turun-agenda": { allowed: CHAIRS, control: "camat", run: (c, who, at) => moveAgendaItem(c.t.db, v(c, who), at.meetingId, at.agendaId, "turun") },
  // Before hapus-agenda (which removes the item) and kunci (after which the agenda is fixed).
  updateAgendaAreaAction: {
    allowed: CHAIRS, control: "camat",
    run: (c, who, at) => updateAgendaArea(c.t.db, v(c, who), { meetingId: at.meetingId, itemId: at.agendaId, areaCode: at.kelurahan }),
    extra: [{ what: "another kecamatan's area for an own meeting's agenda item", who: "camat", run: (c) => updateAgendaArea(c.t.db, v(c, "camat"), { meetingId: c.places.own.meetingId, itemId: c.places.own.agendaId, areaCode: "18.72.02" }) }],
  },
  updateAgendaTextAction: {
    allowed: CHAIRS, control: "camat",
    run: (c, who, at) => updateAgendaText(c.t.db, v(c, who), { meetingId: at.meetingId, itemId: at.agendaId, title: "Agenda cakupan (koreksi)", discussion: "Dibahas ulang" }),
    extra: [{ what: "an item of another meeting through an own meeting's id", who: "camat", run: (c) => updateAgendaText(c.t.db, v(c, "camat"), { meetingId: c.places.own.meetingId, itemId: c.places.other.camat.agendaId, title: "Agenda cakupan (koreksi)" }) }],
  },
  "meetingOpAction:hapus-peserta": { allowed: CHAIRS, control: "camat", run: (c, who, at) => removeAttendee(c.t.db, v(c, who), at.meetingId, at.attendeeId) },
  "meetingOpAction:hapus-agenda": { allowed: CHAIRS, control: "camat", run: (c, who, at) => removeAgendaItem(c.t.db, v(c, who), at.meetingId, at.agendaId) },
  // Last of the meeting cases: a locked meeting refuses attendee and agenda changes.
  "meetingOpAction:kunci": { allowed: CHAIRS, control: "camat", run: (c, who, at) => lockMeeting(c.t.db, v(c, who), at.meetingId, new Date("2026-11-20T03:00:00Z"), TODAY) },
  setTargetAction: {
    allowed: ADMIN, control: "admin",
    run: (c, who, at) => setTarget(c.t.db, v(c, who), { indicator: "wasting", year: "2026", areaCode: at.kelurahan, value: "5", source: "uji" }),
    // The fixture's second kota makes Kota Metro's admin one of two: the national row judges Bandar Lampung too.
    extra: [{ what: "a national target by a kota admin of a two-kota deployment", who: "admin", run: (c) => setTarget(c.t.db, v(c, "admin"), { indicator: "wasting", year: "2026", areaCode: "", value: "5", source: "uji" }) }],
  },
  deleteTargetAction: { allowed: ADMIN, control: "admin", run: (c, who, at) => deleteTarget(c.t.db, v(c, who), { id: String(at.targetId) }) },
  createUserAction: {
    allowed: ADMIN, control: "admin",
    run: (c, who, at) => createUserInScope(c.t.db, v(c, who), { username: "pengguna.cakupan", name: "Pengguna Cakupan", role: "KELURAHAN", scopeAreaCode: at.kelurahan, puskesmasId: "", password: PASSWORD, passwordConfirm: PASSWORD }),
    extra: [{ what: "a PUSKESMAS user of another kota's puskesmas", who: "admin", run: (c) => createUserInScope(c.t.db, v(c, "admin"), { username: "op.cakupan", name: "Operator", role: "PUSKESMAS", scopeAreaCode: "", puskesmasId: String(c.fx.puskesmasId), password: PASSWORD, passwordConfirm: PASSWORD }) }],
  },
  resetPasswordAction: { allowed: ADMIN, control: "admin", run: (c, who, at) => resetUserPassword(c.t.db, v(c, who), { userId: String(at.userId), password: PASSWORD, passwordConfirm: PASSWORD }) },
  signOutEverywhereAction: { allowed: ADMIN, control: "admin", run: (c, who, at) => signOutUserEverywhere(c.t.db, v(c, who), { userId: String(at.userId) }) },
  issueTokenAction: { allowed: ADMIN, control: "admin", run: (c, who, at) => issueTokenForUser(c.t.db, v(c, who), { userId: String(at.userId), name: "token cakupan" }) },
  revokeTokenAction: { allowed: ADMIN, control: "admin", run: (c, who, at) => revokeToken(c.t.db, v(c, who), { tokenId: String(at.tokenId) }) },
  // After the token cases: an inactive user gets no new token.
  setUserActiveAction: { allowed: ADMIN, control: "admin", run: (c, who, at) => setUserActive(c.t.db, v(c, who), { userId: String(at.userId), active: "false" }) },
};
