// Online backup and restore of the SQLite database (`npm run cadangan`,
// `npm run pulihkan`). PostgreSQL has its own tools (pg_dump / pg_restore,
// docs/deploy.md). Messages are for the operator, in Indonesian.
import Database from "better-sqlite3";
import { closeSync, copyFileSync, existsSync, fsyncSync, mkdirSync, openSync, readSync, renameSync, rmSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { randomUUID } from "node:crypto";
import { isPostgresUrl, sqlitePathFromUrl } from "../db/url";
import { APPLIED_MIGRATIONS_SQL } from "../db/migrations";
import { SQLITE_BUSY_TIMEOUT_MS } from "../db/sqlite";

/** A refusal or failure the operator can act on; the message says what to do. */
export class BackupError extends Error {}

export const DEFAULT_BACKUP_DIR = "data/cadangan";

/** Tables whose row counts tell an operator at a glance whether a backup holds their data. */
export const KEY_TABLES = ["Area", "Posyandu", "Kader", "MonthlyReport", "NutritionAggregate", "Meeting", "ActionItem", "User", "AuditLog", "ImportBatch"];

const PG_BACKUP =
  "DATABASE_URL menunjuk ke PostgreSQL; npm run cadangan hanya untuk SQLite. Cadangkan PostgreSQL dengan pg_dump, " +
  'misalnya: pg_dump --format=custom --file=pantau-$(date +%Y%m%d-%H%M%S).dump "$DATABASE_URL" (lihat docs/deploy.md).';
const PG_RESTORE =
  "DATABASE_URL menunjuk ke PostgreSQL; npm run pulihkan hanya untuk SQLite. Pulihkan PostgreSQL dengan pg_restore, " +
  'misalnya: pg_restore --clean --if-exists --no-owner --dbname "$DATABASE_URL" berkas.dump, lalu npm run db:migrate (lihat docs/deploy.md).';
const IN_USE =
  "Basis data sedang dipakai proses lain (aplikasi masih berjalan?). Hentikan aplikasi dulu, misalnya " +
  "systemctl stop pantau-posyandu, lalu ulangi. Tidak ada yang diubah.";

export type BackupSummary = { path: string; bytes: number; migrations: string[]; counts: Record<string, number> };
export type RestoreResult = { target: string; safetyCopy: string | null; pending: string[] };

function sqliteFile(url: string, postgresMessage: string): string {
  if (isPostgresUrl(url)) throw new BackupError(postgresMessage);
  return sqlitePathFromUrl(url);
}

const pad = (n: number) => String(n).padStart(2, "0");

/** 2026-11-30 10:15:00 (server time) → "20261130-101500". */
export function timestamp(d: Date): string {
  return `${d.getFullYear()}${pad(d.getMonth() + 1)}${pad(d.getDate())}-${pad(d.getHours())}${pad(d.getMinutes())}${pad(d.getSeconds())}`;
}

/** data/cadangan/pantau-YYYYMMDD-HHmmss.db */
export function defaultBackupPath(now = new Date(), dir = DEFAULT_BACKUP_DIR): string {
  return join(dir, `pantau-${timestamp(now)}.db`);
}

/** fsync a file, and its folder so a rename survives a power cut too. */
function makeDurable(file: string): void {
  const fd = openSync(file, "r+");
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  syncFolder(dirname(file));
}

function syncFolder(dir: string): void {
  try {
    const fd = openSync(dir, "r");
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Some filesystems cannot fsync a folder; the file itself is already synced.
  }
}

const reason = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** A temporary name next to `target`, so the final rename stays on one filesystem (atomic). */
const tempNextTo = (target: string) => `${target}.${randomUUID().slice(0, 8)}.tmp`;

/** True when the first 16 bytes are the SQLite header. */
function hasSqliteHeader(file: string): boolean {
  const fd = openSync(file, "r");
  try {
    const header = Buffer.alloc(16);
    return readSync(fd, header, 0, 16, 0) === 16 && header.toString("latin1") === "SQLite format 3\0";
  } finally {
    closeSync(fd);
  }
}

/**
 * Checks that `file` is an intact SQLite database holding our migrations
 * table, and reads its applied migrations and key row counts. Writes nothing.
 */
export function inspectBackup(file: string): Omit<BackupSummary, "path"> {
  if (!existsSync(file) || !statSync(file).isFile()) throw new BackupError(`Berkas cadangan tidak ditemukan: ${file}`);
  if (!hasSqliteHeader(file)) throw new BackupError(`${file} bukan basis data SQLite (kepala berkas tidak cocok).`);
  let sqlite: Database.Database | undefined;
  try {
    sqlite = new Database(file, { readonly: true, fileMustExist: true });
    const check = sqlite.pragma("quick_check", { simple: true });
    if (check !== "ok") throw new BackupError(`${file} rusak: pemeriksaan SQLite gagal (${String(check)}).`);
    const tables = new Set(sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[]);
    if (!tables.has("_prisma_migrations")) throw new BackupError(`${file} bukan cadangan Pantau Posyandu: tabel _prisma_migrations tidak ada.`);
    const migrations = (sqlite.prepare(APPLIED_MIGRATIONS_SQL).pluck().all() as string[]).sort();
    if (migrations.length === 0) throw new BackupError(`${file} bukan cadangan Pantau Posyandu: belum ada migrasi yang terpasang.`);
    const counts: Record<string, number> = {};
    for (const table of KEY_TABLES.filter((t) => tables.has(t))) {
      counts[table] = Number(sqlite.prepare(`SELECT count(*) FROM "${table}"`).pluck().get());
    }
    return { bytes: statSync(file).size, migrations, counts };
  } catch (e) {
    if (e instanceof BackupError) throw e;
    throw new BackupError(`${file} rusak atau bukan basis data SQLite: ${reason(e)}`);
  } finally {
    sqlite?.close();
  }
}

/**
 * Writes `target` from an open connection with VACUUM INTO: one consistent read
 * snapshot that includes the WAL and never blocks the app's writers. VACUUM INTO
 * does not fsync, so it goes to a temporary name, is synced, then renamed.
 */
function vacuumInto(source: Database.Database, target: string): void {
  const temp = tempNextTo(target);
  try {
    source.prepare("VACUUM INTO ?").run(temp);
    makeDurable(temp);
    renameSync(temp, target);
    syncFolder(dirname(target));
  } finally {
    rmSync(temp, { force: true });
  }
}

/** An online, consistent backup of the SQLite database of `url`, checked after writing. */
export function createBackup(url: string, target = defaultBackupPath()): BackupSummary {
  const source = sqliteFile(url, PG_BACKUP);
  if (!existsSync(source)) throw new BackupError(`Basis data tidak ditemukan: ${source}`);
  if (existsSync(target)) throw new BackupError(`Berkas tujuan sudah ada dan tidak ditimpa: ${target}`);
  mkdirSync(dirname(target), { recursive: true });
  // readonly: the backup can never change the live database.
  const live = new Database(source, { readonly: true, fileMustExist: true, timeout: SQLITE_BUSY_TIMEOUT_MS });
  try {
    vacuumInto(live, target);
  } catch (e) {
    throw new BackupError(`Cadangan gagal dibuat: ${reason(e)}`);
  } finally {
    live.close();
  }
  try {
    return { path: target, ...inspectBackup(target) };
  } catch (e) {
    rmSync(target, { force: true });
    throw e;
  }
}

/**
 * Holds the current database exclusively so no other process can use it
 * during the swap. Busy means another process has it open: the app is running.
 * Returns null when the file is unreadable (a corrupt database is the usual reason to restore).
 */
function lockCurrent(path: string): Database.Database | null {
  let sqlite: Database.Database | undefined;
  try {
    sqlite = new Database(path, { fileMustExist: true, timeout: 0 });
    sqlite.pragma("locking_mode = EXCLUSIVE");
    // The exclusive lock is kept after COMMIT in this locking mode.
    sqlite.exec("BEGIN EXCLUSIVE; COMMIT");
    return sqlite;
  } catch (e) {
    sqlite?.close();
    if ((e as { code?: string }).code?.startsWith("SQLITE_BUSY")) throw new BackupError(IN_USE);
    return null;
  }
}

/** Keeps the current database before it is replaced; raw file copies when it cannot be read. */
function safetyCopy(current: string, lock: Database.Database | null, dir: string, now: Date): string {
  mkdirSync(dir, { recursive: true });
  const target = join(dir, `sebelum-pulihkan-${timestamp(now)}.db`);
  if (existsSync(target)) throw new BackupError(`Salinan pengaman sudah ada: ${target}. Ulangi sebentar lagi.`);
  if (lock) {
    vacuumInto(lock, target);
  } else {
    for (const suffix of ["", "-wal"]) {
      if (existsSync(current + suffix)) copyFileSync(current + suffix, target + suffix);
    }
  }
  return target;
}

/** A checked copy of the backup next to `target`, in WAL mode, ready to be renamed into place. */
function stageCopy(file: string, target: string): string {
  const staged = tempNextTo(target);
  const source = new Database(file, { readonly: true, fileMustExist: true });
  try {
    source.prepare("VACUUM INTO ?").run(staged);
  } finally {
    source.close();
  }
  const copy = new Database(staged, { fileMustExist: true });
  try {
    copy.pragma("journal_mode = WAL");
    if (copy.pragma("quick_check", { simple: true }) !== "ok") throw new BackupError("Salinan cadangan gagal diperiksa.");
  } finally {
    copy.close();
  }
  makeDurable(staged);
  return staged;
}

/**
 * Replaces the database of `url` with the backup `file`: checks the file,
 * refuses while another process uses the database, keeps a safety copy, then
 * swaps atomically (rename) after removing the old -wal/-shm, which would
 * otherwise be replayed onto the restored file. Pending migrations are
 * returned; applying them is the caller's job (scripts/pulihkan.ts).
 */
export function restoreBackup(url: string, file: string, options: { shipped: string[]; safetyDir?: string; now?: Date }): RestoreResult {
  const target = sqliteFile(url, PG_RESTORE);
  if (resolve(file) === resolve(target)) throw new BackupError("Berkas cadangan sama dengan basis data yang sedang dipakai.");
  const backup = inspectBackup(file);
  const unknown = backup.migrations.filter((m) => !options.shipped.includes(m));
  if (unknown.length > 0) {
    throw new BackupError(`Cadangan berasal dari versi aplikasi yang lebih baru (migrasi tidak dikenal: ${unknown.join(", ")}). Perbarui aplikasi dulu.`);
  }
  mkdirSync(dirname(target), { recursive: true });
  const exists = existsSync(target);
  const lock = exists ? lockCurrent(target) : null;
  let staged: string | undefined;
  let kept: string | null = null;
  try {
    if (exists) kept = safetyCopy(target, lock, options.safetyDir ?? DEFAULT_BACKUP_DIR, options.now ?? new Date());
    staged = stageCopy(file, target);
  } catch (e) {
    if (staged) rmSync(staged, { force: true });
    lock?.close();
    throw e instanceof BackupError ? e : new BackupError(`Pemulihan dibatalkan, basis data tidak diubah: ${reason(e)}`);
  }
  lock?.close();
  rmSync(`${target}-wal`, { force: true });
  rmSync(`${target}-shm`, { force: true });
  renameSync(staged, target);
  syncFolder(dirname(target));
  return { target, safetyCopy: kept, pending: options.shipped.filter((m) => !backup.migrations.includes(m)) };
}
