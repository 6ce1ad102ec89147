// Where `npm run bench` keeps its database: a SQLite file under data/ (the
// default), or, when BENCH_PG_URL is set, a database of its own on that
// PostgreSQL server (pantau_bench_<skala>, created through the URL's own
// database, which is never written to). The bench reads a few facts through
// ReadDb and runs its writing import runs in throwaway copies.
import { copyFileSync, existsSync, mkdirSync, rmSync } from "node:fs";
import Database from "better-sqlite3";
import { isPostgresUrl, pgConfigFromUrl } from "../../lib/db/url";
import { toDriver, type SqlValue } from "../../lib/rollup/sql";

export const SKALA = ["kota", "provinsi", "nasional"] as const;
export type Skala = (typeof SKALA)[number];

/** Read access for the bench's metadata queries (`?` placeholders, identifiers double-quoted for both dialects). */
export type ReadDb = {
  query<T>(sql: string, params?: readonly SqlValue[]): Promise<T[]>;
  /** Rows one batch at a time, for result sets too large to hold (the 1M-row laporan file). */
  iterate<T>(sql: string, params?: readonly SqlValue[]): AsyncIterable<T>;
  close(): Promise<void>;
};

/** A throwaway copy of the bench database for a run that writes. */
export type DbCopy = { url: string; drop(): Promise<void> };

export type BenchTarget = {
  kind: "sqlite" | "postgresql";
  /** Names the database in the table and the JSON ("SQLite data/bench-kota.db", "PostgreSQL pantau_bench_nasional @ host:port"). */
  label: string;
  /** DATABASE_URL of the server and the importer. */
  url: string;
  /** bench-results/<name>.json; also tags generated import files. */
  name: string;
  /** PostgreSQL copies a database only while nobody is connected to it: make copies before the server starts. */
  copyBeforeServer: boolean;
  /** Creates the folder or database; true when it already holds this skala's seed. */
  prepare(): Promise<boolean>;
  /** Records that the seed of this skala finished (PostgreSQL: after ANALYZE). */
  markSeeded(): Promise<void>;
  open(): Promise<ReadDb>;
  /** A copy named after `label` (replacing a leftover one of a killed run). */
  copy(label: string): Promise<DbCopy>;
};

/** Database name prefix of the bench on a PostgreSQL server; copies append `_<label>`. */
export const PG_BENCH_PREFIX = "pantau_bench_";

/** A PostgreSQL identifier in double quotes (embedded quotes doubled). */
export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** A PostgreSQL string literal (embedded quotes doubled; for statements that take no parameters, e.g. COMMENT). */
export function quoteLiteral(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

/** `CREATE DATABASE copy TEMPLATE source`; FILE_COPY (PostgreSQL 15+) copies the files instead of WAL-logging every page. */
export function createCopySql(copy: string, source: string, fileCopy: boolean): string {
  return `CREATE DATABASE ${quoteIdent(copy)} TEMPLATE ${quoteIdent(source)}${fileCopy ? " STRATEGY = FILE_COPY" : ""}`;
}

/** The comment on a seeded bench database: a seed of another skala, or an unfinished one, never matches. */
export function seedMarker(skala: Skala): string {
  return `pantau-bench skala=${skala}`;
}

/** `url` with another database, everything else (host, user, password, parameters) kept. */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${encodeURIComponent(database)}`;
  return u.toString();
}

export type PgNames = { adminUrl: string; adminDatabase: string; database: string; url: string; label: string };

/**
 * Names on the BENCH_PG_URL server: the URL's database (default `postgres`) is only used to create, copy and
 * drop the bench database `pantau_bench_<skala>`, which the server and importer get as their DATABASE_URL.
 */
export function pgBenchNames(pgUrl: string, skala: Skala): PgNames {
  if (!isPostgresUrl(pgUrl)) throw new Error(`BENCH_PG_URL harus diawali postgresql:// (diterima: ${pgUrl.split("@").pop()})`);
  const named = pgConfigFromUrl(pgUrl).database;
  if (named.startsWith(PG_BENCH_PREFIX)) {
    throw new Error(`BENCH_PG_URL harus menunjuk basis data pemeliharaan (mis. /postgres), bukan basis data bench ${named}: bench membuat, menyalin dan menghapus ${PG_BENCH_PREFIX}* sendiri.`);
  }
  const adminDatabase = named || "postgres";
  const database = `${PG_BENCH_PREFIX}${skala}`;
  const { host, port } = pgConfigFromUrl(pgUrl);
  return { adminUrl: withDatabase(pgUrl, adminDatabase), adminDatabase, database, url: withDatabase(pgUrl, database), label: `PostgreSQL ${database} @ ${host}:${port}` };
}

/** The target for a run: PostgreSQL when BENCH_PG_URL is set, else a SQLite file; nasional needs PostgreSQL. */
export async function benchTarget(skala: Skala, pgUrl: string | undefined): Promise<BenchTarget> {
  if (pgUrl) {
    const { postgresTarget } = await import("./target-pg");
    return postgresTarget(pgBenchNames(pgUrl, skala), skala);
  }
  if (skala === "nasional") throw new Error("--skala nasional berjalan di PostgreSQL: isi BENCH_PG_URL, mis. BENCH_PG_URL=postgresql://pantau:pantau@127.0.0.1:5432/postgres");
  return sqliteTarget(`data/bench-${skala}.db`, `bench-${skala}`);
}

/** A SQLite bench file; the seed marker is the file itself (as before BENCH_PG_URL existed). */
export function sqliteTarget(path: string, name: string): BenchTarget {
  return {
    kind: "sqlite",
    label: `SQLite ${path}`,
    url: `file:./${path}`,
    name,
    copyBeforeServer: false,
    prepare: async () => {
      mkdirSync("data", { recursive: true });
      return existsSync(path);
    },
    markSeeded: async () => {},
    open: async () => sqliteRead(path),
    copy: async (label) => {
      mkdirSync("bench-results/tmp", { recursive: true });
      const copy = `bench-results/tmp/${label}.db`;
      copyFileSync(path, copy);
      // Committed transactions not yet checkpointed live in the -wal file: without it the copy is an older
      // database (the load run's and the freshness probe's writes would be missing, or pages half-applied).
      rmSync(`${copy}-wal`, { force: true });
      rmSync(`${copy}-shm`, { force: true });
      if (existsSync(`${path}-wal`)) copyFileSync(`${path}-wal`, `${copy}-wal`);
      return { url: `file:./${copy}`, drop: async () => { for (const suffix of ["", "-wal", "-shm"]) rmSync(`${copy}${suffix}`, { force: true }); } };
    },
  };
}

/** A read-only better-sqlite3 connection. */
export function sqliteRead(path: string): ReadDb {
  const db = new Database(path, { readonly: true });
  const bind = (params: readonly SqlValue[] = []) => params.map((v) => toDriver("sqlite", v));
  return {
    query: async <T>(sql: string, params?: readonly SqlValue[]) => db.prepare(sql).all(...bind(params)) as T[],
    async *iterate<T>(sql: string, params?: readonly SqlValue[]) {
      for (const row of db.prepare(sql).iterate(...bind(params))) yield row as T;
    },
    close: async () => void db.close(),
  };
}
