// Dates and messages of a meeting on the demo database: the meeting date's range, due dates and progress notes
// that may not precede the meeting, dates quoted the way users write them, the agenda error that marks the field
// actually missing, and the agenda period that starts where the data is.
import { beforeAll, describe, expect, it } from "vitest";
import { demoDb, type DemoDb } from "../helpers/demo-db";
import { addAgendaItem, createMeeting } from "@/lib/actions/meetings";
import { lockMeeting } from "@/lib/actions/meeting-lock";
import { addAction, addProgress } from "@/lib/actions/tindakan";
import { getMeeting } from "@/lib/queries/meetings";
import { getIndicatorReport } from "@/lib/queries/indicators";
import { latestPeriods } from "@/lib/queries/dashboard";
import { agendaPeriods } from "@/app/rapat/_components/agenda-period";

const KEC = "18.72.01";
const TODAY = "2026-11-30";
const meeting = (date: string, title = "Rapat Pokjanal Desember") => ({ areaCode: KEC, title, date, place: "Aula Kecamatan", kind: "RAPAT_RUTIN" });
const action = (meetingId: number, dueDate: string) => ({ meetingId, text: "Sweeping balita yang belum ditimbang", ownerSector: "PUSKESMAS", ownerName: "", dueDate, areaCode: "", indicator: "" });

