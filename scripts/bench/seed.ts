// The seed step of `npm run bench`: once per database and skala, the demo
// seeder (`npm run demo:seed`, migrations included) into the bench target,
// its output shown as it runs (the nasional seed takes ≈ 20 minutes); a kept
// bench database is migrated instead, and given the demo meetings if it has none.
import { spawn } from "node:child_process";
import type { BenchTarget, Skala } from "./target";

/** The area each skala seeds (nasional: every provinsi). */
export const SEED_WILAYAH: Record<Skala, string | null> = { kota: "18.72", provinsi: "35", nasional: null };

export type SeedFigures = { detik: number; baris: number; barisPerDetik: number };

/** `scripts/demo-seed.ts` arguments for a skala. */
export function seedArgs(skala: Skala): string[] {
  const wilayah = SEED_WILAYAH[skala];
  return ["--skala", skala, ...(wilayah ? ["--wilayah", wilayah] : [])];
}

/** Runs a tsx script, echoing its output with a prefix; resolves with the exit code and the whole stdout. */
function runEchoed(script: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; stdout: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["node_modules/tsx/dist/cli.mjs", "--conditions=react-server", script, ...args], { env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    const echo = (chunk: Buffer) => process.stdout.write(chunk.toString().replace(/^(?=.)/gm, "  │ "));
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
      echo(chunk);
    });
    child.stderr.on("data", echo);
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout }));
  });
}

/** Seeds the target unless it already holds this skala; returns the seed's figures when it ran. */
export async function seedOnce(target: BenchTarget, skala: Skala, env: NodeJS.ProcessEnv): Promise<SeedFigures | undefined> {
  if (await target.prepare()) {
    // A bench database kept from an earlier run is brought to the current schema (and its backfills) first.
    const migrated = await runEchoed("scripts/db-migrate.ts", [], { ...env, DATABASE_URL: target.url });
    if (migrated.code !== 0) throw new Error(`Migrasi basis data bench gagal (kode keluar ${migrated.code}); lihat keluaran di atas.`);
    // Provinsi and nasional databases seeded before the bulk seed wrote meetings get them now (the meeting pack
    // figure needs one); a database that has them is left alone.
    const meetings = await runEchoed("scripts/demo-seed.ts", [...seedArgs(skala), "--rapat"], { ...env, DATABASE_URL: target.url });
    if (meetings.code !== 0) throw new Error(`Rapat demo tidak dapat ditambahkan (kode keluar ${meetings.code}); lihat keluaran di atas.`);
    return undefined;
  }
  console.log(`Menyiapkan basis data bench (${skala}, ${target.label})…`);
  const t = Date.now();
  const seeded = await runEchoed("scripts/demo-seed.ts", seedArgs(skala), { ...env, DATABASE_URL: target.url });
  if (seeded.code !== 0) throw new Error(`Seed gagal (kode keluar ${seeded.code}); lihat keluaran di atas.`);
  await target.markSeeded();
  const secs = (Date.now() - t) / 1000;
  const rows = Number(/— (\d+) baris/.exec(seeded.stdout)?.[1] ?? 0);
  return { detik: secs, baris: rows, barisPerDetik: Math.round(rows / secs) };
}
