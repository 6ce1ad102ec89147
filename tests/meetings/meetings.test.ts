// Meetings end to end on the demo database: suggested agenda, attendees,
// actions, locking (frozen figures survive a data correction), carry-forward,
// progress rights and scope.
import { beforeAll, describe, expect, it } from "vitest";
import { demoDb, type DemoDb } from "../helpers/demo-db";
import { addAgendaItem, addAttendee, createMeeting, removeAgendaItem, removeAttendee } from "@/lib/actions/meetings";
import { lockMeeting } from "@/lib/actions/meeting-lock";
import { addAction, addProgress } from "@/lib/actions/tindakan";
import { getMeeting, openActionsIn } from "@/lib/queries/meetings";
import { getIndicatorReport } from "@/lib/queries/indicators";
import { refreshRollups } from "@/lib/rollup/refresh";

const KEC = "18.72.01";
const TODAY = "2026-11-30";

describe("Pokjanal meetings", () => {
  let t: DemoDb;
  let meetingId: number;
  beforeAll(async () => {
    t = await demoDb();
  });

  it("starts a kecamatan meeting from the suggested agenda: open actions first, then what worsened", async () => {
    const r = await createMeeting(t.db, t.viewers.camat, { areaCode: KEC, title: "Rapat Pokjanal Kecamatan November", date: "2026-11-25", place: "Aula Kecamatan", kind: "RAPAT_RUTIN", saran: "on" }, TODAY);
    expect(r.ok).toBe(true);
    meetingId = r.id!;
    const m = (await getMeeting(t.viewers.camat, meetingId, TODAY))!;
    expect(m.agenda.length).toBeGreaterThanOrEqual(3);
    expect(m.agenda[0]!.kind).toBe("TINDAKAN");
    expect(m.agenda.some((a) => a.indicator === "stunting")).toBe(true);
    expect(m.agenda.some((a) => a.title.includes("Laporan") || a.title.includes("kader") || a.title.includes("strata"))).toBe(true);
    expect(m.previousId).not.toBeNull(); // the demo's earlier Metro Pusat meeting
    expect(m.carried.length).toBeGreaterThan(0); // its open actions come along
  });

  it("refuses meetings outside the chair's area and bad input, in Indonesian", async () => {
    expect((await createMeeting(t.db, t.viewers.camat, { areaCode: "18.72.02", title: "x", date: "2026-11-25", place: "x", kind: "RAPAT_RUTIN" })).ok).toBe(false);
    expect((await createMeeting(t.db, t.viewers.lurah, { areaCode: KEC, title: "x", date: "2026-11-25", place: "x", kind: "RAPAT_RUTIN" })).ok).toBe(false);
    const bad = await createMeeting(t.db, t.viewers.camat, { areaCode: KEC, title: "", date: "31/02/2026", place: "x", kind: "PESTA" });
    expect(bad.ok).toBe(false);
    expect(Object.keys(bad.fieldErrors ?? {}).sort()).toEqual(["date", "kind", "title"]);
    expect(bad.fieldErrors?.date).toContain("tidak ada");
    expect((await addAgendaItem(t.db, t.viewers.camat, { meetingId, title: "Peta", kind: "PETA", indicator: "d_s", areaCode: "18.72.02", period: "2026-10" })).ok).toBe(false);
  });

  it("records attendees and two actions, then freezes the figures on lock", async () => {
    expect((await addAttendee(t.db, t.viewers.camat, { meetingId, sector: "DINKES", name: "dr. Sari", position: "Kepala Puskesmas" })).ok).toBe(true);
    expect((await addAttendee(t.db, t.viewers.camat, { meetingId, sector: "TP_PKK", name: "Ibu Wati", position: "" })).ok).toBe(true);
    expect((await addAgendaItem(t.db, t.viewers.camat, { meetingId, title: "D/S Oktober per kelurahan", kind: "PETA", indicator: "d_s", areaCode: KEC, period: "2026-10" })).ok).toBe(true);
    expect((await addAgendaItem(t.db, t.viewers.camat, { meetingId, title: "Kel. Metro", kind: "GRAFIK", indicator: "d_s", areaCode: "18.72.01.1001", period: "2026-10" })).ok).toBe(true);
    expect((await addAgendaItem(t.db, t.viewers.camat, { meetingId, title: "Skor kelurahan", kind: "SKOR", areaCode: KEC, period: "2026-10" })).ok).toBe(true);
    expect((await addAction(t.db, t.viewers.camat, { meetingId, text: "Sweeping balita yang belum ditimbang", ownerSector: "PUSKESMAS", ownerName: "Bidan Ani", dueDate: "2026-12-15", areaCode: "18.72.01.1001", indicator: "d_s" })).ok).toBe(true);
    expect((await addAction(t.db, t.viewers.camat, { meetingId, text: "Rekrut kader baru", ownerSector: "LURAH", ownerName: "", dueDate: "2026-11-28", areaCode: "", indicator: "" })).ok).toBe(true); // after the meeting, overdue by TODAY
    expect((await lockMeeting(t.db, t.viewers.camat, meetingId, new Date("2026-11-25T03:00:00Z"), TODAY)).ok).toBe(true);
    const m = (await getMeeting(t.viewers.camat, meetingId, TODAY))!;
    expect(m.status).toBe("TERKUNCI");
    expect(m.agenda.every((a) => a.frozen !== null)).toBe(true);
    const ds = m.agenda.find((a) => a.title === "D/S Oktober per kelurahan")!.frozen!;
    const live = await getIndicatorReport(t.viewers.camat, KEC, { periode: "2026-10" });
    expect(ds.total?.nilai).toBe((live.indikator.d_s as { nilai: number }).nilai);
    expect(ds.baris).toHaveLength(5);
    expect(ds.sumber).toBe("laporan bulanan (SIP)"); // not the nutrition source of the same month
    // The frozen scorecard keeps each column's period and source: stunting is August's weighing in e-PPGBM, strata
    // the year, not "Oktober 2026" for everything.
    const skor = m.agenda.find((a) => a.title === "Skor kelurahan")!.frozen!;
    expect(Object.fromEntries(skor.skor!.kolom.map((k) => [k.id, `${k.periode} ${k.sumber}`]))).toMatchObject({ stunting: "2026-08 e-PPGBM", d_s: "2026-10 laporan bulanan (SIP)", posyandu_kader_cukup: "2026-10 data kader", posyandu_aktif: "2026 laporan bulanan + profil tahunan + kader ber-SK" });
    expect(skor.sumber).toContain("e-PPGBM");
    expect(m.agenda[0]!.frozen!.tindakan.length).toBeGreaterThan(0);
    const narrative = m.agenda.flatMap((a) => a.frozen?.narasi ?? []).find((n) => n.kode === "18.72.01.1001");
    expect(narrative?.kalimat.join(" ")).toMatch(/Prevalensi stunting .* \(n = \d+/);
    expect(m.actions.find((a) => a.text === "Rekrut kader baru")?.overdue).toBe(true);
  });

  it("lets the chair complete the attendance list after locking (from the sign-in sheet), audited, but not the agenda", async () => {
    const late = await addAttendee(t.db, t.viewers.camat, { meetingId, sector: "DINSOS", name: "Pak Budi", position: "Kasi Linjamsos" });
    expect(late).toMatchObject({ ok: true, message: "Pak Budi ditambahkan." });
    const m = (await getMeeting(t.viewers.camat, meetingId, TODAY))!;
    const budi = m.attendees.find((a) => a.name === "Pak Budi")!;
    expect(budi.sector).toBe("DINSOS");
    const logged = await t.db.auditLog.findFirstOrThrow({ where: { entity: "MeetingAttendee", entityId: String(budi.id), action: "CREATE" } });
    expect(JSON.parse(logged.after!)).toMatchObject({ name: "Pak Budi", afterLock: true });
    const wati = m.attendees.find((a) => a.name === "Ibu Wati")!;
    expect((await removeAttendee(t.db, t.viewers.camat, meetingId, wati.id)).ok).toBe(true);
    expect((await getMeeting(t.viewers.camat, meetingId, TODAY))!.attendees.map((a) => a.name).sort()).toEqual(["Pak Budi", "dr. Sari"]);
    expect(await t.db.auditLog.count({ where: { entity: "MeetingAttendee", entityId: String(wati.id), action: "DELETE" } })).toBe(1);
    // Only the chair: the pimpinan sees the meeting but does not chair it. The frozen agenda stays closed.
    expect((await addAttendee(t.db, t.viewers.pimpinan, { meetingId, sector: "DINSOS", name: "Orang lain" })).ok).toBe(false);
    expect((await removeAgendaItem(t.db, t.viewers.camat, meetingId, m.agenda[0]!.id)).message).toBe("Rapat sudah dikunci: agenda tidak dapat diubah lagi.");
  });

  it("keeps showing what the room saw after the underlying report is corrected", async () => {
    const m0 = (await getMeeting(t.viewers.camat, meetingId, TODAY))!;
    const before = m0.agenda.find((a) => a.title === "Kel. Metro")!.frozen!.total!.nilai;
    const p = await t.db.posyandu.findFirstOrThrow({ where: { kelurahanCode: "18.72.01.1001" }, select: { id: true } });
    await t.db.$transaction(async (tx) => {
      await tx.monthlyReport.update({ where: { posyanduId_period: { posyanduId: p.id, period: "2026-10" } }, data: { d: 0 } });
      await refreshRollups(tx, { posyanduIds: [p.id], periods: ["2026-10"], years: [2026] });
    });
    const live = await getIndicatorReport(t.viewers.camat, "18.72.01.1001", { periode: "2026-10" });
    expect((live.indikator.d_s as { nilai: number }).nilai).not.toBe(before);
    const m1 = (await getMeeting(t.viewers.camat, meetingId, TODAY))!;
    expect(m1.agenda.find((a) => a.title === "Kel. Metro")!.frozen!.total!.nilai).toBe(before);
  });

  it("carries open actions into the next meeting and lets only the owner OPD or the chair report progress", async () => {
    const r = await createMeeting(t.db, t.viewers.camat, { areaCode: KEC, title: "Rapat Desember", date: "2026-12-20", place: "Aula", kind: "RAPAT_RUTIN" }, TODAY);
    const next = (await getMeeting(t.viewers.camat, r.id!, TODAY))!;
    expect(next.previousId).toBe(meetingId);
    expect(next.carried.map((a) => a.text)).toEqual(expect.arrayContaining(["Sweeping balita yang belum ditimbang", "Rekrut kader baru"]));
    const sweep = next.carried.find((a) => a.text.startsWith("Sweeping"))!;
    // The puskesmas operator's OPD owns it, but their wilayah kerja must cover Kel. Metro.
    const pusk = await addProgress(t.db, t.viewers.puskesmas, { actionId: sweep.id, note: "Sweeping RW 01–03 selesai", newStatus: "PROSES", date: "2026-11-28" }, TODAY);
    const covers = t.viewers.puskesmas.wilayahKerja.includes("18.72.01.1001");
    expect(pusk.ok).toBe(covers);
    expect((await addProgress(t.db, t.viewers.pimpinan, { actionId: sweep.id, note: "x", newStatus: "SELESAI", date: "2026-11-28" }, TODAY)).ok).toBe(false);
    expect((await addProgress(t.db, t.viewers.camat, { actionId: sweep.id, note: "Selesai", newStatus: "SELESAI", date: "2026-12-01" }, TODAY)).fieldErrors?.date).toContain("belum terjadi");
    expect((await addProgress(t.db, t.viewers.camat, { actionId: sweep.id, note: "Selesai seluruh RW", newStatus: "SELESAI", date: "2026-11-29" }, TODAY)).ok).toBe(true);
    const open = await openActionsIn(t.viewers.camat, KEC, TODAY);
    expect(open.some((a) => a.id === sweep.id)).toBe(false);
    expect(open[0]!.overdue).toBe(true);
  });

  it("hides a kecamatan's meetings from another kecamatan's camat-level scope", async () => {
    const lurahOther = { ...t.viewers.lurah, scopeAreaCode: "18.72.02.1001" };
    expect(await getMeeting(lurahOther, meetingId, TODAY)).toBeNull();
    expect(await getMeeting(t.viewers.lurah, meetingId, TODAY)).toBeNull(); // a kelurahan user does not see the kecamatan meeting
    expect(await getMeeting(t.viewers.pimpinan, meetingId, TODAY)).not.toBeNull();
  });
});
