// Import throughput of `npm run bench`: the importer CLI on a copy of the bench
// database, timed with /usr/bin/time for its peak RSS.
//  - e-PPGBM: a synthetic 100k-row export (scripts/contoh-eppgbm.ts);
//  - laporan bulanan: N rows of the posyandu and months already in the database
//    with changed counts (1M at provinsi scale), i.e. the worst case of a
//    re-import where every row is an update.
import { spawnSync } from "node:child_process";
import { copyFileSync, createWriteStream, existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { once } from "node:events";
import Database from "better-sqlite3";
import { eppgbmSampleCsv } from "../../lib/demo/eppgbm-sample";

const DIR = "bench-results/tmp";
const TSX = ["node_modules/tsx/dist/cli.mjs", "--conditions=react-server"];

type Env = NodeJS.ProcessEnv;

/**
 * A synthetic e-PPGBM export of `rows` rows for the posyandu of the bench database (generated once per scale).
 * e-PPGBM names places, not codes: only desa/kelurahan whose name is unique in the database are used, so every
 * row matches one posyandu (a province repeats desa names across kecamatan).
 */
export function eppgbmFile(dbPath: string, skala: string, rows: number) {
  mkdirSync(DIR, { recursive: true });
  const file = `${DIR}/eppgbm-${skala}-${rows}.csv`;
  if (existsSync(file)) return file;
  const sql = new Database(dbPath, { readonly: true });
  const posyandu = sql.prepare(
    `SELECT p.name, p.kelurahanCode, a.name AS kelurahan FROM Posyandu p JOIN Area a ON a.code = p.kelurahanCode
     WHERE p.active = 1 AND a.name IN (SELECT name FROM Area WHERE level IN ('KELURAHAN', 'DESA', 'DESA_ADAT') GROUP BY name HAVING count(*) = 1)
     AND p.name IN (SELECT name FROM Posyandu q WHERE q.kelurahanCode = p.kelurahanCode GROUP BY name HAVING count(*) = 1)
     ORDER BY p.code`,
  ).all() as { name: string; kelurahanCode: string; kelurahan: string }[];
  sql.close();
  writeFileSync(file, eppgbmSampleCsv({ posyandu }, new Map(posyandu.map((p) => [p.kelurahanCode, p.kelurahan])), rows, ["2026-02", "2026-08"]));
  return file;
}

/** A laporan-bulanan file of up to `rows` existing (posyandu, month) keys of the database, every count changed. */
export async function laporanFile(dbPath: string, rows: number): Promise<{ file: string; rows: number }> {
  mkdirSync(DIR, { recursive: true });
  const file = `${DIR}/laporan-${rows}.csv`;
  const sql = new Database(dbPath, { readonly: true });
  const select = sql.prepare(
    `SELECT p.code, r.period, r.s, r.k, r.d, r.n FROM MonthlyReport r JOIN Posyandu p ON p.id = r.posyanduId
     WHERE r.opened = 1 AND r.s IS NOT NULL AND r.s > 0 ORDER BY r.period DESC, p.code LIMIT ?`,
  );
  const out = createWriteStream(file);
  out.write("kode_posyandu,periode,buka,kader_bertugas,s,k,d,n,bgm,t2\n");
  let written = 0;
  for (const r of select.iterate(rows) as Iterable<{ code: string; period: string; s: number; k: number | null; d: number | null; n: number | null }>) {
    // One more child weighed (never above S), so every row is a real update.
    const s = r.s + 1;
    const d = Math.min(s, (r.d ?? 0) + 1);
    const line = `${r.code},${r.period},ya,5,${s},${Math.min(s, r.k ?? 0)},${d},${Math.min(d, r.n ?? 0)},0,0\n`;
    if (!out.write(line)) await once(out, "drain");
    written++;
  }
  out.end();
  await once(out, "finish");
  sql.close();
  return { file, rows: written };
}

/** Runs `npm run impor -- <kind> <file>` on a copy of the database: seconds, rows/s, peak RSS, success. */
export function timeImport(dbPath: string, kind: string, file: string, rows: number, env: Env) {
  mkdirSync(DIR, { recursive: true });
  const copy = `${DIR}/impor.db`;
  copyFileSync(dbPath, copy);
  const t = Date.now();
  const run = spawnSync("/usr/bin/time", ["-f", "RSS_KB=%M", process.execPath, "--max-old-space-size=4096", ...TSX, "scripts/impor.ts", kind, file], { env: { ...env, DATABASE_URL: `file:./${copy}` }, encoding: "utf8", maxBuffer: 64 * 2 ** 20 });
  const secs = (Date.now() - t) / 1000;
  for (const suffix of ["", "-wal", "-shm"]) rmSync(`${copy}${suffix}`, { force: true });
  const ok = run.status === 0;
  return {
    baris: rows,
    detik: secs,
    barisPerDetik: Math.round(rows / secs),
    rssMB: Math.round(Number(/RSS_KB=(\d+)/.exec(run.stderr)?.[1] ?? 0) / 1024),
    berhasil: ok,
    ...(ok ? {} : { galat: (run.stderr || run.stdout).split("\n").filter(Boolean).slice(-3).join(" | ").slice(0, 400) }),
  };
}
