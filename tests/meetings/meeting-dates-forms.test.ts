// Server-side render of the meeting forms and the meetings list with plain props: the values a secretary finds
// pre-filled (due date, agenda period, sector) and the words on the page. No database, no browser.
import { describe, expect, it } from "vitest";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { ActionForm, AgendaForm, AttendeeForm, agendaPeriod, keepOnSave } from "@/app/rapat/_components/meeting-forms";
import { MeetingTable } from "@/app/rapat/_components/meeting-table";
import { defaultDueDate } from "@/lib/validations/meetings";
import type { FormResult } from "@/lib/validations/posyandu";

const saved = async (): Promise<FormResult> => ({ ok: true, message: "dr. Sari ditambahkan." });
const indicators = [{ value: "stunting", label: "Prevalensi stunting" }, { value: "d_s", label: "D/S" }];
const areas = [{ value: "18.72.01", label: "Kecamatan Metro Pusat" }];
const periods = { month: "2026-10", measurement: "2026-08" };

describe("meeting forms (rendered)", () => {
  it("pre-fills a due date after the meeting, not today, which may be before it", () => {
    const html = renderToStaticMarkup(createElement(ActionForm, { action: saved, meetingId: 1, meetingDate: "2026-12-10", areas, indicators, today: "2026-11-30" }));
    const due = /<input[^>]*name="dueDate"[^>]*>/.exec(html)?.[0];
    expect(due).toContain('value="2027-01-10"');
    expect(due).toContain('min="2026-12-10"'); // the date picker starts at the meeting
  });

  it.each([
    ["a meeting ahead: one month after it", "2026-12-10", "2026-11-30", "2027-01-10"],
    ["a meeting today", "2026-11-30", "2026-11-30", "2026-12-30"],
    ["31 January: the end of February", "2027-01-31", "2027-01-20", "2027-02-28"],
    ["an old meeting recorded late: one month from today, never overdue at once", "2026-09-20", "2026-11-30", "2026-12-30"],
  ])("default due date for %s", (_case, meetingDate, today, due) => {
    expect(defaultDueDate(meetingDate, today)).toBe(due);
  });

  it("starts the agenda period at the last Feb/Aug weighing for the default stunting map, and says why", () => {
    const html = renderToStaticMarkup(createElement(AgendaForm, { action: saved, meetingId: 1, indicators, areas, periods }));
    expect(html).toMatch(/name="period"[^>]*value="2026-08"/);
    expect(html).toContain("bulan data rapat (Oktober 2026)");
    expect(html).toContain("penimbangan Februari/Agustus");
    expect(agendaPeriod("GRAFIK", "d_s", periods)).toBe("2026-10");
    expect(agendaPeriod("GRAFIK", "wasting", periods)).toBe("2026-08");
    expect(agendaPeriod("SKOR", "stunting", periods)).toBe("2026-10"); // the scorecard reads each column's own period
  });

  it("keeps the sector of the attendee just saved for the next one", async () => {
    expect(renderToStaticMarkup(createElement(AttendeeForm, { action: saved, meetingId: 1, list: "" }))).toMatch(/<option value="DINKES" selected="">/);
    const form = new FormData();
    form.set("sector", "TP_PKK");
    form.set("name", "Ibu Wati");
    expect((await keepOnSave(saved, ["sector"])(null, form)).values).toEqual({ sector: "TP_PKK" });
    const refused = { ok: false, message: "Periksa kembali isian yang ditandai.", fieldErrors: { name: "Nama wajib diisi" } };
    expect(await keepOnSave(async () => refused, ["sector"])(null, form)).toEqual(refused);
  });

  it("heads the count of actions in the meetings list as a count", () => {
    const row = { id: 4, title: "Rapat Pokjanal November", date: new Date("2026-11-25T00:00:00Z"), place: "Aula", kind: "RAPAT_RUTIN" as const, status: "DRAFT" as const, area: { name: "Metro Pusat", level: "KECAMATAN" as const }, _count: { actions: 3, attendees: 2 } };
    const html = renderToStaticMarkup(createElement(MeetingTable, { meetings: [row] }));
    expect(html).toContain("<th class=\"px-3 py-2 text-right\">Jumlah tindakan</th>");
    expect(html).toContain("25 November 2026");
  });
});
