// A locked meeting tells the room when today's data would show its frozen figures differently (data entered or
// corrected after the meeting), while the frozen figures stay what was discussed.
import { beforeAll, describe, expect, it } from "vitest";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { demoDb, type DemoDb } from "../helpers/demo-db";
import { addAgendaItem, createMeeting } from "@/lib/actions/meetings";
import { lockMeeting } from "@/lib/actions/meeting-lock";
import { getMeeting } from "@/lib/queries/meetings";
import { frozenFiguresDrift } from "@/lib/queries/meeting-drift";
import { snapshotDrift } from "@/lib/meetings/drift";
import { EMPTY_SNAPSHOT, type Snapshot } from "@/lib/meetings/snapshot";
import { refreshRollups } from "@/lib/rollup/refresh";
import { DriftNote, driftText } from "@/app/rapat/[id]/_components/drift-note";

const KEC = "18.72.01";
const METRO = "18.72.01.1001";
const TODAY = "2026-11-30";

const rate = (nilai: number | null, n = 100) => ({ nilai, pembilang: 0, penyebut: 0, n, n_kecil: false });
const ds = (total: number | null, rows: [string, number | null][], over: Partial<Snapshot> = {}): Snapshot => ({
  ...EMPTY_SNAPSHOT("2026-11-25T03:00:00Z"),
  indikator: { id: "d_s", label: "D/S", polaritas: "naik-baik" },
  wilayah: { kode: KEC, nama: "Metro Pusat" },
  periode: "2026-10",
  sumber: "laporan bulanan (SIP)",
  total: rate(total),
  baris: rows.map(([kode, v]) => ({ kode, nama: kode === METRO ? "Metro" : "Yosomulyo", rate: rate(v) })),
  ...over,
});

describe("frozen figures against today's data (pure)", () => {
  it.each([
    ["nothing changed", ds(62, [[METRO, 55]]), ds(62, [[METRO, 55]]), []],
    ["a change the screen rounds away", ds(62.01, [[METRO, 55]]), ds(62.04, [[METRO, 55]]), []],
    ["a late report: the kelurahan and the kecamatan", ds(62, [[METRO, 55]]), ds(64.5, [[METRO, 60.25]]), ["Metro Pusat 62 → 64.5", "Metro 55 → 60.3"]],
    ["data where there was none", ds(62, [[METRO, null]]), ds(62, [[METRO, 40]]), ["Metro null → 40"]],
    ["another period is no comparison", ds(62, [[METRO, 55]]), ds(70, [[METRO, 70]], { periode: "2026-11" }), []],
    ["a row that is gone is not a change", ds(62, [[METRO, 55]]), ds(62, []), []],
  ])("%s", (_case, frozen, now, expected) => {
    expect(snapshotDrift(frozen, now).map((l) => `${l.nama} ${l.dulu} → ${l.kini}`)).toEqual(expected);
  });

  it("says when the source changed, and compares a scorecard column only in its own period", () => {
    expect(snapshotDrift(ds(20, []), ds(21, [], { sumber: "rekap manual" }))[0]?.sumberKini).toBe("rekap manual");
    const skor = (v: number, periode: string | undefined): Snapshot => ({
      ...EMPTY_SNAPSHOT("x"),
      skor: { kolom: [{ id: "stunting", label: "Prevalensi stunting", polaritas: "turun-baik", periode }], baris: [{ kode: METRO, nama: "Metro", nilai: { stunting: rate(v) } }] },
    });
    expect(snapshotDrift(skor(20, "2026-08"), skor(18, "2026-08")).map((l) => [l.label, l.nama, l.dulu, l.kini])).toEqual([["Prevalensi stunting", "Metro", 20, 18]]);
    expect(snapshotDrift(skor(20, "2026-08"), skor(18, "2027-02"))).toEqual([]);
    expect(snapshotDrift(skor(20, undefined), skor(18, undefined))).toEqual([]); // frozen before columns kept a period
  });

  it("writes a line the way the room reads it", () => {
    const line = { agenda: 2, label: "D/S", kode: METRO, nama: "Metro", periode: "2026-10", dulu: 62, kini: 64.5, sumberKini: null };
    expect(driftText(line)).toBe("Agenda 2 · D/S Kelurahan Metro, Oktober 2026: 62,0% → 64,5%");
    expect(driftText({ ...line, kode: "P187201100101", nama: "Kenanga 1", dulu: null })).toBe("Agenda 2 · D/S Posyandu Kenanga 1, Oktober 2026: tidak ada data → 64,5%");
    const html = renderToStaticMarkup(createElement(DriftNote, { lines: Array.from({ length: 10 }, (_, i) => ({ ...line, agenda: i + 1 })) })).replace(/<[^>]+>/g, " ");
    expect(html).toContain("Data terkini berbeda dari angka yang dibekukan");
    expect(html).toContain("dan 2 angka lain.");
    expect(renderToStaticMarkup(createElement(DriftNote, { lines: [] }))).toBe("");
  });
});

