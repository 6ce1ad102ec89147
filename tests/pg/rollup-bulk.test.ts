// Runs only via `npm run test:pg`: the SQL rollup rebuild and the bulk demo
// path on a real, throwaway PostgreSQL database, against the Prisma paths.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { loadWilayah } from "@/lib/wilayah/load";
import { generateDemo } from "@/lib/demo/generate";
import { persistDemo } from "@/lib/demo/persist";
import { demoUsers } from "@/lib/demo/users";
import { backfillAreaKader, rebuildAllRollups } from "@/lib/rollup/rebuild";
import { refreshRollups } from "@/lib/rollup/refresh";
import { metroKelurahan } from "../helpers/demo-db";
import { dump, rollupSnapshot } from "../helpers/demo-dump";
import { seedBulk } from "../helpers/bulk-seed";
import { openBulkDb } from "@/lib/demo/bulk-db";
import { migratedPg } from "../helpers/pg-db";

const pg = migratedPg("pantau_test");

describe("PostgreSQL: SQL rollups and the bulk demo path", () => {
  let db: Db;
  beforeAll(async () => {
    db = await pg.open();
    await loadWilayah(db, "18.72");
  }, 180_000);
  afterAll(() => pg.close());

  it("rebuildAllRollups = refreshRollups({ all: true }), and the bulk path = persistDemo", async () => {
    const data = generateDemo(metroKelurahan());
    await persistDemo(db, data, "18.72", demoUsers(data, "18.72").map((u) => ({ ...u, passwordHash: "x" })));
    const [a] = await db.posyandu.findMany({ orderBy: { id: "asc" }, take: 1 });
    await db.monthlyReport.update({ where: { posyanduId_period: { posyanduId: a!.id, period: "2026-10" } }, data: { s: null, d: 140 } });
    await db.$transaction((tx) => refreshRollups(tx, { posyanduIds: [a!.id], all: true }), { timeout: 120_000 });
    const viaRefresh = await rollupSnapshot(db);
    expect(viaRefresh.areaMonth.length).toBeGreaterThan(1000);
    await db.$transaction((tx) => rebuildAllRollups(tx), { timeout: 120_000 });
    expect(await rollupSnapshot(db)).toEqual(viaRefresh);
    expect(viaRefresh.areaKader.filter((k) => k.kaderAktif > 0).length).toBeGreaterThan(1000);
    // A database migrated from before AreaKader gets the same rows from db:migrate's backfill.
    await db.areaKader.deleteMany();
    expect(await backfillAreaKader(db)).toBe(1);
    expect(await rollupSnapshot(db)).toEqual(viaRefresh);

    await db.monthlyReport.update({ where: { posyanduId_period: { posyanduId: a!.id, period: "2026-10" } }, data: { s: data.reports.find((r) => r.posyanduCode === a!.code && r.period === "2026-10")!.s, d: data.reports.find((r) => r.posyanduCode === a!.code && r.period === "2026-10")!.d } });
    await db.$transaction((tx) => rebuildAllRollups(tx), { timeout: 120_000 });
    const viaPrisma = { ...(await dump(db)), meetings: [] };
    const rollups = await rollupSnapshot(db);
    await seedBulk(db, pg.url, metroKelurahan());
    expect(await dump(db)).toEqual(viaPrisma);
    expect(await rollupSnapshot(db)).toEqual(rollups);
    // The serial sequences moved past the explicit ids.
    const extra = await db.posyandu.create({ data: { code: "BARU-1", name: "Posyandu Baru", kelurahanCode: "18.72.01.1001", kecamatanCode: "18.72.01", kabKotaCode: "18.72" } });
    expect(extra.id).toBe(data.posyandu.length + 1);
  }, 300_000);

  it("COPY keeps tabs, line breaks, backslashes, NULL-looking text, booleans and dates", async () => {
    const bulk = await openBulkDb(pg.url);
    const tricky = "a\tb\nc\\N d\\ e\r";
    const when = new Date("2026-03-05T02:00:00.000Z");
    try {
      await bulk.begin();
      await bulk.load("Setting", ["key", "value", "updatedAt"], [["uji-copy", tricky, when], ["uji-null", "\\N", when]]);
      await bulk.commit();
    } finally {
      await bulk.close();
    }
    expect(await db.setting.findUnique({ where: { key: "uji-copy" } })).toEqual({ key: "uji-copy", value: tricky, updatedAt: when });
    expect((await db.setting.findUnique({ where: { key: "uji-null" } }))?.value).toBe("\\N");
  });
});
