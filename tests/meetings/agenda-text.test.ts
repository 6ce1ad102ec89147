// A draft's agenda item title and discussion corrected by its chair (they could only be fixed by deleting the item):
// a suggested title names its area, which "Ubah wilayah" leaves behind, so the area change says so. Scoped like
// every meeting correction, audited with before and after, nothing written when nothing changes, refused once locked.
import { beforeAll, describe, expect, it } from "vitest";
import { demoDb, type DemoDb } from "../helpers/demo-db";
import { addAgendaItem, createMeeting } from "@/lib/actions/meetings";
import { updateAgendaArea, updateAgendaText } from "@/lib/actions/meeting-edit";
import { lockMeeting } from "@/lib/actions/meeting-lock";

const KEC = "18.72.01";
const METRO = "18.72.01.1001";
const BARAT = "18.72.01.1004";
const TODAY = "2026-11-30";
const SUGGESTED = "Stunting naik di Kel. Hadimulyo Barat (+1,2 poin)";

describe("correcting a draft agenda item's title and discussion", () => {
  let t: DemoDb;
  let meetingId: number;
  let itemId: number;
  const item = () => t.db.agendaItem.findUniqueOrThrow({ where: { id: itemId }, select: { title: true, discussion: true, areaCode: true, indicator: true, period: true } });
  const audits = () => t.db.auditLog.findMany({ where: { entity: "AgendaItem", entityId: String(itemId), action: "UPDATE" }, orderBy: { id: "asc" } });
  const edit = (who: keyof DemoDb["viewers"], over: Record<string, unknown>) => updateAgendaText(t.db, t.viewers[who], { meetingId, itemId, title: SUGGESTED, discussion: "", ...over });

  beforeAll(async () => {
    t = await demoDb();
    const m = await createMeeting(t.db, t.viewers.camat, { areaCode: KEC, title: "Rapat judul agenda", date: "2026-11-20", place: "Aula", kind: "RAPAT_RUTIN" }, TODAY);
    meetingId = m.id!;
    expect((await addAgendaItem(t.db, t.viewers.camat, { meetingId, title: SUGGESTED, kind: "GRAFIK", indicator: "stunting", areaCode: BARAT, period: "2026-08" })).ok).toBe(true);
    itemId = (await t.db.agendaItem.findFirstOrThrow({ where: { meetingId, title: SUGGESTED } })).id;
  });

  it("moving the item elsewhere says the title still names the old area", async () => {
    expect(await updateAgendaArea(t.db, t.viewers.camat, { meetingId, itemId, areaCode: METRO })).toEqual({
      ok: true,
      message: `Wilayah agenda “${SUGGESTED}” diubah ke Kelurahan Metro. Judulnya masih menyebut Kelurahan Hadimulyo Barat: perbarui lewat “Ubah judul”.`,
    });
  });

  it("saves a new title and discussion, audited with before and after; the same again writes nothing", async () => {
    const title = "Stunting di Kel. Metro";
    expect(await edit("camat", { title: `  ${title} `, discussion: "Naik 0,8 poin sejak Februari." })).toEqual({ ok: true, message: `Judul agenda “${SUGGESTED}” diubah menjadi “${title}”.` });
    expect(await item()).toEqual({ title, discussion: "Naik 0,8 poin sejak Februari.", areaCode: METRO, indicator: "stunting", period: "2026-08" });
    expect((await audits()).slice(-1).map((a) => [JSON.parse(a.before!), JSON.parse(a.after!)])).toEqual([[{ title: SUGGESTED, discussion: null }, { title, discussion: "Naik 0,8 poin sejak Februari." }]]);
    const count = (await audits()).length;
    expect(await edit("camat", { title, discussion: "Naik 0,8 poin sejak Februari." })).toEqual({ ok: true, message: `Agenda “${title}” tidak berubah.` });
    expect(await audits()).toHaveLength(count);
    // The discussion alone, then cleared (blank = none).
    expect((await edit("camat", { title, discussion: "Dibahas bersama puskesmas." })).message).toBe(`Pembahasan agenda “${title}” disimpan.`);
    expect((await edit("camat", { title, discussion: "   " })).ok).toBe(true);
    expect((await item()).discussion).toBeNull();
    expect(await audits()).toHaveLength(count + 2);
  });

  it("refuses a blank or too long title and a too long discussion, in Indonesian, writing nothing", async () => {
    const before = await item();
    expect((await edit("camat", { title: "  " })).fieldErrors).toEqual({ title: "Judul agenda wajib diisi" });
    expect((await edit("camat", { title: "x".repeat(201) })).fieldErrors).toEqual({ title: "Judul agenda maksimal 200 karakter" });
    expect((await edit("camat", { discussion: "x".repeat(1001) })).fieldErrors).toEqual({ discussion: "Maksimal 1000 karakter" });
    expect((await edit("camat", { itemId: "abc" })).fieldErrors).toEqual({ itemId: "Nomor data tidak valid; muat ulang halaman" });
    expect(await item()).toEqual(before);
  });

  it("refuses another meeting's item and viewers who do not chair the meeting", async () => {
    const before = await item();
    const other = await t.db.agendaItem.findFirstOrThrow({ where: { meeting: { areaCode: KEC }, meetingId: { not: meetingId } } });
    expect(await edit("camat", { itemId: other.id })).toEqual({ ok: false, message: "Agenda tidak ditemukan." });
    expect((await t.db.agendaItem.findUniqueOrThrow({ where: { id: other.id } })).title).toBe(other.title);
    for (const who of ["lurah", "puskesmas", "pimpinan"] as const) expect(await edit(who, {}), who).toEqual({ ok: false, message: "Anda tidak dapat mengubah rapat di wilayah ini." });
    expect(await item()).toEqual(before);
  });

  it("refuses once the meeting is locked: the title is what the room saw", async () => {
    expect((await lockMeeting(t.db, t.viewers.camat, meetingId, new Date("2026-11-30T03:00:00Z"), TODAY)).ok).toBe(true);
    const before = await item();
    expect(await edit("camat", { title: "Sesudah dikunci" })).toEqual({ ok: false, message: "Rapat sudah dikunci: data rapat dan agendanya tidak dapat diubah lagi." });
    expect(await item()).toEqual(before);
  });
});