describe("frozen figures against today's data (demo database)", () => {
  let t: DemoDb;
  let meetingId: number;
  beforeAll(async () => {
    t = await demoDb();
    const r = await createMeeting(t.db, t.viewers.camat, { areaCode: KEC, title: "Rapat Pokjanal November", date: "2026-11-25", place: "Aula", kind: "RAPAT_RUTIN" }, TODAY);
    meetingId = r.id!;
    expect((await addAgendaItem(t.db, t.viewers.camat, { meetingId, title: "D/S per kelurahan", kind: "PETA", indicator: "d_s", areaCode: KEC, period: "2026-10" })).ok).toBe(true);
    expect((await addAgendaItem(t.db, t.viewers.camat, { meetingId, title: "D/S Kel. Metro", kind: "GRAFIK", indicator: "d_s", areaCode: METRO, period: "2026-10" })).ok).toBe(true);
  });

  const driftFor = async (who: keyof DemoDb["viewers"]) => {
    const m = (await getMeeting(t.viewers[who], meetingId, TODAY))!;
    return frozenFiguresDrift(t.viewers[who], m, m.agenda, TODAY);
  };

  it("says nothing while the meeting is a draft (its figures are live) or right after locking", async () => {
    expect(await driftFor("camat")).toEqual([]);
    expect((await lockMeeting(t.db, t.viewers.camat, meetingId, new Date("2026-11-25T03:00:00Z"), TODAY)).ok).toBe(true);
    expect(await driftFor("camat")).toEqual([]);
  });

  it("lists what a late correction changed, for whoever may open the meeting, and keeps the frozen figures", async () => {
    const frozen = (await getMeeting(t.viewers.camat, meetingId, TODAY))!.agenda.find((a) => a.title === "D/S Kel. Metro")!.frozen!.total!.nilai;
    const p = await t.db.posyandu.findFirstOrThrow({ where: { kelurahanCode: METRO }, select: { id: true } });
    await t.db.$transaction(async (tx) => {
      await tx.monthlyReport.update({ where: { posyanduId_period: { posyanduId: p.id, period: "2026-10" } }, data: { d: 0, n: 0, bgm: 0, t2: 0 } });
      await refreshRollups(tx, { posyanduIds: [p.id], periods: ["2026-10"], years: [2026] });
    });
    const lines = await driftFor("camat");
    const texts = lines.map(driftText);
    // The kelurahan's figure on both items, the kecamatan's total, and the corrected posyandu on the kelurahan chart.
    expect(texts).toEqual(expect.arrayContaining([
      expect.stringMatching(/^Agenda 1 · D\/S \(partisipasi penimbangan\) Kecamatan Metro Pusat, Oktober 2026: \d+,\d% → \d+,\d%$/),
      expect.stringMatching(/^Agenda 1 · D\/S \(partisipasi penimbangan\) Kelurahan Metro, Oktober 2026: /),
      expect.stringMatching(/^Agenda 2 · D\/S \(partisipasi penimbangan\) Kelurahan Metro, Oktober 2026: /),
      expect.stringMatching(/^Agenda 2 · D\/S \(partisipasi penimbangan\) Posyandu /),
    ]));
    expect(texts.some((s) => s.includes("Yosomulyo"))).toBe(false); // untouched kelurahan are not listed
    const metro = lines.find((l) => l.agenda === 2 && l.kode === METRO)!;
    expect(metro.dulu).toBe(Math.round(frozen! * 10) / 10);
    expect(metro.kini).toBeLessThan(metro.dulu!);
    expect((await getMeeting(t.viewers.camat, meetingId, TODAY))!.agenda.find((a) => a.title === "D/S Kel. Metro")!.frozen!.total!.nilai).toBe(frozen);
    expect((await driftFor("pimpinan")).map(driftText)).toEqual(texts);
  });

  it("compares only the items inside the viewer's scope", async () => {
    const m = (await getMeeting(t.viewers.camat, meetingId, TODAY))!;
    expect(await getMeeting(t.viewers.lurah, meetingId, TODAY)).toBeNull(); // the page is closed to the lurah anyway
    const forLurah = await frozenFiguresDrift(t.viewers.lurah, m, m.agenda, TODAY);
    expect(forLurah.length).toBeGreaterThan(0);
    expect(forLurah.every((l) => l.agenda === 2)).toBe(true); // Metro's chart, not the kecamatan map
  });
});
