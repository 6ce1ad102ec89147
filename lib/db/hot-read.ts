// Reads that run on every signed-in request (the user row, the data version): on SQLite a prepared statement on
// the client's own read connection. Prisma's own work per query (query plan, interpreter, result mapping, its
// async hops) was ≈ 6 % of a cached dashboard request's CPU for these two primary-key lookups, ≈ 4 × the lookups
// themselves. Same connection as Prisma's reads, so it sees exactly what Prisma would (every committed write: WAL).
// On PostgreSQL a plain query on the pool Prisma's adapter uses: the same committed data, without Prisma's
// per-query work: 0.3–1 ms less server CPU per cached nasional page (of 8–9 ms; docs/performance.md, session 8).
import type BetterSqlite3 from "better-sqlite3";
import { db, pgPool, sqliteDrivers } from "./client";
import { dialectOf } from "../rollup/sql";

type Param = string | number;

const prepared = new WeakMap<BetterSqlite3.Database, Map<string, BetterSqlite3.Statement>>();

function statement(conn: BetterSqlite3.Database, sql: string): BetterSqlite3.Statement {
  let bySql = prepared.get(conn);
  if (!bySql) prepared.set(conn, (bySql = new Map()));
  let stmt = bySql.get(sql);
  if (!stmt) bySql.set(sql, (stmt = conn.prepare(sql)));
  return stmt;
}

/** PostgreSQL numbers its placeholders; the hot reads are written with `?` (no `?` inside their literals). */
const numbered = (sql: string) => {
  let i = 0;
  return sql.replace(/\?/g, () => `$${++i}`);
};

/**
 * Rows of one read-only statement written for both databases with `?` placeholders. Integers may come back as
 * number or bigint, booleans as 0/1 or true/false (callers normalise, as with any raw query).
 */
export async function hotRead<T>(sql: string, ...params: Param[]): Promise<T[]> {
  const client = db();
  const drivers = sqliteDrivers(client);
  // Before Prisma's first query (or after a disconnect) there is no open connection: Prisma opens one.
  const reads = drivers?.reads;
  if (reads?.open) return statement(reads, sql).all(...params) as T[];
  const pool = pgPool(client);
  if (pool) return (await pool.query(numbered(sql), params)).rows as T[];
  return client.$queryRawUnsafe<T[]>(dialectOf(client) === "postgres" ? numbered(sql) : sql, ...params);
}
