// The load part of `npm run bench -- --beban`: N signed-in sessions (each its
// own cookie, as N people in N browsers) browse the dashboards for a fixed time
// while the importer writes into the same database. Reports errors and p95.
import { spawn } from "node:child_process";
import { signIn } from "./http";

export type LoadResult = { sesi: number; detik: number; permintaan: number; galat: number; bukan2xx: number; p50: number; p95: number; p99: number; imporDetik: number | null; imporBerhasil: boolean | null };

const pct = (sorted: number[], p: number) => (sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!);

export async function loadRun(base: string, sessions: number, seconds: number, pages: { user: string; paths: string[] }[], importer: { args: string[]; env: NodeJS.ProcessEnv } | null): Promise<LoadResult> {
  const cookies: { cookie: string; paths: string[] }[] = [];
  for (let i = 0; i < sessions; i++) {
    const p = pages[i % pages.length]!;
    cookies.push({ cookie: await signIn(base, p.user, "posyandu2026"), paths: p.paths });
  }
  let imporDetik: number | null = null;
  let imporBerhasil: boolean | null = null;
  const importDone = importer
    ? new Promise<void>((resolve) => {
        const t = Date.now();
        const child = spawn(process.execPath, importer.args, { env: importer.env, stdio: "ignore" });
        child.on("exit", (code) => {
          imporDetik = (Date.now() - t) / 1000;
          imporBerhasil = code === 0;
          resolve();
        });
      })
    : Promise.resolve();
  const latencies: number[] = [];
  let errors = 0;
  let non2xx = 0;
  const until = Date.now() + seconds * 1000;
  await Promise.all(cookies.map(async ({ cookie, paths }, w) => {
    for (let i = w; Date.now() < until; i++) {
      const t = performance.now();
      try {
        const res = await fetch(`${base}${paths[i % paths.length]}`, { headers: { cookie }, redirect: "manual" });
        await res.arrayBuffer();
        if (res.status < 200 || res.status >= 300) non2xx++;
      } catch {
        errors++;
      }
      latencies.push(performance.now() - t);
    }
  }));
  await importDone;
  latencies.sort((a, b) => a - b);
  return { sesi: sessions, detik: seconds, permintaan: latencies.length, galat: errors, bukan2xx: non2xx, p50: pct(latencies, 50), p95: pct(latencies, 95), p99: pct(latencies, 99), imporDetik, imporBerhasil };
}
