// The SQLite driver adapter the app uses, made safe for several processes on
// one file (the app, `npm run impor`, `npm run cadangan`) and for several
// requests in one process: WAL journal, a busy timeout, and write transactions
// on their own connection that take the write lock when they begin.
import type { SqlDriverAdapter, SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import type BetterSqlite3 from "better-sqlite3";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { twoConnections } from "./sqlite-writer";

/** Page cache of the write connection, KiB (the demo seeder's bulk connection uses the same). */
export const WRITE_CACHE_KIB = 64 * 1024;

/** How long a writer waits for another process's write lock before failing (ms). */
export const SQLITE_BUSY_TIMEOUT_MS = 5000;

/**
 * The two better-sqlite3 connections behind a client, once it has connected: bulk imports run their
 * set-based statements on `writes` inside the client's own transaction (same connection, same commit).
 */
export type SqliteDrivers = { reads?: BetterSqlite3.Database; writes?: BetterSqlite3.Database };

/** The better-sqlite3 handle inside the adapter (a public field of the pinned 6.19 adapter). */
function driverOf(adapter: SqlDriverAdapter): BetterSqlite3.Database {
  const client = (adapter as unknown as { client?: BetterSqlite3.Database }).client;
  if (!client || typeof client.prepare !== "function" || typeof client.pragma !== "function") {
    throw new Error("@prisma/adapter-better-sqlite3 berubah: koneksi SQLite tidak dapat disiapkan (lihat lib/db/sqlite.ts)");
  }
  return client;
}

/**
 * Adapter factory for a SQLite file path: WAL, busy timeout, and transactions on
 * their own connection that take the write lock when they begin (sqlite-writer.ts).
 * `busyTimeoutMs` is for tests that hold the lock on purpose and should not wait 5 s per write.
 */
export function sqliteAdapter(path: string, busyTimeoutMs = SQLITE_BUSY_TIMEOUT_MS): SqlDriverAdapterFactory & { drivers: SqliteDrivers } {
  const inner = new PrismaBetterSQLite3({ url: path, timeout: busyTimeoutMs });
  const drivers: SqliteDrivers = {};
  return {
    drivers,
    provider: inner.provider,
    adapterName: inner.adapterName,
    connect: async () => {
      const reads = await inner.connect();
      const writes = await inner.connect();
      // WAL is persistent in the file (db:migrate sets it); setting it on every
      // connection also covers files made elsewhere, e.g. a restored backup.
      for (const a of [reads, writes]) driverOf(a).pragma("journal_mode = WAL");
      drivers.reads = driverOf(reads);
      drivers.writes = driverOf(writes);
      // A large import rewrites most pages of a table inside one transaction: with SQLite's 2 MiB default cache
      // it spills dirty pages to the WAL over and over. The cache only grows as a transaction needs it.
      drivers.writes.pragma(`cache_size = -${WRITE_CACHE_KIB}`);
      return twoConnections(reads, driverOf(reads), writes, driverOf(writes), busyTimeoutMs);
    },
  };
}
