// Health of the deployment for /api/health: does the database answer, and has
// every shipped migration been applied? Not scoped by viewer: it returns only
// booleans and counts, never personal or area data.
import "server-only";
import { log } from "../log";
import { db } from "../db/client";
import { isPostgresUrl } from "../db/url";
import { APPLIED_MIGRATIONS_SQL, listMigrations } from "../db/migrations";
import { env } from "../env";

export type Health = {
  database: boolean;
  migrasi: { terpasang: number; tersedia: number; mutakhir: boolean };
};

// A load balancer should hear "unhealthy" quickly, not wait on a dead server.
const TIMEOUT_MS = 3000;

function withTimeout<T>(work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`tidak menjawab dalam ${TIMEOUT_MS} ms`)), TIMEOUT_MS);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/** Names of the applied migrations; empty when the table is missing (never migrated). */
async function appliedMigrations(): Promise<Set<string>> {
  try {
    const rows = await db().$queryRawUnsafe<{ migration_name: string }[]>(APPLIED_MIGRATIONS_SQL);
    return new Set(rows.map((r) => r.migration_name));
  } catch {
    return new Set();
  }
}

function reason(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/**
 * Reachability and migration state of DATABASE_URL. `mutakhir` means every
 * shipped migration is applied; `terpasang` counts all applied ones, so a
 * database ahead of the code shows terpasang > tersedia. Errors are logged, never returned.
 */
export async function getHealth(): Promise<Health> {
  let available: string[] | undefined;
  try {
    available = listMigrations(isPostgresUrl(env().DATABASE_URL));
  } catch (e) {
    log("error", "health_migrasi_tidak_terbaca", { alasan: reason(e) });
  }
  try {
    await withTimeout(db().$queryRawUnsafe("SELECT 1"));
  } catch (e) {
    log("error", "health_basis_data_tidak_terhubung", { alasan: reason(e) });
    return { database: false, migrasi: { terpasang: 0, tersedia: available?.length ?? 0, mutakhir: false } };
  }
  const applied = await withTimeout(appliedMigrations()).catch(() => new Set<string>());
  const mutakhir = available !== undefined && available.every((name) => applied.has(name));
  return { database: true, migrasi: { terpasang: applied.size, tersedia: available?.length ?? 0, mutakhir } };
}
