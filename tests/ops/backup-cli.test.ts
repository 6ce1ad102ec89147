// `npm run cadangan` and `npm run pulihkan` as an operator runs them (real processes, real files).
import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { readFileSync, rmSync, rmdirSync } from "node:fs";
import Database from "better-sqlite3";
import { listMigrations } from "@/lib/db/migrations";
import { freshDb, runDir } from "../helpers/db";

const shipped = listMigrations(false);

function run(script: string, args: string[], url: string) {
  const r = spawnSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", `scripts/${script}.ts`, ...args], {
    env: { ...process.env, DATABASE_URL: url },
    encoding: "utf8",
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe("cadangan / pulihkan command line", () => {
  it("backs up, then restores an older backup and applies the migration it lacks", async () => {
    const { url, path, db } = freshDb();
    await db.setting.create({ data: { key: "penanda", value: "cadangan-lama" } });
    await db.$disconnect();
    // Turn the database into one that lacks a migration: the latest one that only adds tables, which are dropped
    // (read from its SQL, so the test follows the migrations as they come). A migration that rebuilds tables
    // ("new_X", renamed to X: 20261130214240_import_batch_plain_id) has no earlier state to fake by dropping.
    const tablesOf = (m: string) => [...readFileSync(`prisma/migrations/${m}/migration.sql`, "utf8").matchAll(/CREATE TABLE "(?!new_)(\w+)"/g)].map((x) => x[1]!);
    const latest = [...shipped].reverse().find((m) => tablesOf(m).length > 0 && !/RedefineTables/.test(readFileSync(`prisma/migrations/${m}/migration.sql`, "utf8")))!;
    const created = tablesOf(latest);
    expect(created.length).toBeGreaterThan(0);
    const old = new Database(path);
    for (const table of created) old.exec(`DROP TABLE "${table}"`);
    old.prepare("DELETE FROM _prisma_migrations WHERE migration_name = ?").run(latest);
    old.close();

    const file = `${runDir()}/${randomUUID().slice(0, 8)}/pantau.db`;
    const backup = run("cadangan", ["--keluar", file], url);
    expect(backup.err).toBe("");
    expect(backup.code).toBe(0);
    expect(backup.out).toContain(`Cadangan dibuat: ${file} (`);
    expect(backup.out).toMatch(/Migrasi terpasang: \d+/);
    expect(backup.out).toMatch(/Jumlah baris:\n\s+Area\s+0\n/);

    const restore = run("pulihkan", [file], url);
    expect(restore.code).toBe(0);
    expect(restore.out).toContain(`Menerapkan 1 migrasi yang belum terpasang: ${latest}`);
    expect(restore.out).toContain("Salinan pengaman basis data lama: data/cadangan/sebelum-pulihkan-");
    expect(restore.out).toContain("Selesai.");
    const restored = new Database(path, { readonly: true });
    const applied = restored.prepare("SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL ORDER BY 1").pluck().all();
    expect(applied).toEqual(shipped);
    expect(restored.prepare("SELECT value FROM Setting WHERE key = 'penanda'").pluck().get()).toBe("cadangan-lama");
    for (const table of created) expect(restored.prepare(`SELECT count(*) FROM "${table}"`).pluck().get()).toBe(0);
    restored.close();
    // The safety copy landed in the repo's data/cadangan: remove it (data/ is git-ignored anyway).
    const safety = /Salinan pengaman basis data lama: (\S+)/.exec(restore.out)![1]!;
    rmSync(safety, { force: true });
    for (const dir of ["data/cadangan", "data"]) {
      try {
        rmdirSync(dir); // only if this test left it empty
      } catch {
        break;
      }
    }
  }, 120_000);

  it("refuses PostgreSQL with exit code 1 and points to pg_dump, without printing the URL", () => {
    const r = run("cadangan", ["--keluar", `${runDir()}/x.db`], "postgresql://pantau:rahasia@127.0.0.1:5432/pantau");
    expect(r.code).toBe(1);
    expect(r.err).toContain("pg_dump");
    expect(r.err + r.out).not.toContain("rahasia");
  });

  it("explains its usage when the backup file is missing", () => {
    const r = run("pulihkan", [], "file:./tidak-dipakai.db");
    expect(r.code).toBe(2);
    expect(r.err).toContain("Pemakaian: npm run pulihkan");
  });
});
