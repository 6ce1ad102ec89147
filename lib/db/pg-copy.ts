// PostgreSQL's COPY … FROM STDIN for bulk rows, on a given pg connection: the
// demo seeder's own connection (lib/demo/bulk-db.ts) and the connection of an
// import's Prisma transaction (lib/import/runner.ts). Text format: one line
// per row, tab-separated, NULL as \N; ≈ 20× cheaper per row than multi-row
// INSERTs through Prisma (no 30,000 bound parameters per statement to build,
// send and parse).
import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { finished } from "node:stream/promises";
import { toDriver, type SqlValue } from "../rollup/sql";

/** Rows per block written to the COPY stream: a large chunk never becomes one huge string. */
const BLOCK = 5000;

/** One COPY text-format field: NULL as \N; backslash, tab and line breaks escaped (the only characters the format reserves). */
export function copyField(v: SqlValue): string {
  const d = toDriver("postgres", v);
  if (d === null) return "\\N";
  if (typeof d === "boolean") return d ? "t" : "f";
  if (typeof d === "number") return String(d);
  return d.replace(/[\\\t\n\r]/g, (c) => (c === "\\" ? "\\\\" : c === "\t" ? "\\t" : c === "\n" ? "\\n" : "\\r"));
}

/**
 * Appends `rows` to `table` with `COPY … FROM STDIN` on `client`, inside whatever transaction it is in.
 * `lead` pushes the values of leading columns of row i (columns listed first) without copying the row.
 * A failed COPY rejects (and aborts the surrounding transaction, like any failed statement).
 */
export async function copyRows(client: pg.ClientBase, table: string, columns: readonly string[], rows: readonly (readonly SqlValue[])[], lead?: (i: number, out: SqlValue[]) => void): Promise<void> {
  if (rows.length === 0) return;
  const stream = client.query(copyFrom(`COPY "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) FROM STDIN`));
  const line = (i: number): string => {
    const values: SqlValue[] = [];
    lead?.(i, values);
    for (const v of rows[i]!) values.push(v);
    if (values.length !== columns.length) throw new Error(`COPY ${table}: ${values.length} values for ${columns.length} columns`);
    return values.map(copyField).join("\t");
  };
  try {
    for (let i = 0; i < rows.length; i += BLOCK) {
      const end = Math.min(rows.length, i + BLOCK);
      const lines: string[] = [];
      for (let j = i; j < end; j++) lines.push(line(j));
      if (!stream.write(`${lines.join("\n")}\n`)) await new Promise<void>((resolve, reject) => {
        stream.once("drain", resolve);
        stream.once("error", reject);
      });
    }
    stream.end();
  } catch (e) {
    // A row that cannot be written (wrong width): abort the COPY so the connection is usable for the rollback.
    stream.destroy(e instanceof Error ? e : new Error(String(e)));
    await finished(stream).catch(() => undefined);
    throw e;
  }
  await finished(stream);
}
