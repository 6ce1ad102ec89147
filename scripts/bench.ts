// `[BENCH_PG_URL=postgresql://…/postgres] npm run bench [-- --skala kota|provinsi|nasional] [--cepat] [--detik 15] [--koneksi 10] [--beban 50] [--beban-detik 60] [--laporan 1000000] [--port 3900]`
// Builds if needed, seeds a bench database once (a SQLite file, or with
// BENCH_PG_URL the database pantau_bench_<skala> on that server; nasional
// needs PostgreSQL), starts `next start` on loopback and measures pages with a
// bounded load generator (autocannon), each against a baseline page that
// touches no database, plus payload, export and import figures. Prints a table
// and writes bench-results/bench-<skala>[-postgresql].json.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { cpus, totalmem } from "node:os";
import { parseArgs } from "node:util";
import { z } from "../lib/validations/z";
import { buildIfNeeded, NEXT_BIN } from "./lib/build";
import { measure, signIn, timeOnce } from "./bench/http";
import { measureBracketed, type BenchPage, type PageResult } from "./bench/pages";
import { loadRun } from "./bench/load";
import { freshness } from "./bench/fresh";
import { webImportWait, type WebImportWait } from "./bench/web-import";
import { IMPORTER, eppgbmFile, laporanFile, timeImport } from "./bench/imports";
import { pgSettings, readMeta } from "./bench/meta";
import { seedOnce } from "./bench/seed";
import { benchTarget, SKALA, type BenchTarget, type DbCopy } from "./bench/target";

type Figures = Record<string, unknown>;

const { values } = parseArgs({ options: { skala: { type: "string" }, cepat: { type: "boolean" }, beban: { type: "string" }, "beban-detik": { type: "string" }, detik: { type: "string" }, koneksi: { type: "string" }, port: { type: "string" }, laporan: { type: "string" } } });
const opts = z.object({
  skala: z.enum(SKALA, { message: "--skala harus kota, provinsi atau nasional" }).default("kota"),
  cepat: z.boolean().default(false),
  /** Signed-in sessions browsing while one import runs (0 = skip). */
  beban: z.coerce.number().int().min(0).max(500).optional(),
  "beban-detik": z.coerce.number().int().min(1).max(600).optional(),
  detik: z.coerce.number().int().min(1).max(600).optional(),
  koneksi: z.coerce.number().int().min(1).max(200).optional(),
  port: z.coerce.number().int().min(1024).max(65535).default(3900),
  /** Rows of the laporan-bulanan import run (every row an update of an existing report). */
  laporan: z.coerce.number().int().min(1000).max(5_000_000).default(1_000_000),
}).parse(values);
const seconds = opts.detik ?? (opts.cepat ? 3 : 15);
const connections = opts.koneksi ?? (opts.cepat ? 2 : 10);
const base = `http://127.0.0.1:${opts.port}`;

