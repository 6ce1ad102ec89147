// Crash safety of the importer (issue 7, item 4): the real CLI is SIGKILLed at
// random points of a large laporan-bulanan import, then the database must open
// cleanly and hold exactly what it held before; one uninterrupted run then
// lands whole, and running the same file again changes nothing.
// Size and randomness: CRASH_ROWS (default 6000), CRASH_KILLS (6), CRASH_SEED.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type Database from "better-sqlite3";
import { copyFileSync, statSync } from "node:fs";
import { crashDb, expectedCounts, monthlyFile, restore, rowsNotAsInFile, type CrashDb, type MonthlyFile } from "../helpers/crash-data";
import { fingerprint, halfWrittenBatches, lockProbe, openAfterCrash, rollupMismatches, rollupsDifferFromRecomputation, type Fingerprint } from "../helpers/crash-db";
import { countsOf, lockReleased, lockTaken, prng, sleep, startImporter, stillLockedAt } from "../helpers/importer-process";

const ROWS = Number(process.env.CRASH_ROWS ?? 6000);
const KILLS = Math.max(2, Number(process.env.CRASH_KILLS ?? 6));
const SEED = Number(process.env.CRASH_SEED ?? Date.now() % 1_000_000);
// Generous per-test limits: the time grows with CRASH_ROWS (about 1 s per 1,000 rows on 2 cores).
const LIMIT = 120_000 + ROWS * 40;

const log = (line: string) => console.log(`[crash] ${line}`);
const walBytes = (path: string) => {
  try {
    return statSync(`${path}-wal`).size;
  } catch {
    return 0;
  }
};
const batches = (conn: Database.Database) => conn.prepare("SELECT count(*) FROM ImportBatch").pluck().get() as number;
const changedTables = (a: Fingerprint, b: Fingerprint) => Object.keys({ ...a, ...b }).filter((t) => a[t] !== b[t]).sort();

