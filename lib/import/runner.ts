// The SQL runner an import stages and writes with. SQLite: the app's own
// driver connections (better-sqlite3, statements run in the driver): the write
// connection inside the import's transaction, the read connection for a dry
// run (its temporary staging table writes nothing to the database file).
// PostgreSQL: raw statements through Prisma on the transaction's connection,
// and bulk rows by COPY on that same pg connection.
import { pgServer, sqliteDrivers, type Db } from "../db/client";
import { copyRows } from "../db/pg-copy";
import { transactionConnection } from "../db/pg-pool";
import { sqliteRunner } from "../db/sqlite-runner";
import { dialectOf, prismaRunner, type SqlRunner } from "../rollup/sql";
import type { Tx } from "./kind";

/** The runner for `tx` (a transaction of `db`), or for a dry run outside any transaction when `tx` is null. */
export async function importRunner(db: Db, tx: Tx | null): Promise<SqlRunner> {
  const drivers = sqliteDrivers(db);
  if (drivers) {
    if (!drivers.reads) await db.$connect();
    const handle = tx ? drivers.writes : drivers.reads;
    // Statements on the write connection outside the transaction would commit on their own.
    if (!handle || (tx && !handle.inTransaction)) throw new Error("koneksi tulis SQLite tidak berada dalam transaksi impor");
    return sqliteRunner(handle);
  }
  const run = prismaRunner(tx ?? db, dialectOf(db));
  const server = pgServer(db);
  // COPY only inside a transaction: outside one, Prisma's next statement may run on another pooled connection.
  const conn = tx && server ? await transactionConnection(tx, server) : null;
  return conn ? { ...run, load: (table, columns, rows, lead) => copyRows(conn, table, columns, rows, lead) } : run;
}

/** A dry run needs one connection for its staging table: PostgreSQL gets a transaction that is rolled back. */
export async function withDryRunner<T>(db: Db, run: (client: Db | Tx, sql: SqlRunner) => Promise<T>): Promise<T> {
  if (dialectOf(db) === "sqlite") return run(db, await importRunner(db, null));
  const rollback = Symbol("rollback");
  let result: { value: T } | null = null;
  await db
    .$transaction(async (tx) => {
      result = { value: await run(tx, await importRunner(db, tx)) };
      throw rollback;
    }, { timeout: 600_000, maxWait: 30_000 })
    .catch((e: unknown) => {
      if (e !== rollback) throw e;
    });
  return (result as { value: T } | null)!.value;
}
