import { beforeAll, describe, expect, it } from "vitest";
import { demoDb, type DemoDb } from "../helpers/demo-db";
import { getMonthlyGrid, getNutritionEntry, getProfileEntry, listEntryPosyandu, listEntryVillages } from "@/lib/queries/entry";
import { parseGridParams, todayInJakarta } from "@/lib/validations/reports";

const METRO = "18.72.01.1001";

describe("data-entry reads (scoped)", () => {
  let t: DemoDb;
  beforeAll(async () => {
    t = await demoDb();
  });

  it("lists the kelurahan a viewer may fill in: the whole kota, one kelurahan, or the wilayah kerja", async () => {
    expect((await listEntryVillages(t.viewers.admin)).length).toBe(22);
    expect(await listEntryVillages(t.viewers.lurah)).toEqual([{ code: METRO, name: "Metro", kecamatanName: "Metro Pusat" }]);
    expect((await listEntryVillages(t.viewers.puskesmas)).map((v) => v.code)).toEqual(t.viewers.puskesmas.wilayahKerja);
  });

  it("builds the grid from the active posyandu with this month's report and last month's S", async () => {
    const grid = await getMonthlyGrid(t.viewers.lurah, METRO, "2026-10");
    const active = await t.db.posyandu.count({ where: { kelurahanCode: METRO, active: true } });
    expect(grid).toHaveLength(active);
    const withReport = grid.find((r) => r.report !== null)!;
    const stored = await t.db.monthlyReport.findUniqueOrThrow({ where: { posyanduId_period: { posyanduId: withReport.posyanduId, period: "2026-10" } } });
    expect(withReport.report).toMatchObject({ s: stored.s, d: stored.d, source: "DEMO" });
    const sept = await t.db.monthlyReport.findUnique({ where: { posyanduId_period: { posyanduId: withReport.posyanduId, period: "2026-09" } } });
    expect(withReport.lastS).toBe(sept?.s ?? null);
    expect((await getMonthlyGrid(t.viewers.lurah, METRO, "2026-11")).every((r) => r.report === null)).toBe(true);
  });

  it("returns nothing outside the viewer's scope", async () => {
    expect(await getMonthlyGrid(t.viewers.lurah, "18.72.01.1002", "2026-10")).toEqual([]);
    const foreign = await t.db.nutritionAggregate.findFirstOrThrow({ where: { posyandu: { kelurahanCode: "18.72.02.1001" } } });
    expect(await getNutritionEntry(t.viewers.lurah, foreign.posyanduId, foreign.period, "eppgbm")).toBeNull();
    expect(await getNutritionEntry(t.viewers.admin, foreign.posyanduId, foreign.period, "eppgbm")).toMatchObject({ diukurTb: foreign.diukurTb });
    const profile = await t.db.annualProfile.findFirstOrThrow({ where: { posyandu: { kelurahanCode: "18.72.02.1001" } } });
    expect(await getProfileEntry(t.viewers.lurah, profile.posyanduId, profile.year)).toBeNull();
    expect((await listEntryPosyandu(t.viewers.lurah)).every((p) => p.kelurahanCode === METRO && p.kelurahanName === "Metro")).toBe(true);
  });

  it("falls back to the first kelurahan in scope and last month for bad URL values", () => {
    const villages = [METRO, "18.72.01.1002"];
    expect(parseGridParams({ wilayah: "18.72.01.1002", periode: "2026-03" }, villages, "2026-11-23")).toEqual({ wilayah: "18.72.01.1002", periode: "2026-03" });
    expect(parseGridParams({ wilayah: "18.72.02.1001", periode: "2026-12" }, villages, "2026-11-23")).toEqual({ wilayah: METRO, periode: "2026-10" });
    expect(parseGridParams({ wilayah: ["x"], periode: "2026-13" }, villages, "2026-01-05")).toEqual({ wilayah: METRO, periode: "2025-12" });
    expect(parseGridParams({}, [], "2026-11-23")).toEqual({ wilayah: null, periode: "2026-10" });
  });

  it("judges today on the WIB calendar", () => {
    expect(todayInJakarta(new Date("2026-10-31T17:30:00Z"))).toBe("2026-11-01");
    expect(todayInJakarta(new Date("2026-10-31T16:30:00Z"))).toBe("2026-10-31");
  });
});
