// Column specifications of the import templates and the generic row reader:
// header checks (missing required → error naming it, unknown → warning) and
// per-cell parsing into typed values.
import type { Parsed } from "./cells";
import { isFormulaLike } from "./cells";
import type { IssueList } from "./issues";
import type { TableHead, TableRow } from "./read-table";

export type ColumnSpec = {
  name: string;
  required: boolean;
  /** Indonesian description for the template's instruction sheet and docs/import.md. */
  help: string;
  example: string;
  parse: (raw: string) => Parsed<unknown>;
  /** Other header spellings read as this column (the grid and the help call t2 "2T"). */
  aliases?: readonly string[];
  /** The stored column its value goes to, where a bulk import keeps it when the file lacks the column. */
  column?: string;
};

/** The stored columns of the optional template columns a file lacks: a stored row keeps its values there. */
export function keptColumns(spec: readonly ColumnSpec[], absent: ReadonlySet<string>): string[] {
  return spec.filter((c) => !c.required && c.column && absent.has(c.name)).map((c) => c.column!);
}

export type ParsedRow = { line: number; values: Record<string, unknown> };

/** Checks the header against the spec; returns each spec column's index (or -1). `where` names the sheet read (sheetNote). */
export function mapHeader(table: TableHead, spec: ColumnSpec[], issues: IssueList, where = ""): Map<string, number> | null {
  const index = new Map<string, number>();
  const seen = new Map<string, number>();
  table.headers.forEach((h, i) => {
    if (h === "") return;
    if (seen.has(h)) issues.error(1, h, `kolom "${h}" muncul dua kali di baris judul${where}`);
    seen.set(h, i);
  });
  for (const col of spec) {
    const i = [col.name, ...(col.aliases ?? [])].map((n) => seen.get(n)).find((x) => x !== undefined);
    if (i === undefined) {
      if (col.required) issues.error(1, col.name, `kolom wajib "${col.name}" tidak ada di baris judul${where}`);
      else issues.warning(1, col.name, `kolom "${col.name}" tidak ada: nilai yang sudah tersimpan tidak diubah, baris baru tanpa nilai ini`);
      index.set(col.name, -1);
    } else index.set(col.name, i);
  }
  const known = new Set(spec.flatMap((c) => [c.name, ...(c.aliases ?? [])]));
  for (const h of seen.keys()) {
    if (!known.has(h)) issues.warning(1, h, `kolom "${h}" tidak dikenal dan diabaikan`);
  }
  return issues.hasErrors ? null : index;
}

/**
 * A parser of one row by the spec (blank optional cells become null): the row's values, or null when a cell is
 * wrong (its errors go to `issues`). Rows are parsed as the file is read (RowSink), so a large file's cells are
 * never all held at once.
 */
export function rowParser(head: TableHead, spec: ColumnSpec[], index: Map<string, number>, issues: IssueList): (row: TableRow) => ParsedRow | null {
  const cols = spec.map((col) => ({ col, i: index.get(col.name) ?? -1 }));
  // Codes and periods repeat down a file: one string per distinct value instead of one per row (≈ 70 MB of a
  // 1M-row file). Bounded, so a file of distinct texts (names, addresses) does not grow a second copy.
  let seen = new Map<string, string>();
  const intern = (v: string) => {
    const known = seen.get(v);
    if (known !== undefined) return known;
    if (seen.size >= 100_000) seen = new Map();
    seen.set(v, v);
    return v;
  };
  // The template's example row left in (its codes may be real ones: the demo's Kenanga 1, kader K00001) would
  // overwrite a real record; a row equal to it in every column the file has is refused.
  const present = cols.filter((c) => c.i >= 0);
  const isExample = (cells: string[]) => present.length > 0 && present.every(({ col, i }) => (cells[i] ?? "").trim() === col.example);
  return (row) => {
    if (isExample(row.cells)) {
      issues.error(row.line, null, "baris ini sama dengan baris contoh di templat; hapus atau ganti dengan data Anda");
      return null;
    }
    const values: Record<string, unknown> = {};
    let bad = head.format === "csv" && extraCells(row.cells, head.headers.length, row.line, issues);
    for (const { col, i } of cols) {
      const raw = i >= 0 ? (row.cells[i] ?? "").trim() : "";
      if (raw === "") {
        if (col.required) {
          issues.error(row.line, col.name, "wajib diisi");
          bad = true;
        }
        values[col.name] = null;
        continue;
      }
      const parsed = col.parse(raw);
      if (!parsed.ok) {
        issues.error(row.line, col.name, parsed.message);
        bad = true;
        continue;
      }
      if (typeof parsed.value === "string") {
        if (isFormulaLike(parsed.value)) issues.warning(row.line, col.name, "teks diawali = + - @ disimpan sebagai teks biasa, bukan rumus");
        values[col.name] = intern(parsed.value);
      } else values[col.name] = parsed.value;
    }
    return bad ? null : { line: row.line, values };
  };
}

/**
 * A CSV row with filled cells beyond the header was split where it should not be (a comma or
 * semicolon inside an unquoted cell): its values sit in the wrong columns, so it is an error.
 * (In XLSX, cells right of the table are notes and stay ignored.)
 */
export function extraCells(cells: string[], headers: number, line: number, issues: IssueList): boolean {
  const extra = cells.slice(headers).filter((c) => c.trim() !== "").length;
  if (extra === 0) return false;
  issues.error(line, null, `baris ini berisi ${extra} sel lebih banyak dari kolom di baris judul; mungkin ada koma atau titik koma di dalam sel tanpa tanda kutip`);
  return true;
}

/**
 * Reports rows whose natural key repeats inside one file (an error: which one is right?). `keyOf` may give a
 * number (cheaper for 1M rows) as long as equal numbers mean equal keys; the message then shows `shown`.
 */
export function checkDuplicateKeys(rows: ParsedRow[], keyOf: (r: ParsedRow) => string | number, label: string, issues: IssueList, shown: (r: ParsedRow) => string = (r) => String(keyOf(r))): void {
  if (numericKeysDistinct(rows, keyOf)) return;
  const first = new Map<string | number, number>();
  for (const r of rows) {
    const key = keyOf(r);
    const prev = first.get(key);
    if (prev !== undefined) issues.error(r.line, null, `${label} ${shown(r)} sudah ada di baris ${prev} berkas ini (duplikat)`);
    else first.set(key, r.line);
  }
}

/**
 * True when every key is a number and no two are equal: sorted in a typed array, a 1M-row file is checked in
 * ≈ 0.1 s instead of the ≈ 1.5 s of a Map of 1M keys beyond the small-integer range. Anything else (a text key,
 * a duplicate) goes to the Map pass, which names each duplicate with the line of its first occurrence.
 */
function numericKeysDistinct(rows: ParsedRow[], keyOf: (r: ParsedRow) => string | number): boolean {
  const keys = new Float64Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const k = keyOf(rows[i]!);
    if (typeof k !== "number" || Number.isNaN(k)) return false;
    keys[i] = k;
  }
  keys.sort();
  for (let i = 1; i < keys.length; i++) if (keys[i] === keys[i - 1]) return false;
  return true;
}
