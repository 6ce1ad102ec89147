// Correcting an action from /tindakan: each row says whether the viewer chairs its meeting (updateAction's rule), the
// list renders the "Ubah tindakan" form only on those rows, and a correction is what the list then shows. The owner
// OPD, who may report progress on the same row, sees no correction form and is refused by the action.
import { beforeAll, describe, expect, it } from "vitest";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { demoDb, type DemoDb } from "../helpers/demo-db";
import { addAction, updateAction } from "@/lib/actions/tindakan";
import { openActionsIn } from "@/lib/queries/meetings";
import type { Viewer } from "@/lib/auth/scope";
import { ActionList } from "@/app/rapat/[id]/_components/action-list";

const TODAY = "2026-11-30";
const KEC = "18.72.01";

describe("correcting an action from /tindakan", () => {
  let t: DemoDb;
  let owned: number; // a kecamatan meeting's action owned by the puskesmas, about one of its kelurahan
  beforeAll(async () => {
    t = await demoDb();
    const m = await t.db.meeting.findFirstOrThrow({ where: { areaCode: KEC }, orderBy: { date: "desc" } });
    const village = t.viewers.puskesmas.wilayahKerja.find((k) => k.startsWith(`${KEC}.`))!;
    const text = "Sweeping balita belum ditimbang";
    expect((await addAction(t.db, t.viewers.camat, { meetingId: m.id, text, ownerSector: "PUSKESMAS", ownerName: "", dueDate: "2026-12-20", areaCode: village, indicator: "" })).ok).toBe(true);
    owned = (await t.db.actionItem.findFirstOrThrow({ where: { meetingId: m.id, text } })).id;
  });
  const open = async (viewer: Viewer) => (await Promise.all((viewer.scopeAreaCode ? [viewer.scopeAreaCode] : viewer.wilayahKerja).map((r) => openActionsIn(viewer, r, TODAY)))).flat();
  /** The list as /tindakan renders it (meetingId 0: no meeting page), with correction choices for the kecamatan. */
  const render = (rows: Awaited<ReturnType<typeof open>>) =>
    renderToStaticMarkup(createElement(ActionList, { actions: rows.map((a) => ({ ...a, meetingId: a.meeting.id })), meetingId: 0, today: TODAY, label: "Tindakan terbuka", edit: { areas: { [KEC]: [{ value: KEC, label: "Kecamatan Metro Pusat" }] }, indicators: [] } }));
  const forms = (html: string) => html.match(/<summary[^>]*>Ubah tindakan<\/summary>/g)?.length ?? 0;

  it("offers the correction on the rows of meetings the viewer chairs, and on no row of the owner OPD", async () => {
    const camat = await open(t.viewers.camat);
    const chaired = camat.filter((a) => a.meeting.areaCode === KEC);
    expect(chaired.length).toBeGreaterThan(0);
    expect(camat.map((a) => a.canEdit)).toEqual(camat.map((a) => a.meeting.areaCode === KEC));
    expect(forms(render(camat))).toBe(chaired.length);
    const puskesmas = await open(t.viewers.puskesmas);
    // The same kecamatan meeting's rows, some with the progress form (the owner OPD), none with the correction form.
    expect(puskesmas.find((a) => a.id === owned)?.canUpdate).toBe(true);
    expect(puskesmas.filter((a) => a.canEdit)).toEqual([]);
    expect(forms(render(puskesmas))).toBe(0);
    expect(render(puskesmas)).toContain("Catat perkembangan");
  });

  it("lists the corrected values after a save; the owner OPD is refused and changes nothing", async () => {
    const row = (await open(t.viewers.puskesmas)).find((a) => a.id === owned)!;
    const changed = { actionId: row.id, text: "Kunjungan rumah balita gizi kurang", ownerSector: "PUSKESMAS", ownerName: "Bidan Rina", dueDate: "2027-01-20", areaCode: row.areaCode ?? "", indicator: row.indicator ?? "", fundingSource: "BOK" };
    expect(await updateAction(t.db, t.viewers.puskesmas, changed)).toEqual({ ok: false, message: "Anda tidak dapat mengubah tindakan ini." });
    expect((await open(t.viewers.camat)).find((a) => a.id === row.id)!.text).toBe(row.text);
    expect(await updateAction(t.db, t.viewers.camat, changed)).toEqual({ ok: true, message: "Tindakan disimpan." });
    const after = (await open(t.viewers.camat)).find((a) => a.id === row.id)!;
    expect([after.text, after.ownerName, after.dueDate.toISOString().slice(0, 10), after.fundingSource]).toEqual(["Kunjungan rumah balita gizi kurang", "Bidan Rina", "2027-01-20", "BOK"]);
    expect(render([after])).toContain("Bidan Rina");
  });
});
