import { beforeAll, describe, expect, it } from "vitest";
import { demoDb, type DemoDb } from "../helpers/demo-db";
import { addKaderTraining, endKaderService, saveKader } from "@/lib/actions/kader";
import { getKaderRoster } from "@/lib/queries/registry";

const TODAY = "2026-08-20";
const LURAH_KEL = "18.72.01.1001";

describe("kader roster (add, edit, end of service, training)", () => {
  let t: DemoDb;
  let mine: string;
  let foreign: string;
  const kader = (over: Record<string, unknown> = {}) => ({
    mode: "baru", code: "KX001", name: "Sri Wahyuni", gender: "P", birthYear: "1985", startDate: "2024-02-01", active: "on", level: "purwa", ...over,
  });
  const counts = async () => ({
    kader: await t.db.kader.count(), memberships: await t.db.kaderMembership.count(), trainings: await t.db.kaderTraining.count(), audit: await t.db.auditLog.count(),
  });
  const row = () => t.db.kader.findUniqueOrThrow({ where: { code: "KX001" }, include: { memberships: { orderBy: { startDate: "asc" } }, trainings: true } });

  beforeAll(async () => {
    t = await demoDb();
    mine = t.data.posyandu.find((p) => p.kelurahanCode === LURAH_KEL)!.code;
    foreign = t.data.posyandu.find((p) => p.kelurahanCode !== LURAH_KEL && !t.viewers.puskesmas.wilayahKerja.includes(p.kelurahanCode))!.code;
  });

  it("adds a kader with an open membership and audits it", async () => {
    const result = await saveKader(t.db, t.viewers.lurah, mine, kader({ level: "MADYA" }), TODAY);
    expect(result.ok).toBe(true);
    const k = await row();
    expect(k).toMatchObject({ name: "Sri Wahyuni", gender: "P", birthYear: 1985, active: true, level: "MADYA", levelOrigin: "INPUT" });
    expect(k.memberships).toHaveLength(1);
    expect(k.memberships[0]).toMatchObject({ endDate: null });
    expect(k.memberships[0]!.startDate.toISOString().slice(0, 10)).toBe("2024-02-01");
    expect(await t.db.auditLog.count({ where: { entity: "Kader", entityId: String(k.id), action: "CREATE" } })).toBe(1);
  });

  it("refuses a kode_kader that is already used, writing nothing", async () => {
    const before = await counts();
    const taken = t.data.kader.find((c) => c.posyanduCode !== mine)!.code;
    for (const code of ["KX001", taken]) {
      const result = await saveKader(t.db, t.viewers.lurah, mine, kader({ code }), TODAY);
      expect(result.fieldErrors?.code).toContain("sudah dipakai");
    }
    expect(await counts()).toEqual(before);
  });

  it("edits the kader's data with before/after in the audit", async () => {
    const result = await saveKader(t.db, t.viewers.lurah, mine, kader({ mode: "ubah", name: "Sri Wahyuningsih", level: "" }), TODAY);
    expect(result.ok).toBe(true);
    const k = await row();
    expect(k).toMatchObject({ name: "Sri Wahyuningsih", level: null, levelOrigin: null });
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { entity: "Kader", entityId: String(k.id), action: "UPDATE" } });
    expect(JSON.parse(audit.before!)).toMatchObject({ name: "Sri Wahyuni", level: "MADYA" });
    expect(JSON.parse(audit.after!)).toMatchObject({ name: "Sri Wahyuningsih", level: null });
  });

  it("records a training", async () => {
    const result = await addKaderTraining(t.db, t.viewers.lurah, mine, { kaderCode: "KX001", type: "ORIENTASI_ILP", date: "12/03/2025", organizer: "Dinkes Kota Metro" }, TODAY);
    expect(result.ok).toBe(true);
    const k = await row();
    expect(k.trainings).toHaveLength(1);
    expect(k.trainings[0]).toMatchObject({ type: "ORIENTASI_ILP", organizer: "Dinkes Kota Metro" });
    expect(k.trainings[0]!.date.toISOString().slice(0, 10)).toBe("2025-03-12");
    expect(await t.db.auditLog.count({ where: { entity: "KaderTraining", entityId: String(k.trainings[0]!.id) } })).toBe(1);
  });

  it("ends the service by closing the membership; the kader stays in the roster as former", async () => {
    const tooEarly = await endKaderService(t.db, t.viewers.lurah, mine, { kaderCode: "KX001", endDate: "2024-01-01" }, TODAY);
    expect(tooEarly.fieldErrors?.endDate).toContain("sebelum mulai bertugas");
    const result = await endKaderService(t.db, t.viewers.lurah, mine, { kaderCode: "KX001", endDate: "2026-06-30" }, TODAY);
    expect(result.ok).toBe(true);
    const k = await row();
    expect(k.active).toBe(false);
    expect(k.memberships).toHaveLength(1);
    expect(k.memberships[0]!.endDate?.toISOString().slice(0, 10)).toBe("2026-06-30");
    expect(k.trainings).toHaveLength(1);
    const roster = await getKaderRoster(t.viewers.lurah, mine);
    const entry = roster.find((r) => r.code === "KX001")!;
    expect(entry).toMatchObject({ servingHere: false, active: false });
    expect(roster.indexOf(entry)).toBeGreaterThan(roster.findLastIndex((r) => r.servingHere));
    const again = await endKaderService(t.db, t.viewers.lurah, mine, { kaderCode: "KX001", endDate: "2026-07-01" }, TODAY);
    expect(again.ok).toBe(false);
  });

  it("reactivates with a new membership after the old one, keeping the history", async () => {
    const early = await saveKader(t.db, t.viewers.lurah, mine, kader({ mode: "ubah", startDate: "2026-01-01" }), TODAY);
    expect(early.fieldErrors?.startDate).toContain("sesudah akhir tugas sebelumnya");
    const result = await saveKader(t.db, t.viewers.lurah, mine, kader({ mode: "ubah", startDate: "2026-08-01" }), TODAY);
    expect(result.ok).toBe(true);
    const k = await row();
    expect(k.active).toBe(true);
    expect(k.memberships.map((m) => [m.startDate.toISOString().slice(0, 10), m.endDate?.toISOString().slice(0, 10) ?? null])).toEqual([
      ["2024-02-01", "2026-06-30"],
      ["2026-08-01", null],
    ]);
  });

  it("unticking aktif in the edit form closes the membership today", async () => {
    expect((await saveKader(t.db, t.viewers.lurah, mine, kader({ mode: "ubah", startDate: "2026-08-01", active: undefined }), TODAY)).ok).toBe(true);
    const k = await row();
    expect(k.active).toBe(false);
    expect(k.memberships.at(-1)!.endDate?.toISOString().slice(0, 10)).toBe(TODAY);
  });

  it("refuses future dates and implausible birth years", async () => {
    const before = await counts();
    const future = await saveKader(t.db, t.viewers.lurah, mine, kader({ code: "KX002", startDate: "2026-09-01" }), TODAY);
    expect(future.fieldErrors?.startDate).toContain("belum terjadi");
    const young = await saveKader(t.db, t.viewers.lurah, mine, kader({ code: "KX002", birthYear: "2020" }), TODAY);
    expect(young.fieldErrors?.birthYear).toContain("Tahun lahir harus antara");
    const training = await addKaderTraining(t.db, t.viewers.lurah, mine, { kaderCode: "KX001", type: "DASAR", date: "2027-01-01" }, TODAY);
    expect(training.fieldErrors?.date).toContain("belum terjadi");
    expect(await counts()).toEqual(before);
  });

  it("refuses the lurah a training for a kader who also serves outside the kelurahan: it would change that posyandu's trained kader", async () => {
    expect((await saveKader(t.db, t.viewers.admin, mine, kader({ code: "KX005", name: "Rina Marlina" }), TODAY)).ok).toBe(true);
    const k = await t.db.kader.findUniqueOrThrow({ where: { code: "KX005" } });
    const elsewhere = await t.db.posyandu.findUniqueOrThrow({ where: { code: foreign } });
    await t.db.kaderMembership.create({ data: { kaderId: k.id, posyanduId: elsewhere.id, startDate: new Date("2025-01-01") } });
    const before = await counts();
    const refused = await addKaderTraining(t.db, t.viewers.lurah, mine, { kaderCode: "KX005", type: "DASAR", date: "2026-03-02" }, TODAY);
    expect(refused).toMatchObject({ ok: false, message: "Kader KX005 juga bertugas di posyandu di luar wilayah Anda; minta admin mencatat pelatihannya." });
    expect(await counts()).toEqual(before);
    expect((await addKaderTraining(t.db, t.viewers.admin, mine, { kaderCode: "KX005", type: "DASAR", date: "2026-03-02" }, TODAY)).ok).toBe(true);
  });

  it("refuses kader changes at a posyandu outside the scope and for read-only roles", async () => {
    const before = await counts();
    const foreignKader = t.data.kader.find((k) => k.posyanduCode === foreign && k.endDate === null)!;
    expect((await saveKader(t.db, t.viewers.lurah, foreign, kader({ code: "KX003" }), TODAY)).ok).toBe(false);
    expect((await endKaderService(t.db, t.viewers.lurah, foreign, { kaderCode: foreignKader.code, endDate: TODAY }, TODAY)).ok).toBe(false);
    expect((await addKaderTraining(t.db, t.viewers.puskesmas, foreign, { kaderCode: foreignKader.code, type: "DASAR", date: TODAY }, TODAY)).ok).toBe(false);
    expect((await saveKader(t.db, t.viewers.camat, mine, kader({ code: "KX004" }), TODAY)).message).toBe("Peran Anda tidak dapat mengubah data kader.");
    // A kader of another posyandu cannot be edited or trained through this posyandu.
    expect((await saveKader(t.db, t.viewers.admin, mine, kader({ mode: "ubah", code: foreignKader.code }), TODAY)).ok).toBe(false);
    expect(await counts()).toEqual(before);
    expect(await getKaderRoster(t.viewers.lurah, foreign)).toEqual([]);
  });
});
