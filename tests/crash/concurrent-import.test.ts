// Concurrency around a running import (issue 7, item 4): readers in another
// process see all of an import or none of it, and writers in other processes
// either land or, when the import holds the write lock past the 5 s busy
// timeout, are refused whole with an Indonesian message. Real CLI, real files.
import { beforeAll, describe, expect, it } from "vitest";
import Database from "better-sqlite3";
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { createDb, type Db } from "@/lib/db/client";
import { BUSY_NOT_SAVED } from "@/lib/db/busy";
import { getIndicatorReport } from "@/lib/queries/indicators";
import { saveMonthlyGrid } from "@/lib/actions/reports";
import { runImport } from "@/lib/import/engine";
import { crashDb, importedTotals, monthlyFile, monthsBack, rowsNotAsInFile, TODAY, type CrashDb } from "../helpers/crash-data";
import { halfWrittenBatches, lockProbe, openAfterCrash, rollupMismatches } from "../helpers/crash-db";
import { countsOf, lockTaken, sleep, startImporter } from "../helpers/importer-process";

const ROWS = Number(process.env.CRASH_ROWS ?? 6000);
const LIMIT = 120_000 + ROWS * 40;
const log = (line: string) => console.log(`[crash] ${line}`);

/** A grid save of every posyandu of `kel` for `periode`, values depending on `v`. */
async function gridInput(db: Db, kel: string, periode: string, v: number) {
  const ids = (await db.posyandu.findMany({ where: { kelurahanCode: kel }, orderBy: { id: "asc" }, select: { id: true } })).map((p) => p.id);
  return { periode, rows: ids.map((posyanduId) => ({ posyanduId, buka: true, kader_bertugas: "5", s: String(90 + v), k: "80", d: String(60 + v), n: "30", bgm: "1", t2: "0" })) };
}

/** The stored D of `kel`'s reports for `periode`, to tell which save landed. */
const storedD = (conn: Database.Database, kel: string, periode: string) =>
  conn.prepare("SELECT m.d FROM MonthlyReport m JOIN Posyandu p ON p.id = m.posyanduId WHERE p.kelurahanCode = ? AND m.period = ? ORDER BY p.id").pluck().all(kel, periode);

/** Runs tests/helpers/grid-writer.ts: resolves `go` once connected; `result` is the action's answer. */
function gridWriter(url: string, username: string, input: object) {
  const child = spawn(process.execPath, ["--import", "tsx", "tests/helpers/grid-writer.ts", url, username, JSON.stringify(input)], { stdio: ["pipe", "pipe", "inherit"] });
  let out = "";
  let ready: () => void = () => {};
  const connected = new Promise<void>((resolve) => (ready = resolve));
  child.stdout.on("data", (c: Buffer) => {
    out += c.toString();
    if (out.includes("siap")) ready();
  });
  const result = new Promise<{ ok: boolean; message: string }>((resolve) => child.on("close", () => resolve(JSON.parse(out.replace("siap", "").trim() || "{}"))));
  return { connected, go: () => child.stdin.end("mulai\n"), result };
}

