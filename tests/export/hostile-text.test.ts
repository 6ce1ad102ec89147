// Hostile text that was stored verbatim stays inert on the way out
// (docs/bad-input.md): CSV cells never start a formula, XLSX cells are text,
// and the meeting minutes / offline pack (raw HTML strings, rendered with
// dangerouslySetInnerHTML) escape every name, title and note.
import { beforeAll, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { demoDb, type DemoDb } from "../helpers/demo-db";
import { scorecardCsv, scorecardXlsx } from "@/lib/export/scorecard";
import { csvField } from "@/lib/import/templates";
import { readTable } from "@/lib/import/read-table";
import { isFormulaLike } from "@/lib/import/cells";
import { rate } from "@/lib/indicators/rate";
import { updatePosyandu } from "@/lib/actions/posyandu";
import { addAgendaItem, addAttendee, createMeeting } from "@/lib/actions/meetings";
import { lockMeeting } from "@/lib/actions/meeting-lock";
import { addAction, addProgress } from "@/lib/actions/tindakan";
import { getMeetingView } from "@/lib/queries/meeting-view";
import { meetingDocumentBody, meetingPackHtml } from "@/lib/export/meeting-document";
import { INJECTIONS, unescapedInjection } from "../corpus/injection";

type Scorecard = Parameters<typeof scorecardCsv>[0];
/** What a spreadsheet runs when it opens a CSV cell: = + - @ tab CR first, unless it is a plain number. */
const runsAsFormula = (cell: string) => /^[=+\-@\t\r]/.test(cell) && !/^[+-]?\d+([.,]\d+)?$/.test(cell.trim());

function hostileScorecard(): Scorecard {
  const cells = { d_s: rate(60, 80) };
  return {
    wilayah: { kode: "18.72", nama: "Kota Metro", tingkat: "Kota" },
    periode: { bulan: "2026-10", gizi: "2026-08", tahun: 2026 },
    sumberGizi: "EPPGBM",
    columns: [{ id: "d_s", label: "=D/S", polaritas: "naik-baik", kind: "bulan" }],
    total: { kode: "18.72", nama: "Kota Metro", cells },
    rows: INJECTIONS.map((s) => ({ kode: s, nama: s, cells })),
  } as unknown as Scorecard;
}

describe("exports of hostile text", () => {
  it.each(INJECTIONS.map((s) => [s]))("csvField neutralises %j and keeps it recoverable", async (s) => {
    const table = await readTable(new TextEncoder().encode(`a;b\r\n${csvField(s)};x\r\n`), "x.csv", "x");
    const cell = table.rows[0]!.cells[0]!;
    expect(runsAsFormula(cell)).toBe(false);
    expect(cell).toBe(isFormulaLike(s) ? `'${s}` : s);
  });

  it("the scorecard CSV: every text cell is inert, the values unchanged", async () => {
    const table = await readTable(new TextEncoder().encode(scorecardCsv(hostileScorecard())), "skor.csv", "skor");
    expect(table.rawHeaders.every((h) => !runsAsFormula(h))).toBe(true);
    const body = table.rows.slice(1, 1 + INJECTIONS.length);
    const shown = (s: string) => (isFormulaLike(s) ? `'${s}` : s);
    expect(body.map((r) => r.cells.slice(0, 2))).toEqual(INJECTIONS.map((s) => [shown(s), shown(s)]));
    for (const r of table.rows) for (const c of r.cells) expect(runsAsFormula(c), c).toBe(false);
  });

  it("the scorecard XLSX: hostile names are text cells, never formulas", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await scorecardXlsx(hostileScorecard())) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet("skor")!;
    INJECTIONS.forEach((s, i) => {
      for (const col of [1, 2]) {
        const cell = ws.getRow(i + 3).getCell(col);
        expect(cell.type, s).toBe(ExcelJS.ValueType.String);
        expect(cell.formula, s).toBeUndefined();
        expect(cell.value).toBe(s);
      }
    });
  });
});

describe("meeting minutes and offline pack with hostile text", () => {
  let t: DemoDb;
  const TODAY = "2026-11-30";
  beforeAll(async () => {
    t = await demoDb();
  });

  it("escapes posyandu names, titles, attendees, actions and progress notes", async () => {
    const posyandu = await t.db.posyandu.findMany({ where: { kelurahanCode: "18.72.01.1001" }, orderBy: { code: "asc" } });
    const names = INJECTIONS.filter((s) => s.length <= 120 && /[<>]/.test(s));
    for (const [i, p] of posyandu.slice(0, names.length).entries()) {
      const form = { name: names[i], kelurahanCode: p.kelurahanCode, puskesmasId: p.puskesmasId ?? "", rw: p.rw ?? "", address: p.address ?? "", lat: p.lat ?? "", lng: p.lng ?? "", ilp: p.ilp ? "on" : "", active: "on" };
      expect((await updatePosyandu(t.db, t.viewers.lurah, p.code, form, TODAY)).ok).toBe(true);
    }
    const camat = t.viewers.camat;
    const m = await createMeeting(t.db, camat, { areaCode: "18.72.01", title: INJECTIONS[3], date: "2026-11-25", place: INJECTIONS[4], kind: "RAPAT_RUTIN" }, TODAY);
    expect(m.ok).toBe(true);
    const meetingId = m.id!;
    for (const s of INJECTIONS.slice(0, 6)) expect((await addAttendee(t.db, camat, { meetingId, sector: "DINKES", name: s, position: s })).ok).toBe(true);
    for (const kind of ["GRAFIK", "SKOR"]) expect((await addAgendaItem(t.db, camat, { meetingId, title: INJECTIONS[5], kind, indicator: "d_s", areaCode: "18.72.01.1001", period: "2026-10" })).ok).toBe(true);
    expect((await addAction(t.db, camat, { meetingId, text: INJECTIONS[4], ownerSector: "PUSKESMAS", ownerName: INJECTIONS[3], dueDate: "2026-12-15", fundingSource: INJECTIONS[7] })).ok).toBe(true);
    const action = await t.db.actionItem.findFirstOrThrow({ where: { meetingId }, orderBy: { id: "desc" } });
    expect((await addProgress(t.db, camat, { actionId: action.id, note: INJECTIONS[5], date: "2026-11-26" }, TODAY)).ok).toBe(true);
    expect((await lockMeeting(t.db, camat, meetingId, new Date("2026-11-25T03:00:00Z"), TODAY)).ok).toBe(true);

    const view = (await getMeetingView(camat, meetingId, TODAY))!;
    const pack = meetingPackHtml(view, new Date("2026-11-30T00:00:00Z"));
    const body = meetingDocumentBody(view, new Date("2026-11-30T00:00:00Z"));
    for (const html of [pack, body]) {
      expect(unescapedInjection(html)).toBeNull();
      expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
      expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    }
    // The posyandu names reached the frozen figures, so the escaping above was really exercised on them.
    expect(JSON.stringify(view)).toContain(names[names.length - 1]);
    expect(pack.match(/<script/g) ?? []).toEqual([]);
  });
});
