// The SQLite driver adapter the app uses, made safe for several processes on
// one file (the app, `npm run impor`, `npm run cadangan`): WAL journal, a busy
// timeout, and write transactions that take the write lock when they begin.
import type { SqlDriverAdapter, SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import type BetterSqlite3 from "better-sqlite3";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";

/** How long a writer waits for another process's write lock before failing (ms). */
export const SQLITE_BUSY_TIMEOUT_MS = 5000;

type Prepare = BetterSqlite3.Database["prepare"];

/**
 * The 6.19 adapter opens transactions with a deferred `BEGIN`. A transaction
 * that reads and then writes while another process commits fails with
 * SQLITE_BUSY_SNAPSHOT instead of waiting; `BEGIN IMMEDIATE` takes the write
 * lock up front, so the busy timeout applies and both writers land.
 */
function beginImmediately(client: BetterSqlite3.Database): void {
  const prepare: Prepare = client.prepare.bind(client);
  client.prepare = ((source: string) => prepare(source === "BEGIN" ? "BEGIN IMMEDIATE" : source)) as Prepare;
}

/** The better-sqlite3 handle inside the adapter (a public field of the pinned 6.19 adapter). */
function driverOf(adapter: SqlDriverAdapter): BetterSqlite3.Database {
  const client = (adapter as unknown as { client?: BetterSqlite3.Database }).client;
  if (!client || typeof client.prepare !== "function" || typeof client.pragma !== "function") {
    throw new Error("@prisma/adapter-better-sqlite3 berubah: koneksi SQLite tidak dapat disiapkan (lihat lib/db/sqlite.ts)");
  }
  return client;
}

/** Adapter factory for a SQLite file path: WAL, busy timeout, immediate write transactions. */
export function sqliteAdapter(path: string): SqlDriverAdapterFactory {
  const inner = new PrismaBetterSQLite3({ url: path, timeout: SQLITE_BUSY_TIMEOUT_MS });
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    connect: async () => {
      const adapter = await inner.connect();
      const client = driverOf(adapter);
      // WAL is persistent in the file (db:migrate sets it); setting it on every
      // connection also covers files made elsewhere, e.g. a restored backup.
      client.pragma("journal_mode = WAL");
      beginImmediately(client);
      return adapter;
    },
  };
}
