// A minimal SQL runner shared by bulk writers and SQL rollup rebuilds, so the
// same statements run through a Prisma transaction (tests, the app) or a
// direct driver connection (the demo seeder). SQL is written with `?`
// placeholders; PostgreSQL gets `$n`. Values are normalised per dialect:
// SQLite stores booleans as 0/1 and DateTime as Prisma's ISO text.
import type { Tx } from "../import/kind";

export type Dialect = "sqlite" | "postgres";
export type SqlValue = string | number | boolean | Date | null;

export type SqlRunner = {
  dialect: Dialect;
  /** Runs a statement; returns the number of rows changed. */
  execute(sql: string, params?: readonly SqlValue[]): Promise<number>;
  /** Runs a query; integers may come back as bigint, booleans as 0/1 (use the num/bool helpers). */
  query<T = Record<string, unknown>>(sql: string, params?: readonly SqlValue[]): Promise<T[]>;
  /** Appends rows the fastest way the connection has (PostgreSQL: COPY); absent: multi-row INSERTs (appendRows). */
  load?(table: string, columns: readonly string[], rows: readonly (readonly SqlValue[])[], lead?: (i: number, out: SqlValue[]) => void): Promise<void>;
};

/** Prisma's text format for DateTime on SQLite ("2024-03-05T02:00:00.000+00:00"). */
export const sqliteDate = (d: Date) => d.toISOString().replace("Z", "+00:00");
/** `timestamp(3)` literal for PostgreSQL (UTC, like Prisma writes it). */
const pgDate = (d: Date) => d.toISOString().replace("T", " ").replace("Z", "");

// Bulk rows share Date objects (one "now", one entry time per period): format each once.
const formatted = { sqlite: new WeakMap<Date, string>(), postgres: new WeakMap<Date, string>() };

/** Converts one value for the dialect's driver. */
export function toDriver(dialect: Dialect, v: SqlValue): string | number | boolean | null {
  if (v instanceof Date) {
    let text = formatted[dialect].get(v);
    if (text === undefined) formatted[dialect].set(v, (text = dialect === "sqlite" ? sqliteDate(v) : pgDate(v)));
    return text;
  }
  if (typeof v === "boolean") return dialect === "sqlite" ? (v ? 1 : 0) : v;
  // Prisma writes floats with 16 significant digits; do the same so both paths store identical values.
  if (typeof v === "number" && !Number.isInteger(v) && Number.isFinite(v)) return Number(v.toPrecision(16));
  return v;
}

/** `?` → `$1, $2, …` for PostgreSQL (our statements have no `?` inside literals). */
export function placeholders(dialect: Dialect, sql: string): string {
  if (dialect === "sqlite") return sql;
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

/** A runner over a Prisma transaction (or client); `dialect` from `dialectOf`. */
export function prismaRunner(tx: Pick<Tx, "$executeRawUnsafe" | "$queryRawUnsafe">, dialect: Dialect): SqlRunner {
  return {
    dialect,
    execute: (sql, params = []) => tx.$executeRawUnsafe(placeholders(dialect, sql), ...params.map((v) => toDriver(dialect, v))),
    query: <T>(sql: string, params: readonly SqlValue[] = []) => tx.$queryRawUnsafe<T[]>(placeholders(dialect, sql), ...params.map((v) => toDriver(dialect, v))),
  };
}

/** The dialect of a Prisma client or transaction (both generated clients carry `_activeProvider`). */
export function dialectOf(client: unknown): Dialect {
  const provider = (client as { _activeProvider?: string })._activeProvider;
  if (provider === "sqlite") return "sqlite";
  if (provider === "postgresql" || provider === "postgres") return "postgres";
  throw new Error(`Penyedia basis data tidak dikenal: ${String(provider)}`);
}

/** Number from a driver value (bigint, string from PostgreSQL numeric, number). */
export const num = (v: unknown): number => (typeof v === "number" ? v : Number(v));
/** Nullable number. */
export const numOrNull = (v: unknown): number | null => (v === null || v === undefined ? null : num(v));
/** Boolean from a driver value (SQLite 0/1, PostgreSQL boolean). */
export const boolOrNull = (v: unknown): boolean | null => (v === null || v === undefined ? null : v === true || v === 1 || v === 1n || v === "1" || v === "t");

/** Largest bound-variable count per statement we use (SQLite allows 32,766; PostgreSQL 65,535). */
const MAX_VARS = 30_000;

/**
 * Inserts rows with multi-row `INSERT … VALUES (…),(…)` statements of at most
 * `maxRows` rows (and the dialect's variable limit). Returns the rows written.
 * `lead` pushes the values of leading columns of row i (columns listed first) without copying the row.
 */
export async function insertRows(run: SqlRunner, table: string, columns: readonly string[], rows: readonly (readonly SqlValue[])[], maxRows = 500, lead?: (i: number, params: SqlValue[]) => void): Promise<number> {
  if (rows.length === 0) return 0;
  const perStatement = Math.max(1, Math.min(maxRows, Math.floor(MAX_VARS / columns.length)));
  const head = `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES `;
  const tuple = `(${columns.map(() => "?").join(", ")})`;
  let written = 0;
  for (let i = 0; i < rows.length; i += perStatement) {
    const chunk = rows.slice(i, i + perStatement);
    const params: SqlValue[] = [];
    for (let j = 0; j < chunk.length; j++) {
      lead?.(i + j, params);
      for (const v of chunk[j]!) params.push(v);
    }
    await run.execute(head + Array.from({ length: chunk.length }, () => tuple).join(", "), params);
    written += chunk.length;
  }
  return written;
}

/** Appends rows to `table` through the runner's `load` when it has one, else with insertRows; `lead` as in insertRows. */
export async function appendRows(run: SqlRunner, table: string, columns: readonly string[], rows: readonly (readonly SqlValue[])[], lead?: (i: number, out: SqlValue[]) => void): Promise<void> {
  if (run.load) await run.load(table, columns, rows, lead);
  else await insertRows(run, table, columns, rows, 500, lead);
}

/** Splits a list into chunks (for `IN (…)` lists under SQLite's variable limit). */
export function chunked<T>(items: readonly T[], size = 500): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
