import { beforeAll, describe, expect, it } from "vitest";
import { demoDb, type DemoDb } from "../helpers/demo-db";
import { refreshRollups } from "@/lib/rollup/refresh";
import { rebuildAllRollups } from "@/lib/rollup/rebuild";
import { rollupSnapshot } from "../helpers/demo-dump";

describe("rebuildAllRollups (SQL) = refreshRollups({ all: true })", () => {
  let t: DemoDb;
  beforeAll(async () => {
    t = await demoDb();
  });

  it("gives the same rows on the Kota Metro demo", async () => {
    const before = await rollupSnapshot(t.db);
    expect(before.areaMonth.length).toBeGreaterThan(1000);
    expect(before.posyanduYear.length).toBeGreaterThan(500);
    expect(before.areaKader.filter((k) => k.kaderAktif > 0).length).toBeGreaterThan(1000);
    const counts = await t.db.$transaction((tx) => rebuildAllRollups(tx), { timeout: 120_000 });
    const after = await rollupSnapshot(t.db);
    expect(after).toEqual(before);
    expect(counts).toMatchObject({ PosyanduYear: before.posyanduYear.length, AreaMonth: before.areaMonth.length, AreaNutrition: before.areaNutrition.length, AreaYear: before.areaYear.length, AreaKader: before.areaKader.length });
  });

  it("gives the same rows with nulls, D > S, an inactive posyandu, a second nutrition source and a new SK kader", async () => {
    const posyandu = await t.db.posyandu.findMany({ where: { kelurahanCode: "18.72.01.1001" }, orderBy: { id: "asc" } });
    const [a, b, c] = posyandu;
    await t.db.posyandu.update({ where: { id: c!.id }, data: { active: false } });
    await t.db.monthlyReport.update({ where: { posyanduId_period: { posyanduId: a!.id, period: "2026-10" } }, data: { s: null, k: null, d: 120, n: null } });
    await t.db.monthlyReport.upsert({
      where: { posyanduId_period: { posyanduId: b!.id, period: "2026-11" } },
      create: { posyanduId: b!.id, period: "2026-11", opened: true, kaderOnDuty: 5, s: 50, k: 40, d: 60, n: 30, bgm: null, t2: 1, source: "FORM", enteredAt: new Date("2026-12-03T08:00:00Z") },
      update: {},
    });
    await t.db.nutritionAggregate.create({ data: { posyanduId: a!.id, period: "2026-08", source: "SURVEI", diukurTb: 40, sangatPendek: 2, pendek: 5, diukurBbTb: 40, giziBuruk: 1, giziKurang: 2, diukurBb: 40, bbSangatKurang: 1, bbKurang: 3 } });
    const kader = await t.db.kader.create({ data: { code: "KX1", name: "Kader Baru" } });
    await t.db.kaderMembership.create({ data: { kaderId: kader.id, posyanduId: a!.id, startDate: new Date("2025-03-01T00:00:00Z"), endDate: new Date("2026-01-01T00:00:00Z"), skNumber: "SK 1" } });
    const kel = [...new Set(t.data.posyandu.map((p) => p.kelurahanCode))];
    await t.db.$transaction((tx) => refreshRollups(tx, { kelurahanCodes: kel, all: true }), { timeout: 120_000 });
    const viaRefresh = await rollupSnapshot(t.db);
    expect(viaRefresh.areaMonth.some((m) => m.period === "2026-11")).toBe(true);
    await t.db.$transaction((tx) => rebuildAllRollups(tx), { timeout: 120_000 });
    expect(await rollupSnapshot(t.db)).toEqual(viaRefresh);
  });

  it("refreshRollups takes more ids and codes than SQLite's bound-variable limit", async () => {
    const before = await rollupSnapshot(t.db);
    const ids = (await t.db.posyandu.findMany({ select: { id: true } })).map((p) => p.id);
    const fakeIds = Array.from({ length: 40_000 }, (_, i) => 1_000_000 + i);
    const kel = [...new Set(t.data.posyandu.map((p) => p.kelurahanCode))];
    const fakeKel = Array.from({ length: 40_000 }, (_, i) => `99.99.${String(10 + (i % 80)).padStart(2, "0")}.${String(1000 + Math.floor(i / 80)).padStart(4, "0")}`);
    await t.db.$transaction((tx) => refreshRollups(tx, { posyanduIds: [...ids, ...fakeIds], kelurahanCodes: [...fakeKel, ...kel], all: true }), { timeout: 300_000 });
    expect(await rollupSnapshot(t.db)).toEqual(before);
  });
});
