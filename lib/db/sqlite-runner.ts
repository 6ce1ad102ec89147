// A SqlRunner over a better-sqlite3 handle: prepared statements (cached) run
// synchronously in the driver, 5–10× faster per row than raw statements
// through Prisma's engine. Used by the demo seeder's own connection and by
// bulk imports on the app's write connection inside a Prisma transaction.
import type BetterSqlite3 from "better-sqlite3";
import { toDriver, type SqlRunner, type SqlValue } from "../rollup/sql";

export function sqliteRunner(db: BetterSqlite3.Database): SqlRunner {
  const cache = new Map<string, BetterSqlite3.Statement>();
  const prepared = (sql: string) => {
    let s = cache.get(sql);
    if (!s) {
      s = db.prepare(sql);
      if (cache.size > 200) cache.clear();
      cache.set(sql, s);
    }
    return s;
  };
  const bind = (params: readonly SqlValue[] = []) => params.map((v) => toDriver("sqlite", v));
  return {
    dialect: "sqlite",
    execute: async (sql, params) => prepared(sql).run(...bind(params)).changes,
    query: async <T>(sql: string, params?: readonly SqlValue[]) => {
      const s = prepared(sql);
      // A statement that returns no rows (DDL, UPDATE) cannot be read with all().
      return (s.reader ? s.all(...bind(params)) : (s.run(...bind(params)), [])) as T[];
    },
  };
}
