// Write transactions on their own SQLite connection, one at a time per process.
//
// The 6.19 better-sqlite3 adapter runs everything on one connection: while an
// interactive transaction is open (a web import: a minute), every other query
// of the process runs inside it, so pages read the half-written import and
// unrelated writes commit or roll back with it. It also leaks its mutex when
// BEGIN fails (SQLITE_BUSY after the busy timeout), after which no transaction
// of the process can ever start again. Here transactions get a second
// connection, this process's writers queue without blocking the event loop,
// and the write lock is taken with BEGIN IMMEDIATE before any statement runs.
import type { SqlDriverAdapter, SqlQuery, Transaction } from "@prisma/driver-adapter-utils";
import type BetterSqlite3 from "better-sqlite3";

/** The adapter's own error conversion (a public method of the pinned 6.19 adapter), so callers see one shape. */
type WithOnError = SqlDriverAdapter & { onError(e: unknown): never };

const busyError = () => Object.assign(new Error("database is locked"), { code: "SQLITE_BUSY" });
const isBusy = (e: unknown) => typeof (e as { code?: unknown })?.code === "string" && (e as { code: string }).code.startsWith("SQLITE_BUSY");
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * This process's writers one at a time, like SQLite's write lock across
 * processes, but waiting asynchronously: a writer waiting on another of the
 * same process must not block the event loop the holder needs to finish.
 */
export function writeQueue(timeoutMs: number) {
  let tail: Promise<void> = Promise.resolve();
  /** Resolves to a release function once every earlier writer has released; null after `timeoutMs`. */
  return async function enter(): Promise<(() => void) | null> {
    let release: () => void = () => {};
    const mine = new Promise<void>((resolve) => (release = resolve));
    const previous = tail;
    tail = previous.then(() => mine);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const turn = await Promise.race([previous.then(() => true), new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs)))]);
    clearTimeout(timer);
    if (!turn) {
      release(); // our place in the queue passes straight on to the next writer
      return null;
    }
    let released = false;
    return () => {
      if (released) return;
      released = true;
      release();
    };
  };
}

/**
 * Takes the write lock, retrying asynchronously until `timeoutMs`: better-sqlite3
 * waits synchronously, which would freeze every request of the app meanwhile.
 */
async function beginImmediate(client: BetterSqlite3.Database, timeoutMs: number, busyTimeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  client.pragma("busy_timeout = 0");
  try {
    for (;;) {
      try {
        client.exec("BEGIN IMMEDIATE");
        return;
      } catch (e) {
        if (!isBusy(e) || Date.now() >= deadline) throw e;
      }
      await sleep(Math.min(20, Math.max(1, deadline - Date.now())));
    }
  } finally {
    client.pragma(`busy_timeout = ${busyTimeoutMs}`);
  }
}

/**
 * One adapter from two connections of the same file: `reads` serves queries
 * outside transactions (always the last committed state, WAL), `writes` holds
 * the transactions. Writes outside a transaction queue with the transactions.
 */
export function twoConnections(reads: SqlDriverAdapter, readClient: BetterSqlite3.Database, writes: SqlDriverAdapter, writeClient: BetterSqlite3.Database, busyTimeoutMs: number): SqlDriverAdapter {
  const enter = writeQueue(busyTimeoutMs);
  const fail = (e: unknown): never => (reads as WithOnError).onError(e);
  const queued = async <T>(run: () => Promise<T>): Promise<T> => {
    const release = await enter();
    if (!release) return fail(busyError());
    try {
      return await run();
    } finally {
      release();
    }
  };
  const isRead = (sql: string) => {
    try {
      return readClient.prepare(sql).readonly;
    } catch {
      return false; // let the real call report the error
    }
  };
  return {
    provider: reads.provider,
    adapterName: reads.adapterName,
    queryRaw: (q: SqlQuery) => (isRead(q.sql) ? reads.queryRaw(q) : queued(() => reads.queryRaw(q))),
    executeRaw: (q: SqlQuery) => queued(() => reads.executeRaw(q)),
    executeScript: (script: string) => queued(() => reads.executeScript(script)),
    getConnectionInfo: reads.getConnectionInfo?.bind(reads),
    startTransaction: async (): Promise<Transaction> => {
      const started = Date.now();
      const release = await enter();
      if (!release) return fail(busyError());
      try {
        await beginImmediate(writeClient, Math.max(0, busyTimeoutMs - (Date.now() - started)), busyTimeoutMs);
      } catch (e) {
        release();
        return fail(e);
      }
      // Prisma calls commit()/rollback() only (usePhantomQuery): they end the SQLite transaction and free the queue.
      const end = async (sql: "COMMIT" | "ROLLBACK") => {
        try {
          if (writeClient.inTransaction) writeClient.exec(sql);
        } catch (e) {
          if (writeClient.inTransaction) writeClient.exec("ROLLBACK");
          fail(e);
        } finally {
          release();
        }
      };
      return {
        provider: writes.provider,
        adapterName: writes.adapterName,
        options: { usePhantomQuery: true },
        queryRaw: (q: SqlQuery) => writes.queryRaw(q),
        executeRaw: (q: SqlQuery) => writes.executeRaw(q),
        commit: () => end("COMMIT"),
        rollback: () => end("ROLLBACK"),
      };
    },
    dispose: async () => {
      await reads.dispose();
      await writes.dispose();
    },
  };
}
