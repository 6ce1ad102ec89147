// Correcting a meeting record on the demo database: a draft meeting's own fields (the date not past its actions),
// an action on a draft or locked meeting, deleting a draft (never a locked one) and reordering a draft's agenda.
import { beforeAll, describe, expect, it } from "vitest";
import { demoDb, type DemoDb } from "../helpers/demo-db";
import { addAgendaItem, createMeeting } from "@/lib/actions/meetings";
import { deleteMeeting, moveAgendaItem, updateMeeting } from "@/lib/actions/meeting-edit";
import { lockMeeting } from "@/lib/actions/meeting-lock";
import { addAction, addProgress, updateAction } from "@/lib/actions/tindakan";
import { getMeeting } from "@/lib/queries/meetings";
import { generalMessage } from "@/app/posyandu/_components/form-parts";

const KEC = "18.72.01";
const TODAY = "2026-11-30";
const meeting = (date: string, title: string) => ({ areaCode: KEC, title, date, place: "Aula Kecamatan", kind: "RAPAT_RUTIN" });
const edit = (meetingId: number, date: string, title = "Rapat Pokjanal Desember (koreksi)") => ({ meetingId, title, date, place: "Balai Kelurahan", kind: "BIMBINGAN_TEKNIS" });
const action = (meetingId: number, dueDate: string, text = "Sweeping balita yang belum ditimbang") => ({ meetingId, text, ownerSector: "PUSKESMAS", ownerName: "", dueDate, areaCode: "", indicator: "" });
const audits = (t: DemoDb, entity: string, entityId: number, action: string) => t.db.auditLog.count({ where: { entity, entityId: String(entityId), action } });