describe("the importer alongside readers and other writers", () => {
  let c: CrashDb;
  let app: Db;
  const KOTA = "18.72";
  const KEL_A = "18.72.01.1001"; // the demo lurah's kelurahan
  const KEL_B = "18.72.03.1002";

  const codesOf = async (kel: string) => (await app.posyandu.findMany({ where: { kelurahanCode: kel }, select: { code: true } })).map((p) => p.code);

  beforeAll(async () => {
    c = await crashDb(ROWS);
    app = createDb(c.demo.url);
  }, LIMIT);

  it("readers in another process see every import whole or not at all (3 imports, the last two changing every row)", async () => {
    const periods = monthsBack(12);
    const month = periods.at(-1)!;
    const reader = new Database(c.demo.path, { readonly: true, fileMustExist: true });
    // One read transaction = one snapshot: the totals, the batch and audit counts and the rollup check agree with each other.
    const state = reader.transaction(() => ({
      ...importedTotals(reader, periods),
      batches: reader.prepare("SELECT count(*) FROM ImportBatch").pluck().get() as number,
      audit: reader.prepare("SELECT count(*) FROM AuditLog").pluck().get() as number,
      mismatches: rollupMismatches(reader),
    }));
    // The indicator engine as a page reads it: the kota from the rollup tables, a kelurahan from base rows.
    // Each figure comes from one query, so each must be old or new (the two are read at different moments).
    const engine = async () => Promise.all([KOTA, KEL_B].map(async (kode) => JSON.stringify((await getIndicatorReport(c.demo.viewers.admin, kode, { periode: month }, app)).indikator.d_s)));
    for (const v of [1, 2, 3]) {
      const file = monthlyFile(`${c.demo.path}.baca${v}.csv`, c.codes, periods, v);
      const before = JSON.stringify(state());
      const engineBefore = await engine();
      const probe = lockProbe(c.demo.path);
      const run = startImporter(c.demo.url, "laporan-bulanan", file.path);
      const seen: string[] = [];
      const engineSeen: string[][] = [];
      let inTx = 0;
      while (!run.done()) {
        const s = state();
        expect(s.mismatches).toBe(0);
        seen.push(JSON.stringify(s));
        engineSeen.push(await engine());
        if (probe.held()) inTx++;
        await sleep(2);
      }
      probe.close();
      const exit = await run.exited;
      expect(exit.code, exit.stderr).toBe(0);
      const after = state();
      expect(after).toMatchObject({ sumD: file.sumD, rows: file.rows, mismatches: 0 });
      expect([...new Set(seen)].filter((s) => s !== before && s !== JSON.stringify(after))).toEqual([]);
      const engineAfter = await engine();
      for (const i of [0, 1]) {
        expect(engineAfter[i]).not.toBe(engineBefore[i]);
        expect([...new Set(engineSeen.map((e) => e[i]))].filter((s) => s !== engineBefore[i] && s !== engineAfter[i])).toEqual([]);
      }
      // Reads must really have overlapped the import's open transaction, or this proves nothing.
      expect(inTx).toBeGreaterThan(0);
      log(`readers, import ${v} (${exit.stdout.trim().split("\n").at(-1)}): ${seen.length} snapshots, ${inTx} while its transaction was open; ` +
        `${seen.filter((s) => s === before).length} saw before, ${seen.filter((s) => s !== before).length} saw after, none in between`);
    }
    reader.close();
  }, LIMIT * 2);

  it("a reader in the import's own process (the web import's app server) sees it whole or not at all", async () => {
    const periods = monthsBack(12);
    const file = monthlyFile(`${c.demo.path}.web.csv`, c.codes, periods, 4);
    const sumD = async () => Number((await app.$queryRawUnsafe<{ d: bigint }[]>("SELECT coalesce(sum(d), 0) AS d FROM MonthlyReport WHERE period BETWEEN ? AND ?", periods[0], periods.at(-1)))[0]!.d);
    const kota = async () => JSON.stringify((await getIndicatorReport(c.demo.viewers.admin, KOTA, { periode: periods.at(-1)! }, app)).indikator.d_s);
    const [sumBefore, kotaBefore] = [await sumD(), await kota()];
    let finished = false;
    const web = runImport(app, c.demo.viewers.admin, "laporan-bulanan", readFileSync(file.path), "web.csv", { dryRun: false, today: TODAY }).finally(() => (finished = true));
    const seen: number[] = [];
    const kotaSeen: string[] = [];
    const probe = lockProbe(c.demo.path);
    let inTx = 0;
    while (!finished) {
      if (probe.held()) inTx++;
      seen.push(await sumD());
      kotaSeen.push(await kota());
      await sleep(2);
    }
    probe.close();
    expect((await web).status).toBe("selesai");
    const [sumAfter, kotaAfter] = [await sumD(), await kota()];
    expect(sumAfter).toBe(file.sumD);
    expect([...new Set(seen)].filter((d) => d !== sumBefore && d !== sumAfter)).toEqual([]);
    expect([...new Set(kotaSeen)].filter((k) => k !== kotaBefore && k !== kotaAfter)).toEqual([]);
    // Reads while the import's transaction was open, not only before or after it.
    expect(inTx).toBeGreaterThanOrEqual(3);
    log(`web import in this process (${file.rows} rows): ${seen.length} reads, ${inTx} while its transaction was open; ${seen.filter((d) => d === sumBefore).length} saw before, none in between`);
  }, LIMIT);

  it("two users saving the monthly grid in two processes at the same moment both land", async () => {
    for (const round of [1, 2, 3]) {
      const writers = [gridWriter(c.demo.url, "lurah", await gridInput(app, KEL_A, "2026-09", round)), gridWriter(c.demo.url, "admin", await gridInput(app, KEL_B, "2026-09", round))];
      await Promise.all(writers.map((w) => w.connected));
      writers.forEach((w) => w.go());
      const results = await Promise.all(writers.map((w) => w.result));
      expect(results.map((r) => r.ok), JSON.stringify(results)).toEqual([true, true]);
      const conn = openAfterCrash(c.demo.path);
      for (const kel of [KEL_A, KEL_B]) expect(new Set(storedD(conn, kel, "2026-09"))).toEqual(new Set([60 + round]));
      expect(rollupMismatches(conn)).toBe(0);
      conn.close();
    }
  }, LIMIT);

  it("a form save while a short import holds the write lock waits for it; both land", async () => {
    // Short on purpose: its lock must end within the save's 5 s wait even on a loaded machine.
    const file = monthlyFile(`${c.demo.path}.pendek.csv`, await codesOf(KEL_B), monthsBack(3), 7);
    const probe = lockProbe(c.demo.path);
    const run = startImporter(c.demo.url, "laporan-bulanan", file.path);
    expect(await lockTaken(run, probe, 100, 1)).not.toBeNull();
    const started = Date.now();
    const saved = await saveMonthlyGrid(app, c.demo.viewers.lurah, await gridInput(app, KEL_A, "2026-08", 4), TODAY);
    const waited = Date.now() - started;
    probe.close();
    const exit = await run.exited;
    expect(exit.code, exit.stderr).toBe(0);
    expect(saved.ok, saved.message).toBe(true);
    const conn = openAfterCrash(c.demo.path);
    expect(rowsNotAsInFile(conn, file, monthsBack(3))).toEqual([]);
    expect(new Set(storedD(conn, KEL_A, "2026-08"))).toEqual(new Set([64]));
    // The save's audit entries come after the import's: it waited for the commit instead of failing.
    const order = conn.prepare("SELECT action FROM AuditLog ORDER BY id DESC LIMIT 1").pluck().get();
    expect(order).toBe("UPDATE");
    expect(rollupMismatches(conn)).toBe(0);
    conn.close();
    log(`short import (${file.rows} rows, ${exit.ms} ms) + form save that waited ${waited} ms for it: both landed`);
  }, LIMIT);

  it("a form save and a second import during a long import wait 5 s, then are refused whole with an Indonesian message; the long import lands", async () => {
    // The long import leaves KEL_A out, so the second import (KEL_A only) and the save never touch its rows.
    const kelA = new Set(await codesOf(KEL_A));
    const file = monthlyFile(`${c.demo.path}.panjang.csv`, c.codes.filter((code) => !kelA.has(code)), c.periods, 11);
    const second = monthlyFile(`${c.demo.path}.kedua.csv`, [...kelA], monthsBack(6), 12);
    let conn = openAfterCrash(c.demo.path);
    const gridBefore = storedD(conn, KEL_A, "2026-07");
    const batchesBefore = conn.prepare("SELECT count(*) FROM ImportBatch").pluck().get() as number;
    conn.close();
    const probe = lockProbe(c.demo.path);
    const run = startImporter(c.demo.url, "laporan-bulanan", file.path);
    expect(await lockTaken(run, probe)).not.toBeNull();
    const run2 = startImporter(c.demo.url, "laporan-bulanan", second.path);
    const started = Date.now();
    const saved = await saveMonthlyGrid(app, c.demo.viewers.lurah, await gridInput(app, KEL_A, "2026-07", 5), TODAY);
    const waited = Date.now() - started;
    // A refusal is right only while another process (the long import, or the second one once the long one has
    // committed) holds the write lock. A save that got in after the long import's commit is right too, even if
    // the second import holds the lock by now: who holds it afterwards does not decide the save's outcome.
    const heldAfter = probe.held();
    const [exit, exit2] = await Promise.all([run.exited, run2.exited]);
    probe.close();
    expect(exit.code, exit.stderr).toBe(0);
    conn = openAfterCrash(c.demo.path);
    expect(rowsNotAsInFile(conn, file, c.periods)).toEqual([]);
    if (!saved.ok) {
      expect(saved).toEqual({ ok: false, message: BUSY_NOT_SAVED });
      expect(heldAfter).toBe(true);
      expect(waited).toBeGreaterThanOrEqual(4900);
      expect(storedD(conn, KEL_A, "2026-07")).toEqual(gridBefore);
    } else if (exit2.code === 1) {
      // Saved after the long import's commit, and the second import was refused: the save's D (60 + 5) stands.
      expect(new Set(storedD(conn, KEL_A, "2026-07"))).toEqual(new Set([65]));
    }
    if (exit2.code === 1) {
      expect(exit2.stdout).toContain("GALAT berkas: basis data sedang dipakai proses lain (misalnya impor besar) lebih dari 5 detik; tidak ada yang disimpan");
      expect(rowsNotAsInFile(conn, second, monthsBack(6))).toHaveLength(second.rows);
      expect(conn.prepare("SELECT count(*) FROM ImportBatch").pluck().get()).toBe(batchesBefore + 1);
    } else {
      // Started late enough to get the lock within its 5 s: then it landed whole, after the long one.
      expect(exit2.code, exit2.stderr).toBe(0);
      expect(rowsNotAsInFile(conn, second, monthsBack(6))).toEqual([]);
    }
    expect(halfWrittenBatches(conn)).toEqual([]);
    expect(rollupMismatches(conn)).toBe(0);
    conn.close();
    const retried = await saveMonthlyGrid(app, c.demo.viewers.lurah, await gridInput(app, KEL_A, "2026-07", 5), TODAY);
    expect(retried.ok, retried.message).toBe(true);
    log(`long import ${exit.ms} ms (${countsOf(exit.stdout) ? exit.stdout.trim().split("\n").at(-1) : "?"}); form save after ${waited} ms: ` +
      `${saved.ok ? "landed" : `refused: "${saved.message}"`}; second import exit ${exit2.code}: ${exit2.stdout.trim().split("\n")[0]}; retried save landed`);
  }, LIMIT);
});
