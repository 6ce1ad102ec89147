// Helpers for the backup tests: whole-database fingerprints and file hashes.
import Database from "better-sqlite3";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";

/** Every row of every table, in a stable order: two databases with equal data give equal results. */
export function tableContents(path: string): Record<string, unknown[]> {
  const sqlite = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const tables = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];
    const contents: Record<string, unknown[]> = {};
    for (const table of tables) {
      const columns = sqlite.prepare(`SELECT count(*) FROM pragma_table_info('${table}')`).pluck().get() as number;
      const order = Array.from({ length: columns }, (_, i) => i + 1).join(", ");
      contents[table] = sqlite.prepare(`SELECT * FROM "${table}" ORDER BY ${order}`).all();
    }
    return contents;
  } finally {
    sqlite.close();
  }
}

/** sha256 of a file's bytes, to prove a file was not touched. */
export function fileHash(path: string): string {
  return createHash("sha256").update(readFileSync(path)).digest("hex");
}
