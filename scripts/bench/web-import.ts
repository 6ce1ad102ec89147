// What other users wait while someone uploads a large file through the import page: /status is requested every
// 20 ms during a web preview (pratinjau) of the 1M-row laporan file. A preview writes nothing, so the bench
// database stays as seeded. Since session 18 such a file is imported in a process of its own
// (lib/import/offload.ts); before, the server's event loop was held for up to 14 s at a time. Since session 19 the
// upload streams into the server (lib/import/upload.ts) and /status is polled from another process.
import { fork } from "node:child_process";
import { readFileSync } from "node:fs";
import { basename } from "node:path";

export type WebImportWait = { detik: number; status: string | null; permintaan: number; maksMs: number; p99Ms: number; lebihDari1Dtk: number; galat: number };

/** Relative to the project folder, where the bench runs (as IMPORTER in imports.ts). */
const POLLER = "scripts/bench/poll-status.mjs";

export async function webImportWait(base: string, admin: string, file: string): Promise<WebImportWait> {
  const form = new FormData();
  form.set("berkas", new Blob([readFileSync(file)], { type: "text/csv" }), basename(file));
  // The poller runs in a process of its own (see poll-status.mjs).
  const poller = fork(POLLER, [base], { stdio: ["ignore", "inherit", "inherit", "ipc"] });
  const report = new Promise<{ samples: [number, number][]; failures: number }>((resolve, reject) => {
    poller.on("message", (m) => void (m !== "ready" && resolve(m as { samples: [number, number][]; failures: number })));
    poller.on("exit", (code) => reject(new Error(`pemantau /status berhenti (kode ${code})`)));
  });
  void report.catch(() => undefined);
  await new Promise<void>((resolve, reject) => {
    poller.once("message", () => resolve());
    poller.once("exit", (code) => reject(new Error(`pemantau /status berhenti (kode ${code})`)));
  });
  const t0 = performance.timeOrigin + performance.now();
  let status: string | null = null;
  try {
    const res = await fetch(`${base}/api/impor?jenis=laporan-bulanan&mode=pratinjau`, { method: "POST", headers: { cookie: admin }, body: form });
    status = ((await res.json()) as { status?: string }).status ?? null;
  } finally {
    poller.send("stop");
  }
  const t1 = performance.timeOrigin + performance.now();
  const { samples, failures } = await report;
  // The requests that started while the upload was under way.
  const waits = samples.filter(([t]) => t >= t0 && t <= t1).map(([, w]) => w);
  const sorted = [...waits].sort((a, b) => a - b);
  return {
    detik: Math.round((t1 - t0) / 100) / 10,
    status,
    permintaan: waits.length,
    maksMs: Math.round(sorted.at(-1) ?? 0),
    p99Ms: Math.round(sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.99) - 1)] ?? 0),
    lebihDari1Dtk: waits.filter((w) => w > 1000).length,
    galat: failures,
  };
}
