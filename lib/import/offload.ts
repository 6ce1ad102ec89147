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

/**
 * From this size an upload is imported in its own process (≈ 5,800 laporan rows; a kelurahan's month is a few KB).
 * In the server's process a preview holds everyone's requests for about as long as it takes: measured on a provinsi
 * copy, 100 KB (2,291 rows) no wait above the usual, 500 KB 0.4–0.6 s, 2 MB (45,849 rows) 2.5 s (docs/performance.md
 * "Session 19"). The uploader pays the CLI's start, about 1.5 s, above it.
 */
export const OFFLOAD_FROM_BYTES = 256 * 1024;

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
 * most MAX_ISSUES_SHOWN issues, with their total), after the imports that came before it (see MAX_WAITING). Never
 * throws for a failed import: a process that ends without an answer comes back as a rejection saying so. The caller
 * removes the file.
 */
export async function runImportFileInChild(viewer: Viewer, kindId: string, path: string, fileName: string, opts: OffloadOptions): Promise<ShownOutcome> {
  const cli = importerCli(opts.root);
  if (!cli) throw new Error("pengimpor CLI (scripts/impor.ts dengan tsx) tidak tersedia");
  // One import process at a time per server, the others waiting their turn in arrival order: each importer holds
  // up to ≈ 650 MB for a 1M-row file, and on SQLite a second writer would only wait 5 s for the first and be refused.
  // The queue is short, so that the last in line still gets its answer inside a proxy's timeout (docs/deploy.md:
  // 300 s; a 1M-row save takes about a minute); beyond it the uploader is told at once.
  if (inLine > MAX_WAITING) return rejected(kindId, fileName, `Sudah ada ${inLine} impor berkas besar yang berjalan atau menunggu di server ini; tidak ada yang disimpan. Coba lagi beberapa menit lagi.`);
  inLine++;
  const turn = queue;
  let done = () => {};
  queue = new Promise<void>((resolve) => (done = resolve));
  try {
    await turn;
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
    inLine--;
    done();
  }
}

/** Large imports that may wait behind the running one; one more is refused. */
export const MAX_WAITING = 2;
/** Running plus waiting imports, and the promise the next arrival waits for. */
let inLine = 0;
let queue: Promise<void> = Promise.resolve();

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
