// An action is the business of the area it concerns: the kota meeting's action about Kelurahan Metro is listed for
// the lurah of Metro (their /tindakan and kelurahan page said "0 terbuka" before), without opening the kota meeting
// to them, and a kota-wide action or another kelurahan's stays out of their list.
import { beforeAll, describe, expect, it } from "vitest";
import { demoDb, type DemoDb } from "../helpers/demo-db";
import { getMeeting, openActionsIn } from "@/lib/queries/meetings";
import { createMeeting } from "@/lib/actions/meetings";

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

  it("carries the kota meeting's open action about Metro into Metro's own next meeting, by level only for the lurah", async () => {
    const kota = await t.db.meeting.findFirstOrThrow({ where: { areaCode: "18.72" }, include: { actions: true } });
    const open = (a: { status: string }) => a.status === "BELUM" || a.status === "PROSES";
    const aboutMetro = kota.actions.filter((a) => a.areaCode === METRO && open(a)).map((a) => a.id);
    const kotaWide = kota.actions.filter((a) => a.areaCode !== METRO && open(a)).map((a) => a.id);
    expect(aboutMetro.length).toBeGreaterThan(0);
    expect(kotaWide.length).toBeGreaterThan(0);
    const r = await createMeeting(t.db, t.viewers.lurah, { areaCode: METRO, title: "Rapat Pokja Kelurahan Metro", date: "2026-11-28", place: "Balai Kelurahan", kind: "RAPAT_RUTIN" }, TODAY);
    expect(r.ok).toBe(true);
    const forLurah = (await getMeeting(t.viewers.lurah, r.id!, TODAY))!;
    expect(forLurah.carried.map((a) => a.id)).toEqual(expect.arrayContaining(aboutMetro));
    // Not the kota-wide actions, and the kota meeting is named by its level, without a link or its title.
    expect(forLurah.carried.some((a) => kotaWide.includes(a.id))).toBe(false);
    const row = forLurah.carried.find((a) => a.id === aboutMetro[0])!;
    expect(row).toMatchObject({ meetingVisible: false, meeting: { title: "rapat Pokjanal tingkat kab/kota" } });
    expect(JSON.stringify(forLurah.carried)).not.toContain(kota.title);
    // The pimpinan, who can open the kota meeting, reads its title on the kelurahan meeting.
    const forPimpinan = (await getMeeting(t.viewers.pimpinan, r.id!, TODAY))!;
    expect(forPimpinan.carried.find((a) => a.id === aboutMetro[0])).toMatchObject({ meetingVisible: true, meeting: { title: kota.title } });
    // Another kelurahan's meeting does not carry Metro's action.
    const other = await createMeeting(t.db, t.viewers.admin, { areaCode: "18.72.01.1005", title: "Rapat Pokja Yosomulyo", date: "2026-11-28", place: "Balai", kind: "RAPAT_RUTIN" }, TODAY);
    expect((await getMeeting(t.viewers.admin, other.id!, TODAY))!.carried.some((a) => aboutMetro.includes(a.id))).toBe(false);
  });
});
