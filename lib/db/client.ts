// The Prisma client singleton. DATABASE_URL decides the database: a SQLite
// file (default) or PostgreSQL. Both generated clients come from one model
// (prisma/schema.prisma), so the SQLite client's type describes either.
import { PrismaPg } from "@prisma/adapter-pg";
import type { Pool } from "pg";
import { PrismaClient as SqliteClient } from "../generated/sqlite/client.ts";
import { PrismaClient as PostgresClient } from "../generated/postgres/client.ts";
import { isPostgresUrl, pgConfigFromUrl, sqlitePathFromUrl } from "./url.ts";
import { sqliteAdapter, SQLITE_BUSY_TIMEOUT_MS, type SqliteDrivers } from "./sqlite.ts";
import { trackedPool } from "./pg-pool.ts";
import { env } from "../env.ts";

export type Db = SqliteClient;

/**
 * Creates a client for a URL; tests and scripts use this, the app uses `db()`.
 * `busyTimeoutMs` (SQLite only) shortens the wait for another writer's lock, for tests.
 */
export function createDb(url: string, { busyTimeoutMs = SQLITE_BUSY_TIMEOUT_MS }: { busyTimeoutMs?: number } = {}): Db {
  if (isPostgresUrl(url)) {
    const config = pgConfigFromUrl(url);
    // Our own pool (ended by $disconnect): an import finds its transaction's connection among its clients (COPY).
    const pool = trackedPool({ ...config, max: 10 });
    const adapter = new PrismaPg(pool, { disposeExternalPool: true });
    const client = new PostgresClient({ adapter }) as unknown as Db;
    pgServerOf.set(client, config);
    pgPoolOf.set(client, pool);
    return client;
  }
  // WAL + busy timeout + BEGIN IMMEDIATE: a second writer waits instead of failing. Prisma's own wait for a
  // transaction slot (maxWait) outlasts the busy timeout, so a writer that waited too long gets the busy error.
  const adapter = sqliteAdapter(sqlitePathFromUrl(url), busyTimeoutMs);
  const client = new SqliteClient({ adapter, transactionOptions: { maxWait: busyTimeoutMs + 1000 } });
  sqliteDriversOf.set(client, adapter.drivers);
  return client;
}

// On globalThis, like the client: Next bundles this module into more than one layer (the proxy, server
// components, route handlers), each with its own module-level state, while `db()` is one client per process.
const registry = globalThis as unknown as { pantauSqliteDrivers?: WeakMap<Db, SqliteDrivers>; pantauPgServers?: WeakMap<Db, ReturnType<typeof pgConfigFromUrl>>; pantauPgPools?: WeakMap<Db, Pool> };
const sqliteDriversOf = (registry.pantauSqliteDrivers ??= new WeakMap<Db, SqliteDrivers>());

const pgServerOf = (registry.pantauPgServers ??= new WeakMap<Db, ReturnType<typeof pgConfigFromUrl>>());
const pgPoolOf = (registry.pantauPgPools ??= new WeakMap<Db, Pool>());

/**
 * The pg pool a PostgreSQL client made by createDb started with (null for SQLite), for the per-request reads
 * (lib/db/hot-read.ts). Ended by $disconnect; Prisma's adapter then makes a new pool of its own.
 */
export function pgPool(client: Db): Pool | null {
  const pool = pgPoolOf.get(client);
  return pool && !pool.ending && !pool.ended ? pool : null;
}

/** Host, port and database of a PostgreSQL client made by createDb (null for SQLite): to find its connections (pg-pool.ts). */
export function pgServer(client: Db): ReturnType<typeof pgConfigFromUrl> | null {
  return pgServerOf.get(client) ?? null;
}

/** The driver connections of a SQLite client made by createDb (null for PostgreSQL); filled once it has connected. */
export function sqliteDrivers(client: Db): SqliteDrivers | null {
  return sqliteDriversOf.get(client) ?? null;
}

const globalForDb = globalThis as unknown as { pantauDb?: Db };

/** The process-wide client for DATABASE_URL (kept across hot reloads in dev). */
export function db(): Db {
  if (!globalForDb.pantauDb) {
    globalForDb.pantauDb = createDb(env().DATABASE_URL);
  }
  return globalForDb.pantauDb;
}
