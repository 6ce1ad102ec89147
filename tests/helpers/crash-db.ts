// Looks at a SQLite file from outside the app, for the crash tests: a content
// hash of every table, integrity, who holds the write lock, and the AreaMonth
// rollup re-derived from base rows in plain SQL (an oracle that shares no code
// with lib/rollup, so a bug there cannot hide itself).
import Database from "better-sqlite3";
import { createHash } from "node:crypto";
import { rmSync } from "node:fs";
import { createDb } from "@/lib/db/client";
import { refreshRollups } from "@/lib/rollup/refresh";

export type Fingerprint = Record<string, string>;

const ROLLUP_TABLES = ["AreaMonth", "AreaNutrition", "AreaYear", "AreaKader", "PosyanduYear"];

/** sha256 and row count of every table's rows in a stable order (all columns), in one read snapshot. */
export function fingerprint(conn: Database.Database, only?: string[]): Fingerprint {
  const tables = (conn.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[])
    .filter((t) => !only || only.includes(t));
  return conn.transaction(() => {
    const out: Fingerprint = {};
    for (const table of tables) {
      const columns = conn.prepare(`SELECT count(*) FROM pragma_table_info('${table}')`).pluck().get() as number;
      const order = Array.from({ length: columns }, (_, i) => i + 1).join(", ");
      const hash = createHash("sha256");
      let rows = 0;
      for (const row of conn.prepare(`SELECT * FROM "${table}" ORDER BY ${order}`).raw().iterate()) {
        hash.update(JSON.stringify(row, (_k, v: unknown) => (typeof v === "bigint" ? v.toString() : v)) + "\n");
        rows++;
      }
      out[table] = `${rows} rows ${hash.digest("hex").slice(0, 16)}`;
    }
    return out;
  })();
}

/**
 * Opens the file read-write the way the app would after a crash (SQLite
 * replays or discards the -wal here) and checks it structurally.
 */
export function openAfterCrash(path: string): Database.Database {
  const conn = new Database(path, { fileMustExist: true, timeout: 5000 });
  const integrity = conn.pragma("integrity_check", { simple: true });
  if (integrity !== "ok") throw new Error(`integrity_check: ${String(integrity)}`);
  const fk = conn.pragma("foreign_key_check") as unknown[];
  if (fk.length > 0) throw new Error(`foreign_key_check: ${JSON.stringify(fk.slice(0, 3))}`);
  return conn;
}

/** A connection that never waits: `held()` says whether another process has the write lock right now. */
export function lockProbe(path: string) {
  const conn = new Database(path, { fileMustExist: true, timeout: 0 });
  return {
    held(): boolean {
      try {
        conn.exec("BEGIN IMMEDIATE");
        conn.exec("ROLLBACK");
        return false;
      } catch (e) {
        if ((e as { code?: string }).code === "SQLITE_BUSY") return true;
        throw e;
      }
    },
    close: () => conn.close(),
  };
}

const PAIRS = [["ks_k", "k", "s"], ["ks_s", "s", "k"], ["ds_d", "d", "s"], ["ds_s", "s", "d"], ["nd_n", "n", "d"], ["bgm", "bgm", "d"], ["bgm_d", "d", "bgm"], ["t2", "t2", "d"], ["t2_d", "d", "t2"]];
// N/D's denominator is D − O − B, and the reports with a blank O or B are counted (lib/indicators/skdn.ts).
const ND = "m.n IS NOT NULL AND m.d IS NOT NULL";
const SPECIAL = [
  ["nd_d", `sum(CASE WHEN ${ND} THEN m.d - coalesce(m.o, 0) - coalesce(m.b, 0) ELSE 0 END)`],
  ["ndTanpaOb", `sum(CASE WHEN ${ND} AND (m.o IS NULL OR m.b IS NULL) THEN 1 ELSE 0 END)`],
];
const COUNTS = ["melapor", "buka", ...PAIRS.map(([c]) => c!), ...SPECIAL.map(([c]) => c!), "dMelebihiS"];

