// /api/health on real throwaway SQLite databases: migrated, unmigrated, behind, unreachable.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { randomUUID } from "node:crypto";
import { GET } from "@/app/api/health/route";
import { listMigrations } from "@/lib/db/migrations";
import { resetEnvCache } from "@/lib/env";
import { freshDb, runDir } from "../helpers/db";

const shipped = listMigrations(false);

/** Points db() and env() at another URL, as a restart with a new DATABASE_URL would. */
function useUrl(url: string) {
  process.env.DATABASE_URL = url;
  resetEnvCache();
  (globalThis as { pantauDb?: unknown }).pantauDb = undefined;
}

async function health() {
  const res = await GET();
  return { status: res.status, cache: res.headers.get("cache-control"), body: await res.json() };
}

describe("GET /api/health", () => {
  let logged: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    logged = vi.spyOn(console, "error").mockImplementation(() => {});
  });
  afterEach(() => logged.mockRestore());

  it("answers 200 ok for a reachable, fully migrated database", async () => {
    freshDb();
    expect(shipped.length).toBeGreaterThanOrEqual(3);
    const r = await health();
    expect(r.status).toBe(200);
    expect(r.cache).toBe("no-store");
    expect(r.body).toEqual({ status: "ok", database: true, migrasi: { terpasang: shipped.length, tersedia: shipped.length, mutakhir: true } });
  });

  it("answers 503 for a reachable database that was never migrated", async () => {
    useUrl(`file:./${runDir()}/kosong-${randomUUID()}.db`);
    const r = await health();
    expect(r.status).toBe(503);
    expect(r.body).toEqual({ status: "gagal", database: true, migrasi: { terpasang: 0, tersedia: shipped.length, mutakhir: false } });
  });

  it("answers 503 when the latest migration is missing or failed half-way", async () => {
    const t = freshDb();
    const latest = shipped.at(-1)!;
    await t.db.$executeRawUnsafe("UPDATE _prisma_migrations SET finished_at = NULL WHERE migration_name = ?", latest);
    const r = await health();
    expect(r.status).toBe(503);
    expect(r.body.migrasi).toEqual({ terpasang: shipped.length - 1, tersedia: shipped.length, mutakhir: false });
    await t.db.$disconnect();
  });

  it("still answers 200 when the database is ahead of the code, and shows it", async () => {
    const t = freshDb();
    await t.db.$executeRawUnsafe(
      "INSERT INTO _prisma_migrations (id, checksum, migration_name, finished_at, applied_steps_count) VALUES (?, 'x', '99990101000000_later', CURRENT_TIMESTAMP, 1)",
      randomUUID(),
    );
    const r = await health();
    expect(r.status).toBe(200);
    expect(r.body.migrasi).toEqual({ terpasang: shipped.length + 1, tersedia: shipped.length, mutakhir: true });
    await t.db.$disconnect();
  });

  it("answers 503 without any detail when the database cannot be opened, and logs why", async () => {
    const missing = `${runDir()}/tidak-ada-${randomUUID()}/pantau.db`;
    useUrl(`file:./${missing}`);
    const r = await health();
    expect(r.status).toBe(503);
    expect(r.body).toEqual({ status: "gagal", database: false, migrasi: { terpasang: 0, tersedia: shipped.length, mutakhir: false } });
    expect(JSON.stringify(r.body)).not.toMatch(/tidak-ada|Error|at /);
    expect(logged).toHaveBeenCalledWith(expect.stringContaining("\"event\":\"health_basis_data_tidak_terhubung\""));
  });
});
