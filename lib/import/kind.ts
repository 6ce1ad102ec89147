// The shape every import kind implements: its template columns, and a
// `prepare` step that validates rows against the database (scoped to the
// uploader) and returns the exact writes, so preview and commit agree.
import type { Db } from "../db/client";
import type { Viewer } from "../auth/scope";
import type { ImportKind } from "../generated/sqlite/enums";
import type { Client } from "../queries/import";
import type { ColumnSpec, ParsedRow } from "./columns";
import type { IssueList } from "./issues";
import type { Table } from "./read-table";
import type { SqlRunner } from "../rollup/sql";
import type { DataFamily } from "../db/data-version";

export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

export type ImportContext = {
  client: Client;
  viewer: Viewer;
  /** Today as YYYY-MM-DD (injected, so tests and imports agree on "the future"). */
  today: string;
  /** Raw SQL on the connection `client` runs on (set-based staging and writes, lib/import/bulk-upsert.ts). */
  sql: SqlRunner;
  /**
   * Optional template columns the file's header lacks. A stored row keeps its values there: a file without a "t2"
   * column says nothing about 2T, unlike an empty cell, which says "unknown" (docs/import.md).
   */
  absent: ReadonlySet<string>;
};

export type WriteCounts = { inserted: number; updated: number; unchanged: number };

export type Prepared = {
  counts: WriteCounts;
  /** Applies the writes inside the caller's transaction; `batchId` links rows to the import. */
  write: (tx: Tx, batchId: number, userId: number) => Promise<void>;
  /** Frees what prepare staged when nothing is written (a dry run). */
  discard?: () => Promise<void>;
  /** The data families the write can change (lib/db/data-version.ts); default: all. */
  changes?: readonly DataFamily[];
};

export type ImportKindDef = {
  /** The public name used in the CLI and URLs (`laporan-bulanan`). */
  id: string;
  dbKind: ImportKind;
  label: string;
  /** Sheet name of the XLSX template (also accepted when reading). */
  sheet: string;
  columns: ColumnSpec[];
  /** Natural key, in words, for docs and messages. */
  keyLabel: string;
  /** `rows` are handed over: a kind may release them as it stages them (large files). */
  prepare: (rows: ParsedRow[], ctx: ImportContext, issues: IssueList) => Promise<Prepared>;
  /**
   * Kinds whose columns are not a fixed template (e-PPGBM) read the whole table
   * instead: `parse` is pure and runs before the transaction (it is the slow
   * part), `prepare` matches against the database inside it.
   */
  table?: {
    parse: (table: Table, today: string, issues: IssueList) => unknown;
    prepare: (parsed: unknown, ctx: ImportContext, issues: IssueList) => Promise<Prepared>;
  };
};

/** Shallow equality on the fields an import may change. */
export function sameValues(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  return Object.keys(b).every((k) => {
    const x = a[k];
    const y = b[k];
    if (x instanceof Date && y instanceof Date) return x.getTime() === y.getTime();
    return (x ?? null) === (y ?? null);
  });
}
