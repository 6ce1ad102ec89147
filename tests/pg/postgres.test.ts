// Runs only via `npm run test:pg` (TEST_POSTGRES_URL required): the same model,
// migrations and queries on a real, throwaway PostgreSQL database.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { createDb, type Db } from "@/lib/db/client";
import { resetEnvCache } from "@/lib/env";
import { migrate } from "../../scripts/db-migrate";
import { loadWilayah } from "@/lib/wilayah/load";
import { readOfficialAreas } from "@/lib/wilayah/idn-area";
import { generateDemo } from "@/lib/demo/generate";
import { persistDemo } from "@/lib/demo/persist";
import { demoUsers } from "@/lib/demo/users";
import { getOverview } from "@/lib/queries/overview";
import { loadViewer } from "@/lib/queries/auth";
import { getScorecard } from "@/lib/queries/scorecard";
import { WILAYAH_KERJA } from "@/lib/queries/indicator-root";
import { freshDb } from "../helpers/db";
import { throwawayPg } from "../helpers/pg-db";
import { dropDatabaseForced } from "@/lib/db/pg-drop";

const { name, url, admin } = throwawayPg("pantau_test");

const kelurahan = readOfficialAreas("18.72")
  .filter((a) => a.level === "KELURAHAN")
  .map((a) => ({ code: a.code, name: a.name, kecamatanCode: a.parentCode!, kabKotaCode: "18.72" }));

async function seed(db: Db) {
  await loadWilayah(db, "18.72");
  const data = generateDemo(kelurahan);
  await persistDemo(db, data, "18.72", demoUsers(data, "18.72").map((u) => ({ ...u, passwordHash: "x" })));
}

describe("PostgreSQL", () => {
  let db: Db;
  beforeAll(async () => {
    await admin(`CREATE DATABASE "${name}"`);
    migrate(url, true);
    db = createDb(url);
  }, 180_000);
  afterAll(async () => {
    await db?.$disconnect();
    await dropDatabaseForced(admin, name);
  });

  it("the PostgreSQL migrations produce exactly the schema", () => {
    const r = spawnSync(process.execPath, ["node_modules/prisma/build/index.js", "migrate", "diff", "--from-migrations", "prisma/postgres/migrations", "--to-schema-datamodel", "prisma/postgres/schema.prisma", "--exit-code"], {
      env: { ...process.env, DATABASE_URL: url, CHECKPOINT_DISABLE: "1" },
      encoding: "utf8",
    });
    expect(r.stdout + r.stderr).toContain("No difference detected");
    expect(r.status).toBe(0);
  }, 120_000);

  it("loads the area tree idempotently", async () => {
    const first = await loadWilayah(db, "18.72");
    const second = await loadWilayah(db, "18.72");
    expect(first.inserted).toBe(29);
    expect(second).toMatchObject({ inserted: 0, updated: 0, unchanged: 29 });
  });

  it("gives the camat exactly the same overview as on SQLite", async () => {
    await seed(db);
    const sqlite = freshDb();
    await seed(sqlite.db);
    const overviewOn = async (dbUrl: string, username: string, scopeAreaCode?: string) => {
      process.env.DATABASE_URL = dbUrl;
      resetEnvCache();
      (globalThis as { pantauDb?: unknown }).pantauDb = undefined;
      const user = await createDb(dbUrl).user.findUniqueOrThrow({ where: { username } });
      const viewer = (await loadViewer(user.id, 0))!;
      return getOverview(scopeAreaCode ? { ...viewer, scopeAreaCode } : viewer);
    };
    const onPg = await overviewOn(url, "camat");
    const onSqlite = await overviewOn(sqlite.url, "camat");
    expect(onPg.rows).toHaveLength(5);
    expect(onPg.posyandu).toBeGreaterThan(0);
    expect(onPg).toEqual(onSqlite);
    // A province's totals come from one raw statement (lib/queries/overview.ts): same numbers on both.
    const provinceOnPg = await overviewOn(url, "pimpinan", "18");
    const provinceOnSqlite = await overviewOn(sqlite.url, "pimpinan", "18");
    expect(provinceOnPg).toMatchObject({ kecamatan: 5, kelurahan: 22 });
    expect(provinceOnPg.kaderAktif).toBeGreaterThan(0);
    expect(provinceOnPg).toEqual(provinceOnSqlite);
    // The puskesmas's wilayah kerja (summed from base rows, no rollup rows of its own): same table on both.
    const kerjaOn = async (dbUrl: string) => {
      process.env.DATABASE_URL = dbUrl;
      resetEnvCache();
      (globalThis as { pantauDb?: unknown }).pantauDb = undefined;
      const user = await createDb(dbUrl).user.findUniqueOrThrow({ where: { username: "puskesmas" } });
      return getScorecard((await loadViewer(user.id, 0))!, WILAYAH_KERJA, "2026-08");
    };
    const kerjaOnPg = await kerjaOn(url);
    expect(kerjaOnPg!.rows).toHaveLength(2);
    expect(kerjaOnPg!.total.cells.stunting?.penyebut).toBeGreaterThan(0);
    expect(kerjaOnPg).toEqual(await kerjaOn(sqlite.url));
  }, 120_000);
});