describe("meeting dates and messages", () => {
  let t: DemoDb;
  let meetingId: number; // 10 December 2026, planned ahead on TODAY
  beforeAll(async () => {
    t = await demoDb();
    const r = await createMeeting(t.db, t.viewers.camat, meeting("2026-12-10"), TODAY);
    expect(r.ok).toBe(true);
    meetingId = r.id!;
  });

  it("refuses a meeting dated 01/01/1900 or more than two years ahead, naming the range in Indonesian", async () => {
    for (const date of ["01/01/1900", "1999-12-31", "2028-12-01"]) {
      const r = await createMeeting(t.db, t.viewers.camat, meeting(date), TODAY);
      expect(r.ok).toBe(false);
      expect(r.fieldErrors?.date).toBe("Tanggal rapat harus antara 1 Januari 2000 dan 30 November 2028");
    }
    expect((await createMeeting(t.db, t.viewers.camat, meeting("2028-11-30", "Rapat dua tahun lagi"), TODAY)).ok).toBe(true);
  });

  it("says a chair may not create a meeting elsewhere, not that they may not change one", async () => {
    const r = await createMeeting(t.db, t.viewers.camat, { ...meeting("2026-12-10"), areaCode: "18.72.02" }, TODAY);
    expect(r).toMatchObject({ ok: false, message: "Anda tidak dapat membuat rapat di wilayah ini." });
  });

  it("refuses a due date before the meeting, which would be 'terlambat' at once, and keeps nothing", async () => {
    const r = await addAction(t.db, t.viewers.camat, action(meetingId, "2026-12-01"));
    expect(r.ok).toBe(false);
    expect(r.fieldErrors).toEqual({ dueDate: "Batas waktu tidak boleh sebelum tanggal rapat (10 Desember 2026)" });
    expect((await getMeeting(t.viewers.camat, meetingId, TODAY))!.actions).toHaveLength(0);
    // On the meeting's day itself it is accepted, and not overdue.
    expect((await addAction(t.db, t.viewers.camat, action(meetingId, "2026-12-10"))).ok).toBe(true);
    expect((await getMeeting(t.viewers.camat, meetingId, TODAY))!.actions.map((a) => a.overdue)).toEqual([false]);
  });

  it("refuses a progress note dated before the action's meeting, and quotes a future date in Indonesian", async () => {
    expect((await addAction(t.db, t.viewers.camat, { ...action(meetingId, "2026-12-31"), text: "Kunjungan rumah balita stunting" })).ok).toBe(true);
    const actionId = (await t.db.actionItem.findFirstOrThrow({ where: { meetingId, text: "Kunjungan rumah balita stunting" } })).id;
    const note = (date: string, today: string) => addProgress(t.db, t.viewers.camat, { actionId, note: "Sweeping RW 01 selesai", newStatus: "PROSES", date }, today);
    expect((await note("2020-01-01", TODAY)).fieldErrors).toEqual({ date: "Tanggal tidak boleh sebelum tanggal rapat (10 Desember 2026)" });
    expect((await note("2026-12-09", "2026-12-12")).fieldErrors).toEqual({ date: "Tanggal tidak boleh sebelum tanggal rapat (10 Desember 2026)" });
    expect((await note("2027-01-01", "2026-12-12")).fieldErrors).toEqual({ date: "Tanggal 1 Januari 2027 belum terjadi" });
    expect(await t.db.actionProgress.count({ where: { actionId } })).toBe(0);
    expect((await note("2026-12-11", "2026-12-12")).ok).toBe(true);
    expect((await getMeeting(t.viewers.camat, meetingId, "2026-12-12"))!.actions.find((a) => a.id === actionId)?.status).toBe("PROSES");
  });

  it("refuses to lock a meeting before its date, saying when it can be locked, and freezes nothing", async () => {
    const r = await createMeeting(t.db, t.viewers.camat, { ...meeting("2026-12-10", "Rapat yang dikunci terlalu awal"), saran: "on" }, TODAY);
    const early = await lockMeeting(t.db, t.viewers.camat, r.id!, new Date("2026-11-30T03:00:00Z"), TODAY);
    expect(early).toEqual({ ok: false, message: "Rapat belum dapat dikunci: rapat baru berlangsung 10 Desember 2026. Angka dibekukan setelah rapat, agar yang tercatat adalah angka yang dibahas." });
    const still = (await getMeeting(t.viewers.camat, r.id!, TODAY))!;
    expect(still.status).toBe("DRAFT");
    expect(still.agenda.every((a) => a.frozen === null)).toBe(true);
    // On the meeting's own day it locks.
    expect((await lockMeeting(t.db, t.viewers.camat, r.id!, new Date("2026-12-10T03:00:00Z"), "2026-12-10")).ok).toBe(true);
    expect((await getMeeting(t.viewers.camat, r.id!, "2026-12-10"))!.status).toBe("TERKUNCI");
  });

  it("marks only the agenda field that is missing", async () => {
    const item = (indicator: string, period: string) => addAgendaItem(t.db, t.viewers.camat, { meetingId, title: "Peta stunting", kind: "PETA", indicator, areaCode: KEC, period });
    const noIndicator = await item("", "2026-08");
    expect(noIndicator).toMatchObject({ ok: false, message: "Agenda peta/grafik perlu indikator.", fieldErrors: { indicator: "Pilih indikator" } });
    expect(noIndicator.fieldErrors).not.toHaveProperty("period");
    const noPeriod = await item("stunting", "");
    expect(noPeriod).toMatchObject({ ok: false, message: "Agenda peta/grafik perlu periode.", fieldErrors: { period: "Isi periode" } });
    expect(noPeriod.fieldErrors).not.toHaveProperty("indicator");
    expect((await item("", "")).fieldErrors).toEqual({ indicator: "Pilih indikator", period: "Isi periode" });
  });

  it("starts the agenda period at the meeting's data month, and nutrition at the last Feb/Aug weighing, both with figures", async () => {
    const latest = await latestPeriods(KEC);
    const periods = agendaPeriods(new Date("2026-12-10T00:00:00Z"), latest);
    // The demo's reports run to October 2026: not the meeting's month, nor the current one (no reports yet).
    expect(periods).toEqual({ month: "2026-10", measurement: "2026-08" });
    const [month, weighing] = await Promise.all([getIndicatorReport(t.viewers.camat, KEC, { periode: periods.month }), getIndicatorReport(t.viewers.camat, KEC, { periode: periods.measurement })]);
    expect((month.indikator.d_s as { n: number }).n).toBeGreaterThan(0);
    expect((weighing.indikator.stunting as { n: number }).n).toBeGreaterThan(0);
    // A meeting in March reads February's data and weighing; a meeting before any data still gets sensible periods.
    expect(agendaPeriods(new Date("2026-03-15T00:00:00Z"), latest)).toEqual({ month: "2026-02", measurement: "2026-02" });
    expect(agendaPeriods(new Date("2026-12-10T00:00:00Z"), { month: null, measurement: null })).toEqual({ month: "2026-11", measurement: "2026-08" });
  });
});
