// Backup and restore on real throwaway SQLite databases (lib/ops/backup.ts).
import { beforeAll, describe, expect, it } from "vitest";
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync, copyFileSync, truncateSync } from "node:fs";
import { randomUUID } from "node:crypto";
import { dirname } from "node:path";
import Database from "better-sqlite3";
import { createDb, type Db } from "@/lib/db/client";
import { listMigrations } from "@/lib/db/migrations";
import { BackupError, createBackup, defaultBackupPath, inspectBackup, restoreBackup } from "@/lib/ops/backup";
import { demoDb, type DemoDb } from "../helpers/demo-db";
import { freshDb, runDir } from "../helpers/db";
import { fileHash, tableContents } from "../helpers/sqlite-files";

const shipped = listMigrations(false);
const scratch = (name: string) => `${runDir()}/${randomUUID().slice(0, 8)}-${name}`;

describe("backup and restore (SQLite)", () => {
  let t: DemoDb;
  beforeAll(async () => {
    t = await demoDb();
  });

  it("round trip: a backup taken while another write is open restores exactly, with a safety copy", async () => {
    await t.db.setting.create({ data: { key: "sebelum-cadangan", value: "1" } });
    // Committed but still only in the -wal: a plain file copy would miss it.
    expect(statSync(`${t.path}-wal`).size).toBeGreaterThan(0);
    const app = new Database(t.path, { timeout: 5000 });
    app.exec("BEGIN IMMEDIATE");
    app.prepare("INSERT INTO Setting (key, value, updatedAt) VALUES ('belum-selesai', '1', 0)").run();

    const target = scratch("cadangan/pantau.db");
    const started = Date.now();
    const backup = createBackup(t.url, target);
    expect(Date.now() - started).toBeLessThan(4000); // did not wait for the open write
    app.exec("COMMIT");
    app.close();

    expect(backup.path).toBe(target);
    expect(backup.bytes).toBe(statSync(target).size);
    expect(backup.migrations).toEqual(shipped);
    expect(backup.counts.Posyandu).toBe(t.data.posyandu.length);
    expect(backup.counts.User).toBe(5);
    const atBackup = tableContents(target);
    const settings = (atBackup.Setting as { key: string }[]).map((s) => s.key);
    expect(settings).toContain("sebelum-cadangan");
    expect(settings).not.toContain("belum-selesai");

    // The app goes on changing data after the backup.
    await t.db.setting.update({ where: { key: "sebelum-cadangan" }, data: { value: "2" } });
    await t.db.auditLog.deleteMany();
    await t.db.user.update({ where: { username: "camat" }, data: { name: "Diubah Setelah Cadangan" } });
    // Stop "the app": the demo helper's viewers came through the db() singleton.
    await t.db.$disconnect();
    await (globalThis as { pantauDb?: Db }).pantauDb?.$disconnect();
    const beforeRestore = tableContents(t.path);
    expect(beforeRestore).not.toEqual(atBackup);

    const safetyDir = scratch("pengaman");
    const result = restoreBackup(t.url, target, { shipped, safetyDir, now: new Date(2026, 10, 30, 9, 5, 7) });
    expect(result.pending).toEqual([]);
    expect(result.safetyCopy).toBe(`${safetyDir}/sebelum-pulihkan-20261130-090507.db`);
    expect(existsSync(`${t.path}-wal`)).toBe(false);
    expect(tableContents(t.path)).toEqual(atBackup);
    expect(tableContents(result.safetyCopy!)).toEqual(beforeRestore);
    expect(readdirSync(dirname(t.path)).filter((f) => f.endsWith(".tmp"))).toEqual([]);

    const reopened = createDb(t.url);
    expect((await reopened.user.findUniqueOrThrow({ where: { username: "camat" } })).name).not.toBe("Diubah Setelah Cadangan");
    const [mode] = await reopened.$queryRawUnsafe<{ journal_mode: string }[]>("PRAGMA journal_mode");
    expect(mode?.journal_mode).toBe("wal");
    await reopened.$disconnect();
  });

  it("names default backups pantau-YYYYMMDD-HHmmss.db in data/cadangan and never overwrites one", () => {
    expect(defaultBackupPath(new Date(2026, 0, 2, 3, 4, 5))).toBe("data/cadangan/pantau-20260102-030405.db");
    const { url } = freshDb();
    const target = scratch("ada.db");
    writeFileSync(target, "milik orang lain");
    expect(() => createBackup(url, target)).toThrow(/sudah ada dan tidak ditimpa/);
    expect(statSync(target).size).toBe("milik orang lain".length);
  });

  it("refuses to restore while another process has the database open, and changes nothing", async () => {
    const { url, path, db } = freshDb();
    const backup = createBackup(url, scratch("cadangan.db"));
    await db.setting.create({ data: { key: "aplikasi-jalan", value: "1" } });
    const before = tableContents(path);
    const safetyDir = scratch("pengaman");
    expect(() => restoreBackup(url, backup.path, { shipped, safetyDir })).toThrow(/sedang dipakai proses lain.*Hentikan aplikasi dulu/);
    expect(tableContents(path)).toEqual(before);
    expect(existsSync(safetyDir)).toBe(false);
    await db.$disconnect();
  });

  const notBackups: [string, (file: string) => void, RegExp][] = [
    ["a text file", (f) => writeFileSync(f, "ini bukan basis data\n".repeat(100)), /bukan basis data SQLite/],
    ["an empty file", (f) => writeFileSync(f, ""), /bukan basis data SQLite/],
    ["a SQLite file of another application", (f) => new Database(f).exec("CREATE TABLE catatan (isi TEXT)").close(), /bukan cadangan Pantau Posyandu/],
    ["a backup cut in half", (f) => {
      copyFileSync(createBackup(freshDb().url, scratch("utuh.db")).path, f);
      truncateSync(f, Math.floor(statSync(f).size / 2));
    }, /rusak/],
    ["a missing file", () => {}, /tidak ditemukan/],
  ];

  it.each(notBackups)("refuses %s with an Indonesian message and leaves the current database untouched", async (_, make, message) => {
    const { url, path, db } = freshDb();
    await db.setting.create({ data: { key: "tetap", value: "1" } });
    await db.$disconnect();
    const before = { hash: fileHash(path), wal: existsSync(`${path}-wal`) ? fileHash(`${path}-wal`) : null };
    const bad = scratch("bukan-cadangan.db");
    make(bad);
    const safetyDir = scratch("pengaman");
    expect(() => restoreBackup(url, bad, { shipped, safetyDir })).toThrow(BackupError);
    expect(() => restoreBackup(url, bad, { shipped, safetyDir })).toThrow(message);
    expect({ hash: fileHash(path), wal: existsSync(`${path}-wal`) ? fileHash(`${path}-wal`) : null }).toEqual(before);
    expect(existsSync(safetyDir)).toBe(false);
    expect(readdirSync(dirname(path)).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("refuses a backup from a newer version of the app (a migration this code does not know)", async () => {
    const { url, path, db } = freshDb();
    await db.$disconnect();
    const newer = scratch("baru.db");
    copyFileSync(createBackup(url, scratch("cadangan.db")).path, newer);
    const sqlite = new Database(newer);
    sqlite.prepare("INSERT INTO _prisma_migrations (id, checksum, migration_name, finished_at, applied_steps_count) VALUES (?, 'x', '99990101000000_nanti', 1, 1)").run(randomUUID());
    sqlite.close();
    const before = fileHash(path);
    expect(() => restoreBackup(url, newer, { shipped })).toThrow(/versi aplikasi yang lebih baru.*99990101000000_nanti/);
    expect(fileHash(path)).toBe(before);
  });

  it("restores over a corrupt database, keeping the damaged file as a raw safety copy", async () => {
    const { url, path, db } = freshDb();
    await db.setting.create({ data: { key: "dicadangkan", value: "1" } });
    await db.$disconnect();
    const backup = createBackup(url, scratch("cadangan.db"));
    writeFileSync(path, "rusak total".repeat(500));
    const result = restoreBackup(url, backup.path, { shipped, safetyDir: scratch("pengaman") });
    expect(readFileSync(result.safetyCopy!, "utf8")).toBe("rusak total".repeat(500));
    expect(inspectBackup(path).migrations).toEqual(shipped);
    expect(tableContents(path)).toEqual(tableContents(backup.path));
  });

  it("refuses PostgreSQL and points to pg_dump / pg_restore", () => {
    const pg = "postgresql://pantau:rahasia@127.0.0.1:5432/pantau";
    expect(() => createBackup(pg, scratch("x.db"))).toThrow(/PostgreSQL.*pg_dump/);
    expect(() => restoreBackup(pg, scratch("x.db"), { shipped })).toThrow(/PostgreSQL.*pg_restore/);
    expect(() => createBackup(pg, scratch("x.db"))).not.toThrow(/rahasia/);
  });
});
