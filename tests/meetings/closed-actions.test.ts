// /tindakan after closing an action: it leaves the open list and is listed under "Baru diselesaikan" (closed in the
// last 7 days by its closing note's date, or the one just closed whatever that date), scoped like the open list,
// and the page says what was saved.
import { beforeAll, describe, expect, it } from "vitest";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { demoDb, type DemoDb } from "../helpers/demo-db";
import { addProgress } from "@/lib/actions/tindakan";
import { openActionsIn, recentlyClosedIn } from "@/lib/queries/meetings";
import { ClosedNotice } from "@/app/tindakan/_components/closed-notice";

const TODAY = "2026-11-30";
const KEC = "18.72.01";
const METRO = "18.72.01.1001";

describe("recently closed actions", () => {
  let t: DemoDb;
  let yosomulyo: number; // the kecamatan meeting's open action about Yosomulyo
  let aboutMetro: number; // the kota meeting's open action about Metro
  let kotaWide: number; // the kota meeting's open kota-wide action
  beforeAll(async () => {
    t = await demoDb();
    const open = { status: { in: ["BELUM" as const, "PROSES" as const] } };
    yosomulyo = (await t.db.actionItem.findFirstOrThrow({ where: { ...open, meeting: { areaCode: KEC } } })).id;
    aboutMetro = (await t.db.actionItem.findFirstOrThrow({ where: { ...open, areaCode: METRO, meeting: { areaCode: "18.72" } } })).id;
    kotaWide = (await t.db.actionItem.findFirstOrThrow({ where: { ...open, areaCode: "18.72" } })).id;
  });

  it("moves an action marked Selesai from the open list to 'Baru diselesaikan', with the note that closed it", async () => {
    const r = await addProgress(t.db, t.viewers.camat, { actionId: yosomulyo, note: "Kunjungan rumah 12 balita selesai", newStatus: "SELESAI", date: "2026-11-29" }, TODAY);
    expect(r).toMatchObject({ ok: true, closed: true, message: "Perkembangan dicatat dan status diperbarui." });
    expect((await openActionsIn(t.viewers.camat, KEC, TODAY)).some((a) => a.id === yosomulyo)).toBe(false);
    const closed = await recentlyClosedIn(t.viewers.camat, KEC, TODAY);
    expect(closed[0]).toMatchObject({ id: yosomulyo, status: "SELESAI" });
    expect(closed[0]!.progress.at(-1)?.note).toBe("Kunjungan rumah 12 balita selesai");
    // The demo's actions closed in October and earlier are not "baru".
    expect(closed.map((a) => a.id)).toEqual([yosomulyo]);
    // A note without a status change closes nothing.
    expect((await addProgress(t.db, t.viewers.admin, { actionId: aboutMetro, note: "Usulan SK masuk", newStatus: "", date: "2026-11-20" }, TODAY)).closed).toBe(false);
  });

  it("keeps the last 7 days, today included, and the one just closed whatever its note's date", async () => {
    expect((await addProgress(t.db, t.viewers.admin, { actionId: kotaWide, note: "Alat ukur dibagikan", newStatus: "SELESAI", date: "2026-11-23" }, TODAY)).closed).toBe(true);
    expect((await recentlyClosedIn(t.viewers.pimpinan, "18.72", TODAY)).some((a) => a.id === kotaWide)).toBe(false);
    expect((await recentlyClosedIn(t.viewers.pimpinan, "18.72", "2026-11-29")).some((a) => a.id === kotaWide)).toBe(true);
    expect((await recentlyClosedIn(t.viewers.admin, "18.72", TODAY, kotaWide)).map((a) => a.id)).toContain(kotaWide);
  });

  it("lists for the lurah only what concerns Metro, naming the kota meeting by its level", async () => {
    expect((await addProgress(t.db, t.viewers.admin, { actionId: aboutMetro, note: "Digabung dengan program kelurahan", newStatus: "BATAL", date: "2026-11-28" }, TODAY)).ok).toBe(true);
    const forLurah = await recentlyClosedIn(t.viewers.lurah, METRO, TODAY, yosomulyo);
    expect(forLurah.map((a) => a.id)).toEqual([aboutMetro]); // not Yosomulyo's, even when asked for it
    expect(forLurah[0]).toMatchObject({ status: "BATAL", meetingVisible: false, meeting: { title: "rapat Pokjanal tingkat kab/kota" } });
    expect(await recentlyClosedIn(t.viewers.lurah, KEC, TODAY)).toEqual([]);
  });

  it("says what was just closed, in Indonesian", () => {
    const html = renderToStaticMarkup(createElement(ClosedNotice, { action: { text: "Kunjungan rumah balita", status: "SELESAI", closedAt: new Date("2026-11-29T00:00:00Z") } }));
    expect(html).toContain("role=\"status\"");
    expect(html.replace(/<[^>]+>/g, "")).toContain("Tersimpan: “Kunjungan rumah balita” ditandai Selesai per 29 November 2026. Tindakan ini tidak lagi ada di daftar terbuka; lihat “Baru diselesaikan” di bawah.");
    expect(renderToStaticMarkup(createElement(ClosedNotice, { action: undefined }))).toBe("");
  });
});
