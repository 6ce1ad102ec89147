// Large web uploads are imported in a process of their own: the importer CLI
// (scripts/impor.ts --json, the same runImport) on a private temporary copy of
// the file. In the server's own process a 1M-row laporan file held the event
// loop for up to 14 s at a time (reading and checking the file is JavaScript,
// and SQLite's driver runs every statement synchronously), so every other
// user's page, the meeting on the projector included, waited that long
// (docs/performance.md, "Session 18"). Small files stay in-process: starting
// the CLI costs about a second and a half.
import "server-only";
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { z } from "../validations/z";
import type { Viewer } from "../auth/scope";
import type { ImportOptions } from "./engine";
import type { ShownOutcome } from "./outcome";
import { privateDir } from "./upload";

/** From this size an upload is imported in its own process (≈ 45,000 laporan rows; a kelurahan's month is a few KB). */
export const OFFLOAD_FROM_BYTES = 2 * 1024 * 1024;

const outcomeSchema = z.object({
  kind: z.string(),
  fileName: z.string(),
  rows: z.number().int().nonnegative(),
  counts: z.object({ inserted: z.number().int(), updated: z.number().int(), unchanged: z.number().int() }),
  issues: z.array(z.object({ row: z.number().int(), column: z.string().nullable(), message: z.string(), severity: z.enum(["error", "warning"]) })),
  status: z.enum(["pratinjau", "ditolak", "selesai"]),
  batchId: z.number().int().nullable(),
  issuesTotal: z.number().int().nonnegative(),
  errorsTotal: z.number().int().nonnegative(),
});

/** The importer CLI of this installation, or null when it is not there to run (then the import runs in-process). */
export function importerCli(root = process.cwd()): { script: string; root: string } | null {
  const script = join(root, "scripts", "impor.ts");
  return existsSync(script) && existsSync(join(root, "node_modules", "tsx", "package.json")) ? { script, root } : null;
}

export type OffloadOptions = ImportOptions & {
  /** Environment of the importer process (default: the server's own, so the same database and settings). */
  env?: NodeJS.ProcessEnv;
  /** Installation folder holding scripts/ and node_modules/ (default: the working directory, as `next start` runs). */
  root?: string;
};

/**
 * Runs the import of `data` as `viewer` in a child process: runImportFileInChild on a private temporary copy of it.
 */
export async function runImportInChild(viewer: Viewer, kindId: string, data: Uint8Array, fileName: string, opts: OffloadOptions): Promise<ShownOutcome> {
  const dir = await privateDir();
  try {
    const path = join(dir, "berkas");
    await writeFile(path, data, { mode: 0o600 });
    return await runImportFileInChild(viewer, kindId, path, fileName, opts);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Runs the import of the file at `path` (in a private folder: lib/import/upload.ts writes uploads there) as `viewer`
 * in a child process and answers what runImport would have answered (as shownOutcome gives it: the CLI sends at
 * most MAX_ISSUES_SHOWN issues, with their total). Never throws for a failed import: a process that ends without an
 * answer comes back as a rejection saying so. The caller removes the file.
 */
export async function runImportFileInChild(viewer: Viewer, kindId: string, path: string, fileName: string, opts: OffloadOptions): Promise<ShownOutcome> {
  const cli = importerCli(opts.root);
  if (!cli) throw new Error("pengimpor CLI (scripts/impor.ts dengan tsx) tidak tersedia");
  // One large import at a time per server: each importer holds up to ≈ 650 MB for a 1M-row file, and on SQLite a
  // second writer would only wait 5 s for the first and be refused anyway. The second uploader is told at once.
  if (running) return rejected(kindId, fileName, "Impor berkas besar lain sedang berjalan di server ini; tidak ada yang disimpan. Coba lagi setelah impor itu selesai.");
  running = true;
  try {
    // "--x=value": a file name that starts with "-" stays a value.
    const args = ["--conditions=react-server", "--import", "tsx", cli.script, kindId, path, `--pengguna=${viewer.username}`, `--nama=${fileName}`, "--json"];
    const run = await runNode(opts.dryRun ? [...args, "--dry-run"] : args, cli.root, opts.env);
    const last = run.stdout.trim().split("\n").at(-1) ?? "";
    let parsed: unknown = null;
    try {
      parsed = JSON.parse(last);
    } catch {
      parsed = null;
    }
    const outcome = outcomeSchema.safeParse(parsed);
    if (outcome.success) return outcome.data;
    console.error(`[pantau] impor di proses terpisah berhenti tanpa jawaban (kode ${run.code}): ${run.stderr.slice(-2000)}`);
    return rejected(kindId, fileName, "Proses impor berhenti tanpa jawaban; impor yang tidak selesai tidak menyimpan apa pun. Periksa Riwayat impor, lalu coba lagi atau hubungi pengelola server.");
  } finally {
    running = false;
  }
}

let running = false;

function rejected(kind: string, fileName: string, message: string): ShownOutcome {
  return {
    kind, fileName, rows: 0, counts: { inserted: 0, updated: 0, unchanged: 0 }, batchId: null, status: "ditolak", issuesTotal: 1, errorsTotal: 1,
    issues: [{ row: 0, column: null, severity: "error", message }],
  };
}

function runNode(args: string[], cwd: string, env: NodeJS.ProcessEnv | undefined): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    // Without `env` the child inherits the server's environment: the same database and settings.
    const child = spawn(process.execPath, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c: Buffer) => void (stdout += c.toString()));
    // Only the end is kept for the server log: a crash's stack, not megabytes of output.
    child.stderr.on("data", (c: Buffer) => void (stderr = (stderr + c.toString()).slice(-8000)));
    child.on("error", (e) => resolve({ code: null, stdout, stderr: `${stderr}\n${e.message}` }));
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}
