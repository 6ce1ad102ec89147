// What other users wait while someone uploads a large file through the import page: /status is requested every
// 20 ms during a web preview (pratinjau) of the 1M-row laporan file. A preview writes nothing, so the bench
// database stays as seeded. Since session 18 such a file is imported in a process of its own
// (lib/import/offload.ts); before, the server's event loop was held for up to 14 s at a time.
import { readFileSync } from "node:fs";
import { basename } from "node:path";

export type WebImportWait = { detik: number; status: string | null; permintaan: number; maksMs: number; p99Ms: number; lebihDari1Dtk: number; galat: number };

export async function webImportWait(base: string, admin: string, file: string): Promise<WebImportWait> {
  const form = new FormData();
  form.set("berkas", new Blob([readFileSync(file)], { type: "text/csv" }), basename(file));
  const waits: number[] = [];
  let errors = 0;
  let done = false;
  const poll = (async () => {
    while (!done) {
      const t = performance.now();
      try {
        await (await fetch(`${base}/status`)).arrayBuffer();
      } catch {
        errors++;
      }
      waits.push(performance.now() - t);
      await new Promise((r) => setTimeout(r, 20));
    }
  })();
  const t0 = performance.now();
  let status: string | null = null;
  try {
    const res = await fetch(`${base}/api/impor?jenis=laporan-bulanan&mode=pratinjau`, { method: "POST", headers: { cookie: admin }, body: form });
    status = ((await res.json()) as { status?: string }).status ?? null;
  } finally {
    done = true;
    await poll;
  }
  const sorted = [...waits].sort((a, b) => a - b);
  return {
    detik: Math.round((performance.now() - t0) / 100) / 10,
    status,
    permintaan: waits.length,
    maksMs: Math.round(sorted.at(-1) ?? 0),
    p99Ms: Math.round(sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.99) - 1)] ?? 0),
    lebihDari1Dtk: waits.filter((w) => w > 1000).length,
    galat: errors,
  };
}
