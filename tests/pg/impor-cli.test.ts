// Runs only via `npm run test:pg`: the importer CLI (`npm run impor`) on PostgreSQL must exit as soon as it has
// printed its answer. It once made a client of its own while loadViewer read through the app's client (db()),
// whose pool it never ended: the idle connection held the process for pg's 10 s idle timeout, which was most of
// the nasional e-PPGBM bench's 11.5 s (docs/performance.md, session 9).
// `npm run demo:seed` had the same pattern (lockDemoMeetings reads the admin through loadViewer).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Db } from "@/lib/db/client";
import { eppgbmSampleCsv } from "@/lib/demo/eppgbm-sample";
import { migratedPg, throwawayPg } from "../helpers/pg-db";
import { dropDatabaseForced } from "@/lib/db/pg-drop";
import { writtenCounts } from "../../scripts/bench/imports";

const pg = migratedPg("pantau_imporcli");
const KEL = "18.72.01.1001";

type Run = { code: number | null; stdout: string; lingerMs: number };

/** `scripts/impor.ts eppgbm <file> [...]` as one node process; `lingerMs` = from its last output to its exit. */
function impor(url: string, file: string, ...flags: string[]): Promise<Run> {
  return cli(url, "scripts/impor.ts", "eppgbm", file, ...flags);
}

/** A CLI script as one node process; `lingerMs` = from its last output to its exit. */
function cli(url: string, script: string, ...args: string[]): Promise<Run> {
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", script, ...args], {
    env: { ...process.env, DATABASE_URL: url },
    stdio: ["ignore", "pipe", "inherit"],
  });
  let stdout = "";
  let lastOutput = Date.now();
  child.stdout.on("data", (c: Buffer) => {
    stdout += c.toString();
    lastOutput = Date.now();
  });
  return new Promise((resolve) => child.on("close", (code) => resolve({ code, stdout, lingerMs: Date.now() - lastOutput })));
}

describe("npm run impor on PostgreSQL", () => {
  let db: Db;
  let dir: string;
  beforeAll(async () => {
    db = await pg.open();
    dir = mkdtempSync(join(tmpdir(), "impor-cli-"));
    await db.area.createMany({
      data: [
        { code: "18", level: "PROVINSI", name: "Lampung", source: "uji" },
        { code: "18.72", level: "KOTA", parentCode: "18", name: "Kota Metro", source: "uji" },
        { code: "18.72.01", level: "KECAMATAN", parentCode: "18.72", name: "Metro Pusat", source: "uji" },
        { code: KEL, level: "KELURAHAN", parentCode: "18.72.01", name: "Hadimulyo Barat", source: "uji" },
      ],
    });
    await db.posyandu.create({ data: { code: "P-001", name: "Posyandu Mawar", kelurahanCode: KEL, kecamatanCode: "18.72.01", kabKotaCode: "18.72" } });
    await db.user.create({ data: { username: "admin", name: "Admin", role: "ADMIN", scopeAreaCode: "18", passwordHash: "x" } });
  }, 120_000);
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await pg.close();
  });

  // The 10 s idle timeout the stray pool waited for, against well under a second here: 4 s of slack for a busy machine.
  const PROMPT_MS = 4_000;

  it("exits right after an import it committed", async () => {
    const file = join(dir, "eppgbm.csv");
    writeFileSync(file, eppgbmSampleCsv({ posyandu: [{ name: "Mawar", kelurahanCode: KEL }] }, new Map([[KEL, "Hadimulyo Barat"]]), 20, ["2026-02"]));
    const run = await impor(pg.url, file);
    expect(run.stdout).toMatch(/Diimpor sebagai batch #\d+: 20 baris — baru 1,/);
    expect(run.code).toBe(0);
    expect(await db.nutritionAggregate.count({ where: { source: "EPPGBM", period: "2026-02" } })).toBe(1);
    expect(run.lingerMs).toBeLessThan(PROMPT_MS);
    // What the bench reads from that line: a re-import of the same file writes nothing, and the bench says so.
    expect(writtenCounts(run.stdout)).toEqual({ baru: 1, diperbarui: 0, tidakBerubah: 0 });
    expect(writtenCounts((await impor(pg.url, file)).stdout)).toEqual({ baru: 0, diperbarui: 0, tidakBerubah: 1 });
  }, 60_000);

  it("npm run indikator exits right after printing too (same pattern, same fix)", async () => {
    const run = await cli(pg.url, "scripts/indikator.ts", "--wilayah", "18.72", "--periode", "2026-02");
    expect(run.stdout).toContain("Metro Pusat");
    expect(run.code).toBe(0);
    expect(run.lingerMs).toBeLessThan(PROMPT_MS);
  }, 60_000);

  it("exits right after rejecting a file", async () => {
    const file = join(dir, "asing.csv");
    writeFileSync(file, eppgbmSampleCsv({ posyandu: [{ name: "Mawar", kelurahanCode: KEL }] }, new Map([[KEL, "Desa Tak Dikenal"]]), 5, ["2026-02"]));
    const run = await impor(pg.url, file);
    expect(run.stdout).toContain('Desa/Kel "DESA TAK DIKENAL" tidak dikenal di wilayah Anda');
    expect(run.code).toBe(1);
    expect(run.lingerMs).toBeLessThan(PROMPT_MS);
  }, 60_000);
});

describe("npm run demo:seed on PostgreSQL", () => {
  const t = throwawayPg("pantau_demoseed");
  beforeAll(() => t.admin(`CREATE DATABASE "${t.name}"`));
  afterAll(() => dropDatabaseForced(t.admin, t.name));

  it("exits right after printing the logins (it too read through a second client's pool: 10 s)", async () => {
    const run = await cli(t.url, "scripts/demo-seed.ts", "--bulan", "12");
    expect(run.stdout).toMatch(/DATA DEMO dimuat untuk Kota Metro/);
    expect(run.stdout).toMatch(/admin\s+ADMIN\s+posyandu2026/);
    expect(run.code).toBe(0);
    expect(run.lingerMs).toBeLessThan(4_000);
  }, 180_000);
});
