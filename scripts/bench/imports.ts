// Import throughput of `npm run bench`: the importer CLI on a copy of the bench
// database, timed with /usr/bin/time for its peak RSS.
//  - e-PPGBM: a synthetic 100k-row export (scripts/contoh-eppgbm.ts);
//  - laporan bulanan: N rows of the posyandu and months already in the database
//    with changed counts (1M at provinsi scale), i.e. the worst case of a
//    re-import where every row is an update.
import { spawnSync } from "node:child_process";
import { createWriteStream, existsSync, mkdirSync, writeFileSync } from "node:fs";
import { once } from "node:events";
import { eppgbmSampleCsv } from "../../lib/demo/eppgbm-sample";
import { eppgbmPosyandu, laporanRows } from "./meta";
import type { BenchTarget, DbCopy } from "./target";

const DIR = "bench-results/tmp";
/** The importer as `npm run impor` runs it: one node process with tsx's loader (the tsx CLI would start two). */
export const IMPORTER = ["--conditions=react-server", "--import", "tsx", "scripts/impor.ts"];

type Env = NodeJS.ProcessEnv;

/**
 * Months of the measured e-PPGBM import, and of the one the load run writes into the bench database itself. The
 * measured one is a new month's export (the monthly case: every aggregate new), in months the seed leaves empty
 * (it has e-PPGBM in February and August). It used to be February/August 2026, which an early run had imported
 * into the kept nasional database: from then on it measured a re-import that wrote nothing (docs/performance.md,
 * session 9). timeImport now says so when an import writes nothing.
 */
export const EPPGBM_PERIODS = { ukur: ["2026-04", "2026-10"], beban: ["2026-03", "2026-09"] } as const;

/**
 * A synthetic e-PPGBM export of `rows` rows for the posyandu under `root` (generated once per `tag`, the skala and
 * database). e-PPGBM names places, not codes: every row matches one posyandu (see eppgbmPosyandu).
 * `use` picks the months: the load run imports into the kept bench database, so its file must not hold the months
 * the measured import writes, or the next run's measure would find every aggregate already there (unchanged).
 */
export async function eppgbmFile(target: BenchTarget, root: string, tag: string, rows: number, use: keyof typeof EPPGBM_PERIODS = "ukur") {
  mkdirSync(DIR, { recursive: true });
  // The months in the name: a file generated for other months is never taken for this one.
  const file = `${DIR}/eppgbm-${tag}-${rows}-${use}-${EPPGBM_PERIODS[use].join("-")}.csv`;
  if (existsSync(file)) return file;
  const sql = await target.open();
  const posyandu = await eppgbmPosyandu(sql, root).finally(() => sql.close());
  writeFileSync(file, eppgbmSampleCsv({ posyandu }, new Map(posyandu.map((p) => [p.kelurahanCode, p.kelurahan])), rows, [...EPPGBM_PERIODS[use]]));
  return file;
}

/**
 * A laporan-bulanan file of up to `rows` existing (posyandu, month) keys under `root`, every count changed. Written
 * afresh on every run (the counts follow the database), named by `tag` so that a provinsi run does not overwrite
 * the nasional file someone is re-running by hand.
 */
export async function laporanFile(target: BenchTarget, root: string, tag: string, rows: number): Promise<{ file: string; rows: number }> {
  mkdirSync(DIR, { recursive: true });
  const file = `${DIR}/laporan-${tag}-${rows}.csv`;
  const sql = await target.open();
  const out = createWriteStream(file);
  out.write("kode_posyandu,periode,buka,kader_bertugas,s,k,d,n,o,b,bgm,t2\n");
  let written = 0;
  try {
    for await (const r of laporanRows(sql, root, rows)) {
      // One more child weighed (never above S), so every row is a real update.
      const s = r.s + 1;
      const d = Math.min(s, (r.d ?? 0) + 1);
      const line = `${r.code},${r.period},ya,5,${s},${Math.min(s, r.k ?? 0)},${d},${Math.min(d, r.n ?? 0)},0,0,0,0\n`;
      if (!out.write(line)) await once(out, "drain");
      written++;
    }
  } finally {
    await sql.close();
  }
  out.end();
  await once(out, "finish");
  return { file, rows: written };
}

/** Runs `npm run impor -- <kind> <file>` on a copy of the database, then drops it: seconds, rows/s, peak RSS, success. */
export async function timeImport(copy: DbCopy, kind: string, file: string, rows: number, env: Env) {
  const t = Date.now();
  const run = spawnSync("/usr/bin/time", ["-f", "RSS_KB=%M", process.execPath, "--max-old-space-size=4096", ...IMPORTER, kind, file], { env: { ...env, DATABASE_URL: copy.url }, encoding: "utf8", maxBuffer: 64 * 2 ** 20 });
  const secs = (Date.now() - t) / 1000;
  await copy.drop();
  const ok = run.status === 0;
  const written = writtenCounts(run.stdout);
  return {
    baris: rows,
    detik: secs,
    barisPerDetik: Math.round(rows / secs),
    rssMB: Math.round(Number(/RSS_KB=(\d+)/.exec(run.stderr)?.[1] ?? 0) / 1024),
    berhasil: ok,
    ...(written ? { ditulis: written } : {}),
    // A file whose rows are all stored already measures a re-import that compares and writes nothing (the nasional
    // database once held the measured e-PPGBM file: 11.5 s of "import" that wrote 0 rows, docs/performance.md).
    ...(ok && written && written.baru + written.diperbarui === 0 ? { peringatan: "tidak ada baris yang ditulis: semua sudah ada di basis data, ini mengukur impor ulang" } : {}),
    ...(ok ? {} : { galat: (run.stderr || run.stdout).split("\n").filter(Boolean).slice(-3).join(" | ").slice(0, 400) }),
  };
}

/** The importer's "baru N, diperbarui N, tidak berubah N" (scripts/impor.ts), or null when it printed none. */
export function writtenCounts(stdout: string): { baru: number; diperbarui: number; tidakBerubah: number } | null {
  const m = /baru (\d+), diperbarui (\d+), tidak berubah (\d+)/.exec(stdout);
  return m ? { baru: Number(m[1]), diperbarui: Number(m[2]), tidakBerubah: Number(m[3]) } : null;
}
