import { beforeAll, describe, expect, it } from "vitest";
import { demoDb, type DemoDb } from "../helpers/demo-db";
import { saveProfile } from "@/lib/actions/reports";
import type { ProfileInput } from "@/lib/validations/reports";

const TODAY = "2026-11-23";

describe("annual profile form (saveProfile)", () => {
  let t: DemoDb;
  let own: number;
  let other: number;
  beforeAll(async () => {
    t = await demoDb();
    own = (await t.db.posyandu.findFirstOrThrow({ where: { kelurahanCode: "18.72.01.1001", active: true } })).id;
    other = (await t.db.posyandu.findFirstOrThrow({ where: { kelurahanCode: "18.72.03.1001" } })).id;
  });
  const input = (v: Partial<ProfileInput> = {}): ProfileInput => ({
    posyanduId: String(own), tahun: "2023", cakupan_kia: "72,5", cakupan_kb: "65", cakupan_imunisasi: "88.25",
    program_tambahan: "ya", dana_sehat: "55%", alat_ukur_lengkap: "tidak", ...v,
  });
  const save = (v: Partial<ProfileInput> = {}, who: keyof DemoDb["viewers"] = "lurah") => saveProfile(t.db, t.viewers[who], input(v), TODAY);
  const audits = () => t.db.auditLog.count({ where: { entity: "AnnualProfile" } });
  const profile = (year: number, posyanduId = own) => t.db.annualProfile.findUnique({ where: { posyanduId_year: { posyanduId, year } } });

  it("stores decimal-comma percentages and ya/tidak answers, then changes nothing when saved again", async () => {
    const first = await save();
    expect(first.ok).toBe(true);
    expect(first.message).toMatch(/^Profil .+ 2023 tersimpan \(baru\)\.$/);
    expect(await profile(2023)).toMatchObject({ cakupanKia: 72.5, cakupanKb: 65, cakupanImunisasi: 88.25, programTambahan: true, danaSehat: 55, alatUkurLengkap: false, enteredById: t.viewers.lurah.id });
    const created = await t.db.auditLog.findFirstOrThrow({ where: { entity: "AnnualProfile", action: "CREATE" } });
    expect(JSON.parse(created.after!)).toMatchObject({ year: 2023, cakupanKia: 72.5 });

    const n = await audits();
    expect((await save()).message).toMatch(/tidak berubah\.$/);
    // "55 %" with a space, as many type it, is the same answer.
    expect((await save({ dana_sehat: "55 %" })).message).toMatch(/tidak berubah\.$/);
    expect(await audits()).toBe(n);
  });

  it("updates an existing (demo) profile and keeps its old values in the audit log; blank answers become empty", async () => {
    const old = await profile(2025);
    expect(old).not.toBeNull();
    const result = await save({ tahun: "2025", program_tambahan: "", dana_sehat: "" });
    expect(result.message).toMatch(/tersimpan \(diperbarui\)\.$/);
    expect(await profile(2025)).toMatchObject({ programTambahan: null, danaSehat: null, cakupanKia: 72.5 });
    const entry = await t.db.auditLog.findFirstOrThrow({ where: { entity: "AnnualProfile", action: "UPDATE" }, orderBy: { id: "desc" } });
    expect(JSON.parse(entry.before!)).toMatchObject({ id: old!.id, year: 2025, cakupanKia: old!.cakupanKia, danaSehat: old!.danaSehat });
    expect(JSON.parse(entry.after!)).toMatchObject({ programTambahan: null, danaSehat: null, enteredById: t.viewers.lurah.id });
  });

  it.each([
    ["a coverage above 100", { cakupan_kb: "100,5" }, { cakupan_kb: "isi angka 0–100, koma desimal boleh (misalnya 72,5)" }],
    ["text in a percentage", { dana_sehat: "separuh" }, { dana_sehat: "isi angka 0–100, koma desimal boleh (misalnya 72,5)" }],
    ["an answer other than ya/tidak", { alat_ukur_lengkap: "mungkin" }, { alat_ukur_lengkap: "pilih ya atau tidak" }],
    ["a year that has not begun", { tahun: "2027" }, { tahun: "tahun 2027 belum terjadi" }],
    ["a year before 2000", { tahun: "1999" }, { tahun: "tahun terlalu lama" }],
  ])("rejects %s and writes nothing", async (_label, v, fieldErrors) => {
    const n = await audits();
    const result = await save({ tahun: "2022", ...v });
    expect(result.ok).toBe(false);
    expect(result.fieldErrors).toEqual(fieldErrors);
    expect(await audits()).toBe(n);
    expect(await profile(2022)).toBeNull();
  });

  it("refuses an empty form, a posyandu outside the scope and a read-only role", async () => {
    const n = await audits();
    const empty = { cakupan_kia: "", cakupan_kb: "", cakupan_imunisasi: "", program_tambahan: "", dana_sehat: "", alat_ukur_lengkap: "" };
    expect(await save({ tahun: "2022", ...empty })).toEqual({ ok: false, message: "Isi minimal satu nilai; tidak ada yang disimpan." });
    expect(await save({ tahun: "2022", posyanduId: String(other) })).toEqual({ ok: false, message: "Posyandu tidak terdaftar atau di luar wilayah Anda; tidak ada yang disimpan." });
    expect(await save({ tahun: "2022" }, "camat")).toEqual({ ok: false, message: "Peran Anda tidak dapat mengisi profil posyandu; tidak ada yang disimpan." });
    expect(await audits()).toBe(n);
    expect(await profile(2022, other)).toBeNull();
  });
});
