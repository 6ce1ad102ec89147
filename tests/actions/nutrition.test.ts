import { beforeAll, describe, expect, it } from "vitest";
import { demoDb, type DemoDb } from "../helpers/demo-db";
import { saveNutrition } from "@/lib/actions/nutrition";
import { checkNutrition, latestMeasurementPeriod, nutritionSchema, type NutritionInput } from "@/lib/validations/reports";

const TODAY = "2026-11-23";

const counts = { diukur_tb: "70", sangat_pendek: "3", pendek: "8", diukur_bb_tb: "70", gizi_buruk: "1", gizi_kurang: "4", diukur_bb: "72", bb_sangat_kurang: "2", bb_kurang: "7" };

describe("nutrition aggregate form (saveNutrition)", () => {
  let t: DemoDb;
  let own: number;
  let other: number;
  beforeAll(async () => {
    t = await demoDb();
    own = (await t.db.posyandu.findFirstOrThrow({ where: { kelurahanCode: "18.72.01.1001", active: true } })).id;
    other = (await t.db.posyandu.findFirstOrThrow({ where: { kelurahanCode: "18.72.02.1001" } })).id;
  });
  const input = (v: Partial<NutritionInput> = {}): NutritionInput => ({ posyanduId: String(own), periode: "2026-08", sumber: "manual", ...counts, ...v });
  const save = (v: Partial<NutritionInput> = {}, who: keyof DemoDb["viewers"] = "lurah") => saveNutrition(t.db, t.viewers[who], input(v), TODAY);
  const audits = () => t.db.auditLog.count({ where: { entity: "NutritionAggregate" } });
  const row = (source: "SIP" | "SURVEI" | "EPPGBM", period = "2026-08") =>
    t.db.nutritionAggregate.findUnique({ where: { posyanduId_period_source: { posyanduId: own, period, source } } });

  it("creates a manual (SIP) record, leaves it untouched when saved again, then updates it with an audited before/after", async () => {
    const first = await save();
    expect(first.ok).toBe(true);
    expect(first.message).toMatch(/^Status gizi .+, Agustus 2026 \(Manual \(rekap SIP\)\) tersimpan \(baru\)\.$/);
    expect(first.warnings).toEqual([]);
    expect(await row("SIP")).toMatchObject({ diukurTb: 70, sangatPendek: 3, pendek: 8, bbKurang: 7, enteredById: t.viewers.lurah.id });

    const n = await audits();
    expect((await save()).message).toMatch(/tidak berubah\.$/);
    expect(await audits()).toBe(n);

    expect((await save({ pendek: "9" })).message).toMatch(/tersimpan \(diperbarui\)\.$/);
    const entry = await t.db.auditLog.findFirstOrThrow({ where: { entity: "NutritionAggregate", action: "UPDATE" }, orderBy: { id: "desc" } });
    expect(JSON.parse(entry.before!)).toMatchObject({ source: "SIP", pendek: 8 });
    expect(JSON.parse(entry.after!)).toMatchObject({ pendek: 9, enteredById: t.viewers.lurah.id });
  });

  it("keeps sources apart: a survey figure for the same posyandu and month is its own record", async () => {
    expect((await save({ sumber: "survei", sangat_pendek: "10", pendek: "12" })).ok).toBe(true);
    expect(await row("SURVEI")).toMatchObject({ sangatPendek: 10, pendek: 12 });
    expect(await row("SIP")).toMatchObject({ sangatPendek: 3, pendek: 9 });
  });

  it.each([
    ["stunted above measured", { sangat_pendek: "40", pendek: "31" }, { diukur_tb: "Sangat pendek + Pendek (71) lebih besar dari Diukur TB/PB (70)" }],
    ["wasted above measured", { diukur_bb_tb: "3" }, { diukur_bb_tb: "Gizi buruk + Gizi kurang (5) lebih besar dari Diukur BB/TB (3)" }],
    ["underweight above measured", { diukur_bb: "8" }, { diukur_bb: "BB sangat kurang + BB kurang (9) lebih besar dari Diukur BB/U (8)" }],
    ["a future period", { periode: "2027-02" }, { periode: "periode 2027-02 belum terjadi" }],
    ["a blank count", { gizi_buruk: "" }, { gizi_buruk: "wajib diisi (isi 0 bila tidak ada)" }],
    ["an unknown source", { sumber: "dinkes" as "manual" }, { sumber: "sumber harus e-PPGBM, manual atau survei" }],
  ])("rejects %s and writes nothing", async (_label, v, fieldErrors) => {
    const n = await audits();
    const result = await save({ periode: "2026-02", ...v });
    expect(result.ok).toBe(false);
    expect(result.fieldErrors).toEqual(fieldErrors);
    expect(await audits()).toBe(n);
    expect(await row("SIP", "2026-02")).toBeNull();
  });

  it("warns (but saves) when the month is not February or August", async () => {
    const result = await save({ periode: "2026-06" });
    expect(result.ok).toBe(true);
    expect(result.warnings).toEqual(["2026-06 bukan bulan penimbangan (Februari/Agustus)"]);
  });

  it("refuses a posyandu outside the lurah's kelurahan and a read-only role", async () => {
    const n = await audits();
    expect(await save({ posyanduId: String(other) })).toEqual({ ok: false, message: "Posyandu tidak terdaftar atau di luar wilayah Anda; tidak ada yang disimpan." });
    expect(await save({ periode: "2026-02" }, "pimpinan")).toEqual({ ok: false, message: "Peran Anda tidak dapat mengisi data status gizi; tidak ada yang disimpan." });
    expect(await audits()).toBe(n);
  });

  it("lets the admin write anywhere in the kota", async () => {
    expect((await saveNutrition(t.db, t.viewers.admin, input({ posyanduId: String(other), sumber: "eppgbm", periode: "2026-02" }), TODAY)).ok).toBe(true);
  });

  it("defaults to the latest weighing month that has begun", () => {
    expect(latestMeasurementPeriod("2026-11-23")).toBe("2026-08");
    expect(latestMeasurementPeriod("2026-08-01")).toBe("2026-08");
    expect(latestMeasurementPeriod("2026-01-15")).toBe("2025-08");
    const v = nutritionSchema.parse({ posyanduId: 1, periode: "2026-02", sumber: "eppgbm", ...counts });
    expect(checkNutrition(v, "2026-01-31").errors).toEqual({ periode: "periode 2026-02 belum terjadi" });
  });
});
