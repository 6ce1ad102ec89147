// An action is the business of the area it concerns: the kota meeting's action about Kelurahan Metro is listed for
// the lurah of Metro (their /tindakan and kelurahan page said "0 terbuka" before), without opening the kota meeting
// to them, and a kota-wide action or another kelurahan's stays out of their list.
import { beforeAll, describe, expect, it } from "vitest";
import { demoDb, type DemoDb } from "../helpers/demo-db";
import { getMeeting, openActionsIn } from "@/lib/queries/meetings";

const TODAY = "2026-11-30";
const METRO = "18.72.01.1001";

describe("open actions of the area they concern", () => {
  let t: DemoDb;
  beforeAll(async () => {
    t = await demoDb();
  });

  it("lists a kota meeting's action about the lurah's kelurahan for the lurah, marked as from a meeting they cannot open", async () => {
    const kota = await t.db.meeting.findFirstOrThrow({ where: { areaCode: "18.72" }, include: { actions: true } });
    const aboutMetro = kota.actions.filter((a) => a.areaCode === METRO && (a.status === "BELUM" || a.status === "PROSES"));
    expect(aboutMetro.length).toBeGreaterThan(0);
    const forLurah = await openActionsIn(t.viewers.lurah, METRO, TODAY);
    expect(forLurah.map((a) => a.id).sort()).toEqual(expect.arrayContaining(aboutMetro.map((a) => a.id)));
    const row = forLurah.find((a) => a.id === aboutMetro[0]!.id)!;
    expect(row.meetingVisible).toBe(false);
    // The kota meeting's title is the kota's record: the lurah reads its level, not its title.
    expect(row.meeting.title).toBe("rapat Pokjanal tingkat kab/kota");
    expect(JSON.stringify(forLurah)).not.toContain(kota.title);
    expect(await getMeeting(t.viewers.lurah, kota.id, TODAY)).toBeNull();
    // Only actions about Metro: not the kota-wide ones, not another kelurahan's.
    expect(forLurah.every((a) => a.areaCode === METRO || (a.areaCode === null && a.meeting.areaCode.startsWith(METRO)))).toBe(true);
  });

  it("shows the camat the same action on the kecamatan page, as the pimpinan sees it there", async () => {
    const camat = await openActionsIn(t.viewers.camat, "18.72.01", TODAY);
    const pimpinan = await openActionsIn(t.viewers.pimpinan, "18.72.01", TODAY);
    expect(camat.map((a) => a.id).sort()).toEqual(pimpinan.map((a) => a.id).sort());
    expect(pimpinan.every((a) => a.meetingVisible)).toBe(true);
  });
});
