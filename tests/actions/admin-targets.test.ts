import { beforeAll, describe, expect, it } from "vitest";
import { demoDb, type DemoDb } from "../helpers/demo-db";
import { deleteTarget, setTarget } from "@/lib/actions/admin";
import { listTargets } from "@/lib/queries/admin";
import { INDICATORS, indicatorLabel } from "@/lib/validations/targets";
import { seedReference } from "@/lib/reference/seed";

describe("indicator targets (ADMIN)", () => {
  let t: DemoDb;
  const rows = (indicator: string, year: number, areaCode: string | null) => t.db.indicatorTarget.findMany({ where: { indicator, year, areaCode } });
  const counts = async () => ({ targets: await t.db.indicatorTarget.count(), audit: await t.db.auditLog.count() });

  beforeAll(async () => {
    t = await demoDb();
    await seedReference(t.db);
  });

  it("defines every required indicator once, with an Indonesian label", () => {
    const ids = INDICATORS.map((i) => i.id);
    for (const id of ["stunting", "stunting_berat", "wasting", "underweight", "d_s", "k_s", "n_d", "posyandu_aktif", "purnama_mandiri", "posyandu_kader_cukup", "kelengkapan_laporan"]) {
      expect(ids).toContain(id);
    }
    expect(new Set(ids).size).toBe(ids.length);
    expect(indicatorLabel("d_s")).toContain("D/S");
  });

  it("upserts a national default (null area) without duplicating it", async () => {
    const first = await setTarget(t.db, t.viewers.admin, { indicator: "d_s", year: "2026", areaCode: "", value: "80", source: "Renstra Dinkes" });
    expect(first.ok).toBe(true);
    const second = await setTarget(t.db, t.viewers.admin, { indicator: "d_s", year: "2026", areaCode: "", value: "82,5", source: "Renstra Dinkes 2025–2029" });
    expect(second.ok).toBe(true);
    const national = await rows("d_s", 2026, null);
    expect(national).toHaveLength(1);
    expect(national[0]).toMatchObject({ value: 82.5, source: "Renstra Dinkes 2025–2029" });
    const audits = await t.db.auditLog.findMany({ where: { entity: "IndicatorTarget", entityId: String(national[0]!.id) }, orderBy: { id: "asc" } });
    expect(audits.map((a) => a.action)).toEqual(["CREATE", "UPDATE"]);
    expect(JSON.parse(audits[1]!.before!)).toMatchObject({ value: 80 });
  });

  it("updates the seeded national stunting target in place", async () => {
    expect(await rows("stunting", 2025, null)).toHaveLength(1);
    expect((await setTarget(t.db, t.viewers.admin, { indicator: "stunting", year: 2025, value: "17", source: "Perwali Metro" })).ok).toBe(true);
    const seeded = await rows("stunting", 2025, null);
    expect(seeded).toHaveLength(1);
    expect(seeded[0]!.value).toBe(17);
  });

  it("keeps area overrides apart from the national row, one per area", async () => {
    for (const value of ["12", "11,5"]) {
      expect((await setTarget(t.db, t.viewers.admin, { indicator: "stunting", year: 2025, areaCode: "18.72.01", value, source: "SK Camat" })).ok).toBe(true);
    }
    expect((await setTarget(t.db, t.viewers.admin, { indicator: "stunting", year: 2025, areaCode: "18.72.01.1001", value: "10", source: "SK Lurah" })).ok).toBe(true);
    const kec = await rows("stunting", 2025, "18.72.01");
    expect(kec).toHaveLength(1);
    expect(kec[0]!.value).toBe(11.5);
    expect(await rows("stunting", 2025, null)).toHaveLength(1);
    const listed = await listTargets(t.viewers.admin);
    expect(listed.filter((r) => r.indicator === "stunting" && r.year === 2025).map((r) => r.areaCode)).toEqual([null, "18.72.01", "18.72.01.1001"]);
  });

  it("an unchanged value writes nothing", async () => {
    const before = await counts();
    const result = await setTarget(t.db, t.viewers.admin, { indicator: "stunting", year: 2025, areaCode: "18.72.01", value: "11.5", source: "SK Camat" });
    expect(result.message).toContain("tidak berubah");
    expect(await counts()).toEqual(before);
  });

  it.each(["pimpinan", "camat", "lurah", "puskesmas"] as const)("refuses %s and writes nothing", async (who) => {
    const before = await counts();
    const result = await setTarget(t.db, t.viewers[who], { indicator: "wasting", year: 2026, areaCode: "", value: "5", source: "x" });
    expect(result).toMatchObject({ ok: false, message: "Hanya admin yang dapat melakukan ini." });
    const target = await t.db.indicatorTarget.findFirstOrThrow({ where: { areaCode: "18.72.01" } });
    expect((await deleteTarget(t.db, t.viewers[who], { id: String(target.id) })).ok).toBe(false);
    expect(await counts()).toEqual(before);
    expect(await listTargets(t.viewers[who])).toEqual([]);
  });

  it.each([
    [{ areaCode: "35.73.01" }, "areaCode", "di luar wilayah Anda"],
    [{ areaCode: "18" }, "areaCode", "di luar wilayah Anda"],
    [{ value: "120" }, "value", "0–100"],
    [{ value: "1.000,5" }, "value", "0–100"],
    [{ value: "" }, "value", "wajib diisi"],
    [{ indicator: "imunisasi" }, "indicator", "Pilih indikator"],
    [{ year: "26" }, "year", "Tahun minimal 2000"],
    [{ source: " " }, "source", "wajib diisi"],
  ])("rejects %j", async (over, field, message) => {
    const before = await counts();
    const result = await setTarget(t.db, t.viewers.admin, { indicator: "wasting", year: "2026", areaCode: "", value: "5", source: "Renstra", ...over });
    expect(result.ok).toBe(false);
    expect(result.fieldErrors?.[field]).toContain(message);
    expect(await counts()).toEqual(before);
  });

  it("deletes an area override but never a national default", async () => {
    const national = (await rows("d_s", 2026, null))[0]!;
    expect((await deleteTarget(t.db, t.viewers.admin, { id: national.id })).message).toContain("Target nasional tidak dapat dihapus");
    const override = (await rows("stunting", 2025, "18.72.01.1001"))[0]!;
    expect((await deleteTarget(t.db, t.viewers.admin, { id: override.id })).ok).toBe(true);
    expect(await rows("stunting", 2025, "18.72.01.1001")).toHaveLength(0);
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { entity: "IndicatorTarget", entityId: String(override.id), action: "DELETE" } });
    expect(JSON.parse(audit.before!)).toMatchObject({ value: 10 });
    expect(await rows("d_s", 2026, null)).toHaveLength(1);
  });
});