let server: ChildProcess | undefined;
/** Import-run copies not dropped yet: dropped at exit whatever happens. */
const copies = new Set<DbCopy>();
async function copyFor(target: BenchTarget, label: string): Promise<DbCopy> {
  const copy = await target.copy(label);
  copies.add(copy);
  return { url: copy.url, drop: async () => { copies.delete(copy); await copy.drop(); } };
}
async function startServer(env: NodeJS.ProcessEnv): Promise<ChildProcess> {
  // Another server on the port would answer /status and be measured instead of ours (another worktree's bench).
  const taken = await fetch(`${base}/status`).then(() => true, () => false);
  if (taken) throw new Error(`Port ${opts.port} sudah dipakai server lain; hentikan server itu atau pakai --port`);
  const child = spawn(process.execPath, [NEXT_BIN, "start", "-p", String(opts.port), "-H", "127.0.0.1"], { env, stdio: "ignore" });
  for (let i = 0; i < 200; i++) {
    if (child.exitCode !== null) throw new Error(`next start berhenti (kode keluar ${child.exitCode}) sebelum siap`);
    try {
      if ((await fetch(`${base}/status`)).ok) return child;
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error("Server bench tidak siap dalam 60 detik");
}
/** CPU time of a process, all its threads, in ms (Linux /proc; USER_HZ is 100 on every Linux Node runs on), or null. */
const serverCpuMs = (pid: number | undefined): number | null => {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
};
const peakRssMb = (pid: number | undefined) => {
  try {
    return Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0) / 1024;
  } catch {
    return 0;
  }
};

async function main() {
  const target = await benchTarget(opts.skala, process.env.BENCH_PG_URL || undefined);
  /** Import files are generated per skala and database (the PostgreSQL seed may differ from an older SQLite one). */
  const fileTag = target.kind === "sqlite" ? opts.skala : `${opts.skala}-pg`;
  const env = { ...process.env, NODE_ENV: "production" as const, DATABASE_URL: target.url, AUTH_SECRET: randomBytes(32).toString("base64"), NEXT_TELEMETRY_DISABLED: "1" };
  const figures: Figures = { skala: opts.skala, basisData: { jenis: target.kind, nama: target.label }, tanggal: new Date().toISOString(), mesin: { cpu: cpus()[0]?.model, inti: cpus().length, memoriGiB: Math.round(totalmem() / 2 ** 30) }, detik: seconds, koneksi: connections };
  const seed = await seedOnce(target, opts.skala, env);
  if (seed) figures.seed = seed;
  buildIfNeeded(env);
  const sql = await target.open();
  const { root, latest, kecamatan, lurahArea, meeting, boundaryKb } = await readMeta(sql)
    .then(async (meta) => {
      if (target.kind === "postgresql") figures.basisData = { jenis: target.kind, nama: target.label, pengaturan: await pgSettings(sql) };
      return meta;
    })
    .finally(() => sql.close());

  // PostgreSQL copies by TEMPLATE, which needs the bench database free of connections: copy before the server starts.
  const copied = Date.now();
  const early = target.copyBeforeServer && !opts.cepat ? { eppgbm: await copyFor(target, "impor_eppgbm"), laporan: await copyFor(target, "impor_laporan") } : null;
  if (early) console.log(`  Dua salinan untuk impor dibuat dalam ${((Date.now() - copied) / 1000).toFixed(1)} dtk.`);
  server = await startServer(env);
  const [pimpinan, camat] = [await signIn(base, "pimpinan", "posyandu2026"), await signIn(base, "camat", "posyandu2026")];
  const [baseline, ...pages]: BenchPage[] = [
    { id: "dasar", label: "Halaman dasar (tanpa basis data)", path: "/status", cookie: null },
    { id: "ringkasan", label: "Ringkasan (pimpinan)", path: "/", cookie: pimpinan },
    { id: "kecamatan", label: "Halaman kecamatan + peta (camat)", path: `/wilayah/${kecamatan}`, cookie: camat },
    { id: "skor", label: "Skor", path: "/skor", cookie: pimpinan },
    { id: "api", label: "API indikator", path: `/api/v1/indikator?wilayah=${root}&periode=${latest}`, cookie: pimpinan },
  ];
  // Warm-up, discarded: every page for two seconds once the server is up (its first measured baseline otherwise
  // ran 20–40 % below the later ones), then one second of the same load before each measurement, so a measured
  // window is the server's steady state (code optimised by the JIT, cached reads filled).
  for (const p of [baseline!, ...pages]) await measure(`${base}${p.path}`, p.cookie, connections, 2);
  const results = await measureBracketed(baseline!, pages, async (p) => {
    await measure(`${base}${p.path}`, p.cookie, connections, 1);
    const cpu = serverCpuMs(server!.pid);
    const m = await measure(`${base}${p.path}`, p.cookie, connections, seconds);
    const used = serverCpuMs(server!.pid);
    return cpu === null || used === null || m.requests === 0 ? m : { ...m, cpuMsPerReq: (used - cpu) / m.requests };
  }, (line) => console.log(line));
  figures.halaman = results;
  const map = await timeOnce(`${base}/peta`, pimpinan);
  figures.peta = { htmlKB: Math.round(map.bytes / 1024), batasKB: Math.round(boundaryKb) };
  if (meeting) figures.paketRapat = { ms: Math.round((await timeOnce(`${base}/api/rapat/${meeting}/paket`, pimpinan)).ms) };
  figures.kesegaran = await freshness(base, target, root, latest, await signIn(base, "admin", "posyandu2026"), pimpinan);
  console.log(`  Kesegaran: ${JSON.stringify(figures.kesegaran)}`);
  figures.rssServerMB = Math.round(peakRssMb(server.pid));
  if (!opts.cepat) {
    const eppgbm = await eppgbmFile(target, root, fileTag, 100_000);
    figures.imporEppgbm = await timeImport(early?.eppgbm ?? await copyFor(target, "impor_eppgbm"), "eppgbm", eppgbm, 100_000, env);
    console.log(`  Impor e-PPGBM: ${JSON.stringify(figures.imporEppgbm)}`);
    // 1M rows need a province's posyandu × months; the kota demo has ≈ 6,000 reports, all of them are used.
    const laporan = await laporanFile(target, root, fileTag, opts.laporan);
    figures.imporLaporan = await timeImport(early?.laporan ?? await copyFor(target, "impor_laporan"), "laporan-bulanan", laporan.file, laporan.rows, env);
    console.log(`  Impor laporan bulanan: ${JSON.stringify(figures.imporLaporan)}`);
    figures.imporWeb = await webImportWait(base, await signIn(base, "admin", "posyandu2026"), laporan.file);
    console.log(`  Tunggu selama pratinjau impor web laporan: ${JSON.stringify(figures.imporWeb)}`);
  }
  const sessions = opts.beban ?? (opts.cepat ? 10 : 50);
  if (sessions > 0) {
    const file = await eppgbmFile(target, root, fileTag, opts.cepat ? 5_000 : 100_000, "beban");
    const browse = [`/`, `/wilayah/${kecamatan}`, "/skor", "/peta", `/api/v1/indikator?wilayah=${root}&periode=${latest}`];
    figures.beban = await loadRun(base, sessions, opts["beban-detik"] ?? (opts.cepat ? 5 : 60), [
      { user: "pimpinan", paths: browse },
      { user: "camat", paths: [`/wilayah/${kecamatan}`, "/skor", "/peta", "/rapat"] },
      { user: "lurah", paths: [`/wilayah/${lurahArea}`, "/posyandu", "/tindakan"] },
    ], { args: [...IMPORTER, "eppgbm", file], env });
    console.log(`  Beban: ${JSON.stringify(figures.beban)}`);
  }
  report(target, figures, results);
  // The bench also guards correctness under load: any error or non-2xx answer fails it.
  const failed = results.filter((r) => r.errors + r.non2xx > 0 || r.requests === 0);
  const load = figures.beban as { galat: number; bukan2xx: number; imporBerhasil: boolean | null } | undefined;
  const fresh = figures.kesegaran as { tersedia: boolean; terlihatMs?: number | null };
  // A save the ringkasan never shows is a stale page: a correctness failure, not a slow one.
  if (fresh.tersedia && fresh.terlihatMs === null) failed.push({ label: "kesegaran (simpanan tidak tampil di ringkasan)", errors: 1, non2xx: 0, requests: -1 } as (typeof results)[number]);
  const web = figures.imporWeb as WebImportWait | undefined;
  if (web && (web.status !== "pratinjau" || web.galat > 0)) failed.push({ label: `pratinjau impor web (${web.status ?? "tanpa jawaban"})`, errors: web.galat, non2xx: 0, requests: -1 } as (typeof results)[number]);
  if (load && (load.galat > 0 || load.bukan2xx > 0 || load.imporBerhasil === false)) failed.push({ label: "beban", errors: load.galat, non2xx: load.bukan2xx, requests: -1 } as (typeof results)[number]);
  if (failed.length > 0) {
    console.error(`Galat di bawah beban: ${failed.map((r) => `${r.label} (${r.errors} galat, ${r.non2xx} bukan 2xx, ${r.requests} permintaan)`).join("; ")}`);
    process.exitCode = 1;
  }
}

function report(target: BenchTarget, figures: Figures, results: PageResult[]) {
  const pad = (s: string, n: number) => s.padEnd(n);
  const settings = (figures.basisData as { pengaturan?: Record<string, string> }).pengaturan;
  const shown = settings ? ` (${Object.entries(settings).map(([k, v]) => `${k} ${v}`).join(", ")})` : "";
  console.log(`\nBench ${opts.skala} · ${target.label}${shown} · ${seconds} dtk × ${connections} koneksi per halaman · ${figures.tanggal}`);
  console.log(`${pad("Halaman", 36)} ${pad("req/s", 8)} ${pad("rasio", 6)} ${pad("p50", 7)} ${pad("p95", 7)} ${pad("p95/dasar", 10)} ${pad("p99", 7)} ${pad("galat", 6)} ${pad("CPU/req", 8)} rasio CPU`);
  const cpu = (r: PageResult) => (r.cpuMsPerReq === undefined ? "-" : `${r.cpuMsPerReq.toFixed(1)}ms`);
  const cpuRatio = (r: PageResult) => (r.rasioCpu === undefined ? "-" : `${(r.rasioCpu * 100).toFixed(0)}%`);
  for (const r of results) console.log(`${pad(r.label, 36)} ${pad(r.reqPerSec.toFixed(1), 8)} ${pad(`${(r.rasio * 100).toFixed(0)}%`, 6)} ${pad(`${r.p50.toFixed(0)}ms`, 7)} ${pad(`${r.p95.toFixed(0)}ms`, 7)} ${pad(`${r.rasioP95.toFixed(1)}×`, 10)} ${pad(`${r.p99.toFixed(0)}ms`, 7)} ${pad(String(r.errors + r.non2xx), 6)} ${pad(cpu(r), 8)} ${cpuRatio(r)}`);
  console.log(JSON.stringify({ kesegaran: figures.kesegaran, beban: figures.beban, peta: figures.peta, paketRapat: figures.paketRapat, rssServerMB: figures.rssServerMB, imporEppgbm: figures.imporEppgbm, imporLaporan: figures.imporLaporan, imporWeb: figures.imporWeb, seed: figures.seed }, null, 1));
  mkdirSync("bench-results", { recursive: true });
  writeFileSync(`bench-results/${target.name}.json`, JSON.stringify(figures, null, 2));
  console.log(`Hasil: bench-results/${target.name}.json`);
}

main()
  .catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exitCode = 1;
  })
  .finally(async () => {
    server?.kill("SIGTERM");
    for (const copy of copies) await copy.drop().catch((e: unknown) => console.error(`Salinan ${copy.url.split("@").pop()} tidak terhapus: ${e instanceof Error ? e.message : String(e)}`));
  });