describe("importer killed with SIGKILL mid-import", () => {
  let c: CrashDb;
  let file: MonthlyFile;
  let before: Fingerprint;
  let expected: { inserted: number; updated: number; unchanged: number };
  let batchesBefore = 0;
  // Milliseconds after spawn, from one uninterrupted run on a copy.
  const measured = { lock: 0, release: 0, exit: 0 };
  const t0 = Date.now();

  beforeAll(async () => {
    c = await crashDb(ROWS);
    file = monthlyFile(`${c.demo.path}.csv`, c.codes, c.periods, 1);
    const conn = openAfterCrash(c.demo.path);
    before = fingerprint(conn);
    expected = expectedCounts(conn, file, c.periods);
    batchesBefore = batches(conn);
    expect(rollupMismatches(conn)).toBe(0);
    expect(await rollupsDifferFromRecomputation(conn, `${c.demo.path}.ulang`)).toEqual([]);
    conn.close();
    log(`seed ${SEED} (CRASH_SEED), ${file.rows} rows (${c.codes.length} posyandu × ${c.periods.length} months ${c.periods[0]}..${c.periods.at(-1)}): ` +
      `${expected.inserted} new, ${expected.updated} changed; seeded in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }, LIMIT);

  afterAll(() => log(`whole file ${((Date.now() - t0) / 1000).toFixed(1)} s`));

  it("measures one uninterrupted run on a copy (to place the kills)", async () => {
    const copy = `${c.demo.path}.ukur`;
    copyFileSync(c.pristine, copy);
    const probe = lockProbe(copy);
    const run = startImporter(`file:${copy}`, "laporan-bulanan", file.path);
    measured.lock = (await lockTaken(run, probe)) ?? 0;
    measured.release = await lockReleased(run, probe);
    probe.close();
    const exit = await run.exited;
    measured.exit = exit.ms;
    expect(exit.code, exit.stderr).toBe(0);
    expect(countsOf(exit.stdout)).toEqual(expected);
    expect(measured.lock).toBeGreaterThan(0);
    log(`full run ${exit.ms} ms: start+read+parse ${measured.lock} ms, write transaction ${measured.release - measured.lock} ms, exit ${exit.ms - measured.release} ms`);
  }, LIMIT);

  /** One run killed at `k`; "late" when the import committed before the kill point came. */
  async function killOnce(k: { inTx: boolean; at: number }) {
    const probe = lockProbe(c.demo.path);
    const run = startImporter(c.demo.url, "laporan-bulanan", file.path);
    const lockAt = k.inTx ? await lockTaken(run, probe) : 0;
    // Watching the lock while waiting tells a kill inside the transaction from one after its commit.
    const held = lockAt !== null && (k.inTx ? await stillLockedAt(run, probe, lockAt + k.at) : (await sleep(k.at), !run.done() && probe.held()));
    const wal = walBytes(c.demo.path);
    const released = Date.now() - run.startedAt;
    run.kill();
    const exit = await run.exited;
    probe.close();
    const conn = openAfterCrash(c.demo.path);
    const now = fingerprint(conn);
    if (exit.signal === "SIGKILL" && changedTables(before, now).length === 0) {
      expect(halfWrittenBatches(conn)).toEqual([]);
      expect(rollupMismatches(conn)).toBe(0);
      conn.close();
      return { late: false, held, wal, lockAt, killedAt: exit.ms };
    }
    // Anything else is only acceptable as the whole import, committed before the kill: then start over.
    expect(k.inTx && !held, `changed without a commit: ${changedTables(before, now).join(", ")}`).toBe(true);
    expect(halfWrittenBatches(conn)).toEqual([]);
    expect(rowsNotAsInFile(conn, file, c.periods)).toEqual([]);
    expect(rollupMismatches(conn)).toBe(0);
    conn.close();
    restore(c);
    return { late: true, held, wal, lockAt, killedAt: exit.ms, window: released - (lockAt ?? 0) };
  }

  it(`${KILLS} kills at random points leave the database opening cleanly and exactly as before`, async () => {
    const random = prng(SEED);
    let window = measured.release - measured.lock;
    let startup = measured.lock;
    const early = Math.max(1, Math.round(KILLS / 4));
    // Stratified draws: `early` kills over start-up/parsing, the rest over the write transaction, each a share of
    // the phase. The transaction's kills run first: the lock times they see shorten `startup` if the measured run was slow.
    const plan = Array.from({ length: KILLS }, (_, i) =>
      i < early ? { inTx: false, share: 0.1 + (0.85 * (i + random())) / early } : { inTx: true, share: 0.02 + (0.9 * (i - early + random())) / (KILLS - early) },
    ).sort((a, b) => Number(b.inTx) - Number(a.inTx));
    let insideTx = 0;
    for (const [i, p] of plan.entries()) {
      // Runs vary in speed (CI load): a run that commits before its kill point teaches a shorter window; try again.
      for (let attempt = 1; attempt <= 3; attempt++) {
        const k = { inTx: p.inTx, at: Math.round(p.share * (p.inTx ? window : startup)) };
        const r = await killOnce(k);
        if (r.lockAt) startup = Math.min(startup, r.lockAt);
        const where = p.inTx ? `write lock at ${r.lockAt} ms + ${k.at} ms (${Math.round(p.share * 100)}% of the write transaction)` : `${Math.round(p.share * 100)}% of start-up/parsing`;
        if (r.late) {
          window = Math.min(window, r.window!);
          log(`kill ${i + 1}/${KILLS} try ${attempt}: ${where} came after the commit; import whole, database restored, window now ${window} ms`);
          continue;
        }
        if (r.held) insideTx++;
        log(`kill ${i + 1}/${KILLS} at ${r.killedAt} ms, ${where}; inside the write transaction: ${r.held ? "yes" : "no"}, WAL ${(r.wal / 1048576).toFixed(1)} MB → integrity ok, unchanged`);
        break;
      }
    }
    // Kills that all land outside the transaction would prove nothing.
    expect(insideTx).toBeGreaterThanOrEqual(KILLS - early);
  }, LIMIT * 3);

  it("one uninterrupted run then imports every row, with its batch, audit and rollups", async () => {
    const run = startImporter(c.demo.url, "laporan-bulanan", file.path);
    const exit = await run.exited;
    expect(exit.code, exit.stderr).toBe(0);
    expect(countsOf(exit.stdout)).toEqual(expected);
    const conn = openAfterCrash(c.demo.path);
    const after = fingerprint(conn);
    // Only the import's own tables: the rows, their batch and audit, and the rollups built from them.
    const changed = changedTables(before, after);
    expect(changed).toEqual(expect.arrayContaining(["AreaMonth", "AuditLog", "ImportBatch", "MonthlyReport"]));
    // Setting: the read cache's data version (lib/db/data-version.ts), replaced by every import that changes data.
    // AreaKader: the file opens new months, which get kader counts for the whole kab/kota.
    expect(changed.filter((t) => !["AreaKader", "AreaMonth", "AreaYear", "AuditLog", "ImportBatch", "MonthlyReport", "PosyanduYear", "Setting"].includes(t))).toEqual([]);
    expect(rowsNotAsInFile(conn, file, c.periods)).toEqual([]);
    expect(halfWrittenBatches(conn)).toEqual([]);
    expect(batches(conn)).toEqual(batchesBefore + 1);
    expect(rollupMismatches(conn)).toBe(0);
    expect(await rollupsDifferFromRecomputation(conn, `${c.demo.path}.ulang`)).toEqual([]);
    before = after;
    conn.close();
    log(`uninterrupted run ${exit.ms} ms: ${exit.stdout.trim().split("\n").at(-1)}`);
  }, LIMIT);

  it("running the same file again changes no data (only its own batch and audit entry)", async () => {
    const run = startImporter(c.demo.url, "laporan-bulanan", file.path);
    const exit = await run.exited;
    expect(exit.code, exit.stderr).toBe(0);
    expect(countsOf(exit.stdout)).toEqual({ inserted: 0, updated: 0, unchanged: file.rows });
    const conn = openAfterCrash(c.demo.path);
    const after = fingerprint(conn);
    expect(changedTables(before, after)).toEqual(["AuditLog", "ImportBatch"]);
    expect(batches(conn)).toBe(batchesBefore + 2);
    expect(conn.prepare("SELECT count(*) FROM AuditLog WHERE importBatchId = (SELECT max(id) FROM ImportBatch)").pluck().get()).toBe(1);
    expect(halfWrittenBatches(conn)).toEqual([]);
    conn.close();
    log(`re-run ${exit.ms} ms: ${exit.stdout.trim().split("\n").at(-1)}`);
  }, LIMIT);
});