// Kelurahan rows from the reports of active posyandu (a pair counts only when both values are present),
// every higher row from its children; any row missing, extra or different is a mismatch.
const ORACLE = `
WITH base AS (
  SELECT p.kelurahanCode AS areaCode, m.period AS period, count(*) AS melapor, sum(m.opened) AS buka,
    ${PAIRS.map(([c, a, b]) => `sum(CASE WHEN m.${a} IS NOT NULL AND m.${b} IS NOT NULL THEN m.${a} ELSE 0 END) AS ${c}`).join(", ")},
    ${SPECIAL.map(([c, expr]) => `${expr} AS ${c}`).join(", ")},
    sum(CASE WHEN m.d > m.s THEN 1 ELSE 0 END) AS dMelebihiS
  FROM MonthlyReport m JOIN Posyandu p ON p.id = m.posyanduId WHERE p.active = 1 GROUP BY 1, 2),
kids AS (SELECT parentCode AS areaCode, period, ${COUNTS.map((c) => `sum(${c}) AS ${c}`).join(", ")} FROM AreaMonth WHERE parentCode IS NOT NULL GROUP BY 1, 2),
expected AS (SELECT * FROM base UNION ALL SELECT * FROM kids)
SELECT count(*) FROM expected e FULL OUTER JOIN AreaMonth a ON a.areaCode = e.areaCode AND a.period = e.period
WHERE a.areaCode IS NULL OR e.areaCode IS NULL OR ${COUNTS.map((c) => `a.${c} <> e.${c}`).join(" OR ")}`;

/** Number of AreaMonth rows that differ from the sums of base rows (0 = consistent). */
export function rollupMismatches(conn: Database.Database): number {
  return conn.prepare(ORACLE).pluck().get() as number;
}

/**
 * Recomputes every rollup of a snapshot of `conn` with the app's own
 * refreshRollups (all kelurahan, all periods and years) and returns the
 * rollup tables that came out different; [] = the stored rollups are exact.
 */
export async function rollupsDifferFromRecomputation(conn: Database.Database, scratch: string): Promise<string[]> {
  rmSync(scratch, { force: true });
  conn.exec(`VACUUM INTO '${scratch}'`);
  const before = fingerprint(conn, ROLLUP_TABLES);
  const db = createDb(`file:${scratch}`);
  try {
    const kel = (await db.posyandu.findMany({ select: { kelurahanCode: true }, distinct: ["kelurahanCode"] })).map((p) => p.kelurahanCode);
    await db.$transaction((tx) => refreshRollups(tx, { kelurahanCodes: kel, all: true }), { timeout: 600_000, maxWait: 30_000 });
  } finally {
    await db.$disconnect();
  }
  const copy = new Database(scratch, { readonly: true });
  const after = fingerprint(copy, ROLLUP_TABLES);
  copy.close();
  for (const suffix of ["", "-wal", "-shm"]) rmSync(scratch + suffix, { force: true });
  return ROLLUP_TABLES.filter((t) => before[t] !== after[t]);
}

// Kinds written by lib/import/bulk-upsert.ts: one IMPORT_UPDATE audit row per updated row.
const PLAN_KINDS = ["LAPORAN_BULANAN", "GIZI", "PROFIL_TAHUNAN"];

/** Import batches that are not whole: unfinished, counts not adding up, or audit rows missing. */
export function halfWrittenBatches(conn: Database.Database): string[] {
  const rows = conn.prepare(`
    SELECT b.id, b.kind, b.status, b.finishedAt, b.rowsTotal, b.rowsInserted, b.rowsUpdated, b.rowsUnchanged, b.rowsRejected,
      (SELECT count(*) FROM AuditLog a WHERE a.importBatchId = b.id AND a.action = 'IMPORT') AS imports,
      (SELECT count(*) FROM AuditLog a WHERE a.importBatchId = b.id AND a.action = 'IMPORT_UPDATE') AS updates
    FROM ImportBatch b`).all() as Record<string, number | string | null>[];
  return rows
    .filter((b) =>
      b.finishedAt === null ||
      (b.status === "SELESAI" && (Number(b.rowsInserted) + Number(b.rowsUpdated) + Number(b.rowsUnchanged) !== b.rowsTotal || b.imports !== 1 || (PLAN_KINDS.includes(String(b.kind)) && b.updates !== b.rowsUpdated))) ||
      (b.status === "GAGAL" && b.rowsRejected !== b.rowsTotal))
    .map((b) => `#${b.id} ${String(b.status)}`);
}

/**
 * Runs `write` while `holder` (a second connection, standing in for a large import) holds the write lock,
 * then frees it: the answer, how long the write waited, and which tables changed at all.
 */
export async function whileHolding<T>(holder: Database.Database, write: () => Promise<T>, settleMs = 0) {
  const before = fingerprint(holder);
  holder.exec("BEGIN IMMEDIATE");
  const started = Date.now();
  let answer: T;
  try {
    answer = await write();
  } finally {
    holder.exec("ROLLBACK");
  }
  const ms = Date.now() - started;
  // Whatever the write might have left waiting for the lock would land now.
  if (settleMs > 0) await new Promise((resolve) => setTimeout(resolve, settleMs));
  const after = fingerprint(holder);
  return { answer, ms, changed: Object.keys(before).filter((k) => after[k] !== before[k]) };
}
