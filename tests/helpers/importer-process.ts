// The real importer CLI (`npm run impor`) as a child process the crash tests
// can time and SIGKILL. It runs as ONE node process (`node --import tsx`),
// not through npm or the tsx CLI: those relay signals to a grandchild, and a
// SIGKILL to the wrapper would leave the importer running on.
import { spawn } from "node:child_process";
import type { lockProbe } from "./crash-db";

export type Exit = { code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string; ms: number };
export type Importer = { pid: number; startedAt: number; exited: Promise<Exit>; done: () => boolean; kill: () => void };

/** Starts `scripts/impor.ts <kind> <file>` against `url`. */
export function startImporter(url: string, kind: string, file: string): Importer {
  const startedAt = Date.now();
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/impor.ts", kind, file], {
    env: { ...process.env, DATABASE_URL: url },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  let finished = false;
  child.stdout.on("data", (c: Buffer) => (stdout += c.toString()));
  child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
  const exited = new Promise<Exit>((resolve) =>
    child.on("close", (code, signal) => {
      finished = true;
      resolve({ code, signal, stdout, stderr, ms: Date.now() - startedAt });
    }),
  );
  return { pid: child.pid!, startedAt, exited, done: () => finished, kill: () => child.kill("SIGKILL") };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Polls until the importer holds the write lock steadily, i.e. its one
 * transaction has begun (connecting also takes the lock for a few ms, to
 * set WAL mode); returns ms since start when it was first seen, or null
 * when the importer ended first.
 */
export async function lockTaken(run: Importer, probe: ReturnType<typeof lockProbe>, steadyMs = 250, everyMs = 5): Promise<number | null> {
  let since: number | null = null;
  while (!run.done()) {
    if (!probe.held()) since = null;
    else if (since === null) since = Date.now();
    else if (Date.now() - since >= steadyMs) return since - run.startedAt;
    await sleep(everyMs);
  }
  return null;
}

/**
 * Waits until `untilMs` after the importer's start while watching the lock:
 * true if the importer still holds it then, false if it let go earlier (committed).
 */
export async function stillLockedAt(run: Importer, probe: ReturnType<typeof lockProbe>, untilMs: number, everyMs = 5): Promise<boolean> {
  while (Date.now() - run.startedAt < untilMs) {
    if (run.done() || !probe.held()) return false;
    await sleep(Math.min(everyMs, untilMs - (Date.now() - run.startedAt)));
  }
  return !run.done() && probe.held();
}

/** Polls until the importer no longer holds the write lock (committed or gone); ms since start. */
export async function lockReleased(run: Importer, probe: ReturnType<typeof lockProbe>, everyMs = 5): Promise<number> {
  while (!run.done() && probe.held()) await sleep(everyMs);
  return Date.now() - run.startedAt;
}

/** "baru X, diperbarui Y, tidak berubah Z" of a finished import, as numbers. */
export function countsOf(out: string): { inserted: number; updated: number; unchanged: number } | null {
  const m = /baru (\d+), diperbarui (\d+), tidak berubah (\d+)/.exec(out);
  return m ? { inserted: Number(m[1]), updated: Number(m[2]), unchanged: Number(m[3]) } : null;
}

/** A small seeded PRNG (mulberry32), so a failing run can be repeated with CRASH_SEED. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
