// SQLite has one writer at a time. A second writer waits SQLITE_BUSY_TIMEOUT_MS
// (lib/db/sqlite.ts) and then fails; a large import holds the lock for its whole
// transaction, so a form save during it can fail this way. Callers turn that
// failure into one Indonesian message instead of a Prisma error page.
import { SQLITE_BUSY_TIMEOUT_MS } from "./sqlite";

/** Why nothing was saved, for forms and imports (lower case: callers put it into their sentence). */
export const DATABASE_BUSY = `basis data sedang dipakai proses lain (misalnya impor besar) lebih dari ${SQLITE_BUSY_TIMEOUT_MS / 1000} detik`;

/** True when `e` is SQLite's "database is locked" after the busy timeout (through Prisma or better-sqlite3). */
export function isDatabaseBusy(e: unknown): boolean {
  const err = e as { code?: unknown; meta?: { driverAdapterError?: { cause?: { originalCode?: unknown } } } } | null;
  const code = err?.meta?.driverAdapterError?.cause?.originalCode ?? err?.code;
  return typeof code === "string" && code.startsWith("SQLITE_BUSY");
}

export const BUSY = Symbol("busy");

/** Runs a write; when the database stays busy returns BUSY instead of throwing (the write was rolled back whole). */
export async function unlessBusy<T>(write: () => Promise<T>): Promise<T | typeof BUSY> {
  try {
    return await write();
  } catch (e) {
    if (isDatabaseBusy(e)) return BUSY;
    throw e;
  }
}

/** The form message for BUSY. */
export const BUSY_NOT_SAVED = `${DATABASE_BUSY[0]!.toUpperCase()}${DATABASE_BUSY.slice(1)}; tidak ada yang disimpan. Coba lagi sebentar lagi.`;

/** What a form core answers when the database stays busy. */
export type BusyRefusal = { ok: false; message: string };

/**
 * Wraps a write core of a form (lib/actions/*): when the database stays busy it
 * answers `{ ok: false, message: BUSY_NOT_SAVED }` instead of throwing. Each core
 * writes in one transaction (or one statement), and a transaction takes the write
 * lock when it begins (BEGIN IMMEDIATE, sqlite-writer.ts), so busy means nothing
 * was written. The rest parameter makes it a type error to wrap a core whose
 * result type cannot hold that refusal.
 */
export function refuseWhenBusy<A extends unknown[], R>(core: (...args: A) => Promise<R>, ..._fits: BusyRefusal extends R ? [] : [never]): (...args: A) => Promise<R> {
  void _fits;
  return async (...args: A) => {
    try {
      return await core(...args);
    } catch (e) {
      if (isDatabaseBusy(e)) return { ok: false, message: BUSY_NOT_SAVED } satisfies BusyRefusal as R;
      throw e;
    }
  };
}
