// Per-file helpers for reading e-PPGBM rows fast without changing a single result: the cell
// parsers of eppgbm-fields.ts wrapped in caches (an export repeats the same few thousand dates,
// places and labels across 100,000 rows, and every parser is a pure function of the cell).
import type { Parsed } from "./cells";
import type { IssueList } from "./issues";
import {
  EPPGBM_COLUMNS, normalizePlaceName, parseAge, parseEppgbmDate, parseJk, parseMeasure, parseStatus, type EppgbmColumn,
} from "./eppgbm-fields";

/** `parse` remembered per distinct input; results are shared, so callers must not mutate them. */
function cached<T>(parse: (raw: string) => T): (raw: string) => T {
  const seen = new Map<string, T>();
  return (raw) => {
    let value = seen.get(raw);
    if (value === undefined && !seen.has(raw)) seen.set(raw, (value = parse(raw)));
    return value as T;
  };
}

/** Fresh caches for one file: they live as long as the parse, so a server does not accumulate them. */
function cellParsers() {
  return {
    birth: cached((raw) => parseEppgbmDate(raw, "tanggal lahir", false)), // never quoted: see parseEppgbmDate
    measuredOn: cached((raw) => parseEppgbmDate(raw, "tanggal pengukuran")),
    jk: cached(parseJk),
    weight: cached((raw) => parseMeasure(raw, "berat", "kg", 100)),
    height: cached((raw) => parseMeasure(raw, "tinggi", "cm", 200)),
    tbu: cached((raw) => parseStatus("TB/U", raw)),
    bbtb: cached((raw) => parseStatus("BB/TB", raw)),
    bbu: cached((raw) => parseStatus("BB/U", raw)),
    age: cached(parseAge),
    place: cached(normalizePlaceName),
  } satisfies Record<string, (raw: string) => Parsed<unknown> | string>;
}

/**
 * The row being checked: its cells by column and the issues it raises. One instance serves the
 * whole file (methods, not closures made per row, which allocate and, under tsx, get renamed per row).
 */
export class RowCheck {
  readonly parse = cellParsers();
  private readonly index: Record<EppgbmColumn, number>;
  private readonly mapped: number[];
  line = 0;
  failed = false;
  private cells: string[] = [];

  constructor(columns: ReadonlyMap<EppgbmColumn, number>, private readonly issues: IssueList) {
    this.index = Object.fromEntries(EPPGBM_COLUMNS.map((c) => [c, columns.get(c) ?? -1])) as Record<EppgbmColumn, number>;
    this.mapped = [...columns.values()];
  }

  /** Moves to the next row; false when every column this parser reads is blank (not data). */
  start(line: number, cells: string[]): boolean {
    this.line = line;
    this.cells = cells;
    this.failed = false;
    for (const i of this.mapped) if ((cells[i] ?? "").trim() !== "") return true;
    return false;
  }

  /** The trimmed cell of `column`, "" when the file lacks that column. */
  cell(column: EppgbmColumn): string {
    const i = this.index[column];
    return i < 0 ? "" : (this.cells[i] ?? "").trim();
  }

  error(column: EppgbmColumn | null, message: string): undefined {
    this.issues.error(this.line, column, message);
    this.failed = true;
    return undefined;
  }

  warning(column: EppgbmColumn, message: string): void {
    this.issues.warning(this.line, column, message);
  }

  /** The parsed value, or undefined after recording the parser's message as this row's error. */
  take<T>(column: EppgbmColumn, p: Parsed<T>): T | undefined {
    return p.ok ? p.value : this.error(column, p.message);
  }

  /** A required date cell: blank → "<label> kosong", else the cached parser's value or error. */
  date(column: EppgbmColumn, label: string, parse: (raw: string) => Parsed<string>): string | undefined {
    const raw = this.cell(column);
    return raw === "" ? this.error(column, `${label} kosong`) : this.take(column, parse(raw));
  }
}

/**
 * completedMonths() for two dates this parser produced (always "YYYY-MM-DD"): same count,
 * read by position instead of split + map, since it runs once per row.
 */
export function isoMonthsBetween(birth: string, on: string): number {
  return isoMonth(on) - isoMonth(birth) - (Number(on.slice(8, 10)) < Number(birth.slice(8, 10)) ? 1 : 0);
}

const isoMonth = (iso: string) => Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7));
