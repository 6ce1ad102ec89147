// A direct driver connection for the demo seeder's bulk writes (better-sqlite3
// or pg), outside Prisma: prepared multi-row INSERTs in one transaction run
// 100–200× faster than createMany through the Wasm engine. Only the seeder
// uses it; the app's reads and writes go through lib/db/client.ts.
import Database from "better-sqlite3";
import pg from "pg";
import { isPostgresUrl, pgConfigFromUrl, sqlitePathFromUrl } from "../db/url";
import { SQLITE_BUSY_TIMEOUT_MS } from "../db/sqlite";
import { insertRows, placeholders, toDriver, type SqlRunner, type SqlValue } from "../rollup/sql";
import { sqliteRunner } from "../db/sqlite-runner";
import { copyRows } from "../db/pg-copy";

export type BulkDb = SqlRunner & {
  /** Starts the one write transaction (SQLite: BEGIN IMMEDIATE, waiting up to the busy timeout). */
  begin(): Promise<void>;
  commit(): Promise<void>;
  rollback(): Promise<void>;
  close(): Promise<void>;
  /** Appends rows to a table the fastest way the driver has (PostgreSQL: COPY; SQLite: multi-row INSERTs). */
  load(table: string, columns: readonly string[], rows: readonly (readonly SqlValue[])[]): Promise<void>;
};

/** SQLite page cache of the bulk connection (KiB): large enough that index pages rarely spill mid-transaction. */
const SQLITE_CACHE_KIB = 64 * 1024;

function sqliteBulk(path: string): BulkDb {
  const db = new Database(path, { timeout: SQLITE_BUSY_TIMEOUT_MS });
  db.pragma("journal_mode = WAL");
  db.pragma(`cache_size = -${SQLITE_CACHE_KIB}`);
  db.pragma("foreign_keys = ON");
  const run = sqliteRunner(db);
  const self: BulkDb = {
    ...run,
    begin: async () => void db.exec("BEGIN IMMEDIATE"),
    commit: async () => {
      db.exec("COMMIT");
      // One large transaction leaves a WAL as big as the data: fold it back now rather than on the app's first write.
      db.pragma("wal_checkpoint(TRUNCATE)");
    },
    rollback: async () => {
      if (db.inTransaction) db.exec("ROLLBACK");
    },
    close: async () => void db.close(),
    load: async (table, columns, rows) => void (await insertRows(self, table, columns, rows)),
  };
  return self;
}

/** `timestamp(3)` values as UTC Dates, as Prisma writes them (pg would read them in local time). */
const pgTypes = {
  getTypeParser: ((oid: number, format?: "text" | "binary") =>
    oid === 1114 ? (s: string) => new Date(`${s.replace(" ", "T")}Z`) : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

async function postgresBulk(url: string): Promise<BulkDb> {
  const client = new pg.Client({ ...pgConfigFromUrl(url), types: pgTypes });
  await client.connect();
  const bind = (params: readonly SqlValue[] = []) => params.map((v) => toDriver("postgres", v));
  return {
    dialect: "postgres",
    execute: async (sql, params) => (await client.query(placeholders("postgres", sql), bind(params))).rowCount ?? 0,
    query: async <T>(sql: string, params?: readonly SqlValue[]) => (await client.query(placeholders("postgres", sql), bind(params))).rows as T[],
    begin: async () => {
      await client.query("BEGIN");
      // Like pg_restore --disable-triggers: the generated rows are consistent by construction (the SQLite
      // path checks every foreign key), and per-row FK triggers are most of COPY's cost. Superusers only.
      await client.query("SAVEPOINT fk");
      await client.query("SET LOCAL session_replication_role = replica").catch(() => client.query("ROLLBACK TO SAVEPOINT fk"));
    },
    commit: async () => void (await client.query("COMMIT")),
    rollback: async () => void (await client.query("ROLLBACK")),
    close: () => client.end(),
    load: (table, columns, rows) => copyRows(client, table, columns, rows),
  };
}

/** Opens the bulk connection for DATABASE_URL (a SQLite file or PostgreSQL). */
export function openBulkDb(url: string): Promise<BulkDb> {
  return isPostgresUrl(url) ? postgresBulk(url) : Promise.resolve(sqliteBulk(sqlitePathFromUrl(url)));
}
