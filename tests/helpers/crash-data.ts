// Data for the crash tests: the Kota Metro demo in a throwaway file, and large
// laporan-bulanan files (every posyandu × N months up to LAST) whose values
// depend on a version: a file updates the demo months it covers and inserts
// the older ones; the next version of the same file updates every row.
import Database from "better-sqlite3";
import { copyFileSync, rmSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { demoDb, metroKelurahan, type DemoDb } from "./demo-db";
import { runImport } from "@/lib/import/engine";
import { db as appDb } from "@/lib/db/client";
import { DEFAULT_DEMO_OPTIONS } from "@/lib/demo/generate";
import { addMonths, periodRange } from "@/lib/period";

/** The most months a file goes back; beyond that the test adds posyandu instead. */
const MAX_MONTHS = 240;
// The demo's first 8 months: updating a row costs ~6× inserting one (update + audit each), and most of a
// large real import is new months, so files end here and reach back into months the demo lacks.
const LAST = addMonths(DEFAULT_DEMO_OPTIONS.endPeriod, -(DEFAULT_DEMO_OPTIONS.months - 8));
export const TODAY = new Date().toISOString().slice(0, 10);

export type CrashDb = { demo: DemoDb; codes: string[]; periods: string[]; pristine: string };

/** The `n` months up to LAST. */
export const monthsBack = (n: number) => periodRange(addMonths(LAST, -(n - 1)), LAST);

/**
 * Seeds the demo (plus synthetic posyandu when `rows` needs more than
 * MAX_MONTHS per posyandu) and keeps a closed copy to restore from.
 */
export async function crashDb(rows: number): Promise<CrashDb> {
  const demo = await demoDb();
  const have = await demo.db.posyandu.count();
  const extra = Math.max(0, Math.ceil(rows / MAX_MONTHS) - have);
  if (extra > 0) {
    const kel = metroKelurahan();
    const lines = Array.from({ length: extra }, (_, i) => `PX${String(i + 1).padStart(5, "0")},Uji Beban ${i + 1},${kel[i % kel.length]!.code}`);
    const csv = ["kode_posyandu,nama_posyandu,kode_kelurahan", ...lines].join("\n");
    const out = await runImport(demo.db, demo.viewers.admin, "posyandu", new TextEncoder().encode(csv), "uji-beban.csv", { dryRun: false, today: TODAY });
    if (out.status !== "selesai") throw new Error(`posyandu tambahan: ${JSON.stringify(out.issues.slice(0, 3))}`);
  }
  const codes = (await demo.db.posyandu.findMany({ select: { code: true }, orderBy: { code: "asc" } })).map((p) => p.code);
  const months = Math.min(MAX_MONTHS, Math.ceil(rows / codes.length));
  await demo.db.$disconnect();
  // demoDb() loaded the viewers through the app's own client: close it too, so no idle connection keeps the -wal around.
  await appDb().$disconnect();
  const pristine = `${demo.path}.pristine`;
  const conn = new Database(demo.path, { fileMustExist: true });
  conn.exec(`VACUUM INTO '${pristine}'`);
  conn.close();
  return { demo, codes, periods: monthsBack(months), pristine };
}

/** Puts the pristine database back (after a kill that landed after the commit). */
export function restore(c: CrashDb): void {
  for (const suffix of ["-wal", "-shm"]) rmSync(c.demo.path + suffix, { force: true });
  copyFileSync(c.pristine, c.demo.path);
}

export type Report = { opened: number; kaderOnDuty: number; s: number; k: number; d: number; n: number; o: number; b: number; bgm: number; t2: number };
export type MonthlyFile = { path: string; rows: number; sumD: number; values: Map<string, Report> };

/** Values of one posyandu-month in file version `v` (D ≤ S, N ≤ D − O − B, BGM/2T ≤ D: no warnings, no errors). */
function reportOf(code: string, period: string, v: number): Report {
  const h = createHash("sha1").update(`${code}|${period}`).digest().readUInt32BE(0);
  const s = 40 + (h % 60) + v;
  const d = 10 + ((h >>> 6) % 30) + v;
  return { opened: 1, kaderOnDuty: 3 + ((h >>> 12) % 5), s, k: s - ((h >>> 16) % 4), d, n: Math.floor(d / 2), o: (h >>> 24) % 3, b: (h >>> 26) % 2, bgm: (h >>> 20) % 2, t2: (h >>> 22) % 3 };
}

/** Writes the laporan-bulanan CSV of version `v` for `codes` × `periods`. */
export function monthlyFile(path: string, codes: string[], periods: string[], v: number): MonthlyFile {
  const values = new Map<string, Report>();
  const lines = ["kode_posyandu,periode,buka,kader_bertugas,s,k,d,n,o,b,bgm,t2"];
  let sumD = 0;
  for (const code of codes) {
    for (const period of periods) {
      const r = reportOf(code, period, v);
      values.set(`${code}|${period}`, r);
      sumD += r.d;
      lines.push(`${code},${period},ya,${r.kaderOnDuty},${r.s},${r.k},${r.d},${r.n},${r.o},${r.b},${r.bgm},${r.t2}`);
    }
  }
  writeFileSync(path, lines.join("\n") + "\n");
  return { path, rows: values.size, sumD, values };
}

const STORED = `SELECT p.code || '|' || m.period AS key, m.opened, m.kaderOnDuty, m.s, m.k, m.d, m.n, m.o, m.b, m.bgm, m.t2
  FROM MonthlyReport m JOIN Posyandu p ON p.id = m.posyanduId WHERE m.period BETWEEN ? AND ?`;

/** What importing `file` into the database behind `conn` must do: rows new, changed and equal. */
export function expectedCounts(conn: Database.Database, file: MonthlyFile, periods: string[]) {
  const stored = new Map((conn.prepare(STORED).all(periods[0], periods.at(-1)) as (Report & { key: string })[]).map(({ key, ...r }) => [key, r]));
  const counts = { inserted: 0, updated: 0, unchanged: 0 };
  for (const [key, r] of file.values) {
    const old = stored.get(key);
    if (!old) counts.inserted++;
    else if (JSON.stringify(old) === JSON.stringify(r)) counts.unchanged++;
    else counts.updated++;
  }
  return counts;
}

/** Keys of the file whose stored row is missing or differs from the file. */
export function rowsNotAsInFile(conn: Database.Database, file: MonthlyFile, periods: string[]): string[] {
  const stored = new Map((conn.prepare(STORED).all(periods[0], periods.at(-1)) as (Report & { key: string })[]).map(({ key, ...r }) => [key, JSON.stringify(r)]));
  return [...file.values].filter(([key, r]) => stored.get(key) !== JSON.stringify(r)).map(([key]) => key);
}

/** ΣD and row count over the file's keys (every posyandu × the file's months), as one read. */
export function importedTotals(conn: Database.Database, periods: string[]) {
  return conn.prepare("SELECT coalesce(sum(d), 0) AS sumD, count(*) AS rows FROM MonthlyReport WHERE period BETWEEN ? AND ?").get(periods[0], periods.at(-1)) as { sumD: number; rows: number };
}
