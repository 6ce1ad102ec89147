// A draft's agenda item moved to another area of its meeting (it was only possible by deleting the draft): the same
// scope rule as adding one, its indicator and period kept, audited; a locked meeting refuses.
import { beforeAll, describe, expect, it } from "vitest";
import { demoDb, type DemoDb } from "../helpers/demo-db";
import { addAgendaItem, createMeeting } from "@/lib/actions/meetings";
import { updateAgendaArea } from "@/lib/actions/meeting-edit";
import { lockMeeting } from "@/lib/actions/meeting-lock";
import { getMeetingView } from "@/lib/queries/meeting-view";

const KEC = "18.72.01";
const TODAY = "2026-11-30";

describe("changing a draft agenda item's area", () => {
  let t: DemoDb;
  let meetingId: number;
  let itemId: number;
  let village: { code: string; name: string };
  const item = () => t.db.agendaItem.findUniqueOrThrow({ where: { id: itemId }, select: { areaCode: true, indicator: true, period: true, kind: true, title: true, order: true } });
  const move = (who: keyof DemoDb["viewers"], areaCode: string, over: Record<string, unknown> = {}) => updateAgendaArea(t.db, t.viewers[who], { meetingId, itemId, areaCode, ...over });

  beforeAll(async () => {
    t = await demoDb();
    const m = await createMeeting(t.db, t.viewers.camat, { areaCode: KEC, title: "Rapat wilayah agenda", date: "2026-11-20", place: "Aula", kind: "RAPAT_RUTIN" }, TODAY);
    meetingId = m.id!;
    expect((await addAgendaItem(t.db, t.viewers.camat, { meetingId, title: "Peta stunting", kind: "PETA", indicator: "stunting", areaCode: KEC, period: "2026-08" })).ok).toBe(true);
    itemId = (await t.db.agendaItem.findFirstOrThrow({ where: { meetingId, title: "Peta stunting" } })).id;
    village = await t.db.area.findFirstOrThrow({ where: { parentCode: KEC }, orderBy: { code: "asc" }, select: { code: true, name: true } });
  });

  it("moves the item to a kelurahan of the meeting, keeping its kind, indicator and period; the figures follow; audited", async () => {
    expect(await move("camat", village.code)).toEqual({ ok: true, message: `Wilayah agenda “Peta stunting” diubah ke Kelurahan ${village.name}.` });
    expect(await item()).toEqual({ areaCode: village.code, indicator: "stunting", period: "2026-08", kind: "PETA", title: "Peta stunting", order: 1 });
    const view = (await getMeetingView(t.viewers.camat, meetingId, TODAY))!;
    expect(view.items[0]!.figures.wilayah?.kode).toBe(village.code);
    const audit = await t.db.auditLog.findMany({ where: { entity: "AgendaItem", entityId: String(itemId), action: "UPDATE" } });
    expect(audit.map((a) => [JSON.parse(a.before!), JSON.parse(a.after!)])).toEqual([[{ areaCode: KEC }, { areaCode: village.code }]]);
    // The same area again writes nothing.
    expect((await move("camat", village.code)).message).toBe(`Wilayah agenda “Peta stunting” tetap Kelurahan ${village.name}.`);
    expect(await t.db.auditLog.count({ where: { entity: "AgendaItem", entityId: String(itemId), action: "UPDATE" } })).toBe(1);
  });

  it("refuses an area outside the meeting, an unknown or malformed code, another meeting's item and a viewer who does not chair it", async () => {
    expect(await move("camat", "18.72.02")).toEqual({ ok: false, message: "Wilayah agenda harus di dalam wilayah rapat.", fieldErrors: { areaCode: "Di luar wilayah rapat" } });
    expect(await move("camat", `${KEC}.9999`)).toEqual({ ok: false, message: "Wilayah tidak ditemukan.", fieldErrors: { areaCode: "Wilayah tidak ditemukan" } });
    expect((await move("camat", "Metro'; --")).fieldErrors).toEqual({ areaCode: "Kode wilayah tidak valid" });
    const other = await t.db.agendaItem.findFirstOrThrow({ where: { meeting: { areaCode: KEC }, meetingId: { not: meetingId } } });
    expect(await move("camat", KEC, { itemId: other.id })).toEqual({ ok: false, message: "Agenda tidak ditemukan." });
    for (const who of ["lurah", "puskesmas", "pimpinan"] as const) expect(await move(who, KEC), who).toEqual({ ok: false, message: "Anda tidak dapat mengubah rapat di wilayah ini." });
    expect((await t.db.agendaItem.findUniqueOrThrow({ where: { id: other.id } })).areaCode).toBe(other.areaCode);
    expect((await item()).areaCode).toBe(village.code);
  });

  it("adding an item refuses an area that does not exist, even under the meeting's area, and writes nothing", async () => {
    const count = () => t.db.agendaItem.count({ where: { meetingId } });
    const before = await count();
    const add = (areaCode: string) => addAgendaItem(t.db, t.viewers.camat, { meetingId, title: "Peta kelurahan hantu", kind: "PETA", indicator: "stunting", areaCode, period: "2026-08" });
    expect(await add(`${KEC}.9999`)).toEqual({ ok: false, message: "Wilayah tidak ditemukan.", fieldErrors: { areaCode: "Wilayah tidak ditemukan" } });
    expect(await count()).toBe(before);
    expect((await add(village.code)).ok).toBe(true);
    expect(await count()).toBe(before + 1);
  });

  it("refuses once the meeting is locked: the frozen figures are for the area the room saw", async () => {
    expect((await lockMeeting(t.db, t.viewers.camat, meetingId, new Date("2026-11-30T03:00:00Z"), TODAY)).ok).toBe(true);
    expect(await move("camat", KEC)).toEqual({ ok: false, message: "Rapat sudah dikunci: data rapat dan agendanya tidak dapat diubah lagi." });
    expect((await item()).areaCode).toBe(village.code);
  });
});
