// Runs only via `npm run test:pg`: /api/health on a real, throwaway PostgreSQL
// database, before and after `migrate deploy` (prisma/postgres/migrations).
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { listMigrations } from "@/lib/db/migrations";
import { resetEnvCache } from "@/lib/env";
import type { Db } from "@/lib/db/client";
import { GET } from "@/app/api/health/route";
import { migrate } from "../../scripts/db-migrate";
import { throwawayPg } from "../helpers/pg-db";
import { dropDatabaseForced } from "@/lib/db/pg-drop";

const { name, url, admin } = throwawayPg("pantau_health");
const shipped = listMigrations(true);

const singleton = globalThis as { pantauDb?: Db };

async function health() {
  const res = await GET();
  return { status: res.status, body: await res.json() };
}

describe("GET /api/health on PostgreSQL", () => {
  beforeAll(async () => {
    await admin(`CREATE DATABASE "${name}"`);
    process.env.DATABASE_URL = url;
    resetEnvCache();
    singleton.pantauDb = undefined;
  });
  afterAll(async () => {
    await singleton.pantauDb?.$disconnect();
    singleton.pantauDb = undefined;
    await dropDatabaseForced(admin, name);
  });

  it("answers 503 before the migrations and 200 after them", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const before = await health();
    expect(before).toEqual({ status: 503, body: { status: "gagal", database: true, migrasi: { terpasang: 0, tersedia: shipped.length, mutakhir: false } } });
    migrate(url, true);
    const after = await health();
    expect(after).toEqual({ status: 200, body: { status: "ok", database: true, migrasi: { terpasang: shipped.length, tersedia: shipped.length, mutakhir: true } } });
    logged.mockRestore();
  }, 180_000);
});
