// The migration that added AreaMonth.ndTanpaOb fills it for rollups built before it: every area and month must
// then count the reports without O or B exactly as a rebuild of the rollups does. Otherwise a room would read an
// old month's N/D as resting on D − O − B while it rests on plain D.
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { demoDb, type DemoDb } from "../helpers/demo-db";
import { rebuildAllRollups } from "@/lib/rollup/rebuild";

const FOLDER = "20261203155501_nd_tanpa_ob";
const MARKER = "-- No report stored before this migration";
const dataPart = (file: string) => {
  const sql = readFileSync(file, "utf8");
  return sql.slice(sql.indexOf(MARKER));
};

describe(`migration ${FOLDER}`, () => {
  let t: DemoDb;
  beforeAll(async () => {
    t = await demoDb();
  });

  it("runs the same data step on SQLite and PostgreSQL", () => {
    const sqlite = dataPart(`prisma/migrations/${FOLDER}/migration.sql`);
    expect(sqlite.length).toBeGreaterThan(MARKER.length + 100);
    expect(dataPart(`prisma/postgres/migrations/${FOLDER}/migration.sql`)).toBe(sqlite);
  });

  it("counts, for every area and month, the reports without O or B as the rollups count them", async () => {
    // Old reports: O blank in Kecamatan Metro Pusat (18.72.01), B blank in Banjarsari (18.72.02.1001), both filled elsewhere.
    await t.db.$executeRawUnsafe(`UPDATE "MonthlyReport" SET "o" = NULL WHERE "posyanduId" IN (SELECT "id" FROM "Posyandu" WHERE "kecamatanCode" = '18.72.01')`);
    await t.db.$executeRawUnsafe(`UPDATE "MonthlyReport" SET "b" = NULL WHERE "posyanduId" IN (SELECT "id" FROM "Posyandu" WHERE "kelurahanCode" = '18.72.02.1001')`);
    await t.db.$transaction((tx) => rebuildAllRollups(tx), { timeout: 120_000 });
    const truth = await t.db.areaMonth.findMany({ select: { areaCode: true, period: true, ndTanpaOb: true }, orderBy: [{ areaCode: "asc" }, { period: "asc" }] });
    expect(truth.find((r) => r.areaCode === "18.72.01" && r.period === "2026-10")!.ndTanpaOb).toBeGreaterThan(10);
    expect(truth.find((r) => r.areaCode === "18.72.03" && r.period === "2026-10")!.ndTanpaOb).toBe(0);
    // As the column arrives: 0 everywhere. Then the migration's data step.
    await t.db.areaMonth.updateMany({ data: { ndTanpaOb: 0 } });
    for (const statement of dataPart(`prisma/migrations/${FOLDER}/migration.sql`).split(";").filter((s) => /\bUPDATE\b/.test(s))) {
      await t.db.$executeRawUnsafe(statement);
    }
    const migrated = await t.db.areaMonth.findMany({ select: { areaCode: true, period: true, ndTanpaOb: true }, orderBy: [{ areaCode: "asc" }, { period: "asc" }] });
    expect(migrated).toEqual(truth);
  });
});