describe("correcting a meeting record", () => {
  let t: DemoDb;
  const create = async (date: string, title: string) => {
    const r = await createMeeting(t.db, t.viewers.camat, meeting(date, title), TODAY);
    expect(r.ok).toBe(true);
    return r.id!;
  };
  beforeAll(async () => {
    t = await demoDb();
  });

  it("corrects a draft's title, kind, date and place with the creation rules, audited", async () => {
    const id = await create("2026-12-10", "Rapat Pokjanal Desmber");
    expect(await updateMeeting(t.db, t.viewers.camat, edit(id, "2026-12-12"), TODAY)).toEqual({ ok: true, message: "Data rapat disimpan." });
    const m = (await getMeeting(t.viewers.camat, id, TODAY))!;
    expect([m.title, m.place, m.kind, m.date.toISOString().slice(0, 10)]).toEqual(["Rapat Pokjanal Desember (koreksi)", "Balai Kelurahan", "BIMBINGAN_TEKNIS", "2026-12-12"]);
    expect(await audits(t, "Meeting", id, "UPDATE")).toBe(1);
    const bad = await updateMeeting(t.db, t.viewers.camat, { ...edit(id, "01/01/1900"), title: " " }, TODAY);
    expect(bad.fieldErrors).toMatchObject({ date: "Tanggal rapat harus antara 1 Januari 2000 dan 30 November 2028", title: expect.stringContaining("Judul rapat") });
    // The lurah below does not chair a kecamatan meeting, so may not correct it.
    expect((await updateMeeting(t.db, t.viewers.lurah, edit(id, "2026-12-12", "Diubah lurah"), TODAY)).ok).toBe(false);
    expect((await getMeeting(t.viewers.camat, id, TODAY))!.title).toBe("Rapat Pokjanal Desember (koreksi)");
  });

  it("refuses a new date after an action's due date or progress note, naming the action", async () => {
    const id = await create("2026-11-20", "Rapat November");
    expect((await addAction(t.db, t.viewers.camat, action(id, "2026-11-25"))).ok).toBe(true);
    const r = await updateMeeting(t.db, t.viewers.camat, edit(id, "2026-11-27"), TODAY);
    expect(r.ok).toBe(false);
    expect(r.message).toBe("Tanggal rapat tidak dapat dipindah ke 27 November 2026: batas waktu tindakan “Sweeping balita yang belum ditimbang” (25 November 2026) akan sebelum tanggal rapat. Ubah dulu batas waktunya.");
    expect((await getMeeting(t.viewers.camat, id, TODAY))!.date.toISOString().slice(0, 10)).toBe("2026-11-20");
    const actionId = (await t.db.actionItem.findFirstOrThrow({ where: { meetingId: id } })).id;
    expect((await addProgress(t.db, t.viewers.camat, { actionId, note: "Mulai", newStatus: "", date: "2026-11-22" }, TODAY)).ok).toBe(true);
    expect((await updateAction(t.db, t.viewers.camat, { ...action(id, "2026-12-31"), actionId })).ok).toBe(true);
    expect((await updateMeeting(t.db, t.viewers.camat, edit(id, "2026-11-23"), TODAY)).message).toBe("Tanggal rapat tidak dapat dipindah ke 23 November 2026: tindakan “Sweeping balita yang belum ditimbang” punya catatan perkembangan 22 November 2026, sebelum tanggal itu.");
    // An earlier date keeps every action after the meeting.
    expect((await updateMeeting(t.db, t.viewers.camat, edit(id, "2026-11-18"), TODAY)).ok).toBe(true);
  });

  it("edits an action on a locked meeting with the creation rules, audited; the owner OPD may not", async () => {
    const id = await create("2026-11-10", "Rapat yang dikunci");
    expect((await addAction(t.db, t.viewers.camat, action(id, "2026-12-10"))).ok).toBe(true);
    expect((await lockMeeting(t.db, t.viewers.camat, id, new Date("2026-11-30T03:00:00Z"), TODAY)).ok).toBe(true);
    const actionId = (await t.db.actionItem.findFirstOrThrow({ where: { meetingId: id } })).id;
    const changed = { actionId, text: "Kunjungan rumah balita stunting", ownerSector: "DINKES", ownerName: "dr. Sari", dueDate: "2027-01-15", areaCode: "", indicator: "stunting", fundingSource: "APBD" };
    expect(await updateAction(t.db, t.viewers.camat, changed)).toEqual({ ok: true, message: "Tindakan disimpan." });
    const a = (await getMeeting(t.viewers.camat, id, TODAY))!.actions[0]!;
    expect([a.text, a.ownerSector, a.ownerName, a.dueDate.toISOString().slice(0, 10), a.indicator, a.fundingSource]).toEqual(["Kunjungan rumah balita stunting", "DINKES", "dr. Sari", "2027-01-15", "stunting", "APBD"]);
    expect(await audits(t, "ActionItem", actionId, "UPDATE")).toBe(1);
    expect((await updateAction(t.db, t.viewers.camat, { ...changed, dueDate: "2026-11-01" })).fieldErrors).toEqual({ dueDate: "Batas waktu tidak boleh sebelum tanggal rapat (10 November 2026)" });
    expect((await updateAction(t.db, t.viewers.camat, { ...changed, areaCode: "18.72.02" })).fieldErrors).toEqual({ areaCode: "Di luar wilayah rapat" });
    expect((await updateAction(t.db, t.viewers.puskesmas, { ...changed, text: "Diubah puskesmas" })).message).toBe("Anda tidak dapat mengubah tindakan ini.");
    expect((await getMeeting(t.viewers.camat, id, TODAY))!.actions[0]!.text).toBe("Kunjungan rumah balita stunting");
    // The locked meeting's own fields stay as they were.
    expect((await updateMeeting(t.db, t.viewers.camat, edit(id, "2026-11-10"), TODAY)).message).toBe("Rapat sudah dikunci: data rapat dan agendanya tidak dapat diubah lagi.");
  });

  it("deletes a draft only with “Saya yakin”, audited; never a locked meeting", async () => {
    const id = await create("2026-12-15", "Rapat ganda (salah buat)");
    const unsure = await deleteMeeting(t.db, t.viewers.camat, { meetingId: id });
    expect(unsure.fieldErrors).toEqual({ yakin: "Centang “Saya yakin” untuk menghapus rapat ini" });
    // The form shows that message beside the box, and no "Periksa kembali isian yang ditandai." above it.
    expect(generalMessage(unsure, ["yakin"])).toBeNull();
    // A summary that says more, or a marked field without its own message on the form, is still shown.
    const hostile = await deleteMeeting(t.db, t.viewers.camat, { meetingId: "x", yakin: "on" });
    expect(generalMessage(hostile, ["yakin"])).toEqual(hostile);
    expect(await getMeeting(t.viewers.camat, id, TODAY)).not.toBeNull();
    expect(await deleteMeeting(t.db, t.viewers.camat, { meetingId: id, yakin: "on" })).toEqual({ ok: true, message: "Rapat “Rapat ganda (salah buat)” (15 Desember 2026) dihapus." });
    expect(await getMeeting(t.viewers.camat, id, TODAY)).toBeNull();
    expect(await audits(t, "Meeting", id, "DELETE")).toBe(1);
    const locked = (await t.db.meeting.findFirstOrThrow({ where: { title: "Rapat yang dikunci" } })).id;
    const lockedRefusal = await deleteMeeting(t.db, t.viewers.camat, { meetingId: locked, yakin: "on" });
    expect(lockedRefusal.message).toBe("Rapat yang sudah dikunci tidak dapat dihapus: rapat itu catatan resmi angka dan keputusan yang dibahas.");
    expect(generalMessage(lockedRefusal, ["yakin"])).toEqual(lockedRefusal);
    expect(await getMeeting(t.viewers.camat, locked, TODAY)).not.toBeNull();
  });

  it("moves a draft's agenda items up and down, numbered 1…n", async () => {
    const id = await create("2026-12-20", "Rapat dengan agenda");
    for (const title of ["Pembukaan", "Peta stunting", "Tindak lanjut"]) expect((await addAgendaItem(t.db, t.viewers.camat, { meetingId: id, title, kind: "LAINNYA", indicator: "", areaCode: "", period: "" })).ok).toBe(true);
    const order = async () => (await getMeeting(t.viewers.camat, id, TODAY))!.agenda.map((a) => `${a.order}. ${a.title}`);
    const itemId = async (title: string) => (await t.db.agendaItem.findFirstOrThrow({ where: { meetingId: id, title } })).id;
    expect((await moveAgendaItem(t.db, t.viewers.camat, id, await itemId("Tindak lanjut"), "naik")).message).toBe("Agenda “Tindak lanjut” dipindah ke urutan 2.");
    expect(await order()).toEqual(["1. Pembukaan", "2. Tindak lanjut", "3. Peta stunting"]);
    expect((await moveAgendaItem(t.db, t.viewers.camat, id, await itemId("Pembukaan"), "naik")).message).toBe("Agenda ini sudah yang pertama.");
    expect((await moveAgendaItem(t.db, t.viewers.camat, id, await itemId("Pembukaan"), "turun")).ok).toBe(true);
    expect(await order()).toEqual(["1. Tindak lanjut", "2. Pembukaan", "3. Peta stunting"]);
    expect((await moveAgendaItem(t.db, t.viewers.lurah, id, await itemId("Pembukaan"), "turun")).ok).toBe(false);
  });
});
