// The fast CSV path (lib/import/csv-split.ts) must read every file exactly as csv-parse
// does with readCsv's options, or hand the file to csv-parse (null): never a third answer.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parse } from "csv-parse/sync";
import { isSimpleCsv, splitSimpleCsv, type SplitRow } from "@/lib/import/csv-split";
import { readTable } from "@/lib/import/read-table";

const keeper = () => {
  let header = true;
  return (cells: string[], line: number): SplitRow | null => {
    const first = header;
    header = false;
    return first || cells.some((c) => c.trim() !== "") ? { line, cells } : null;
  };
};
/** What csv-parse returns with readCsv's options, or "throws". */
function csvParse(text: string, delimiter: string): SplitRow[] | "throws" {
  const keep = keeper();
  try {
    return parse(text, {
      delimiter, record_delimiter: ["\r\n", "\n", "\r"], relax_column_count: true, skip_empty_lines: false, trim: false,
      on_record: ((r: string[], c: { lines: number }) => keep(r, c.lines)) as unknown as (r: string[]) => string[],
    }) as unknown as SplitRow[];
  } catch {
    return "throws";
  }
}

const piece = fc.constantFrom('"', '""', '"a"', "a", " ", ";", ",", "\r", "\n", "\r\n", "\t", "é", "\u2028", "#");
const quoted = fc.string({ unit: fc.constantFrom("a", " ", ";", ",", '"', "é"), maxLength: 5 }).map((c) => `"${c.replaceAll('"', '""')}"`);
const wellFormed = fc
  .array(fc.array(fc.oneof(quoted, fc.stringMatching(/^[a-z ;é]{0,4}$/)), { minLength: 1, maxLength: 4 }), { maxLength: 5 })
  .chain((records) => fc.tuple(fc.constant(records), fc.array(fc.constantFrom("\n", "\r\n", "\r", ""), { minLength: 5, maxLength: 5 })))
  .map(([records, endings]) => records.map((r, i) => r.join(";") + endings[i]).join(""));

describe("splitSimpleCsv", () => {
  it("gives csv-parse's records, or null, for any text", () => {
    fc.assert(fc.property(fc.oneof(fc.array(piece, { maxLength: 20 }).map((a) => a.join("")), wellFormed), fc.constantFrom(";", ","), (text, delimiter) => {
      const fast = splitSimpleCsv(text, delimiter, keeper());
      if (fast !== null) expect(fast).toEqual(csvParse(text, delimiter));
      // readCsv asks first, because rows already handed to a sink cannot be taken back when the split gives up.
      expect(isSimpleCsv(text, delimiter)).toBe(fast !== null);
    }), { numRuns: 3000 });
  });

  it("reads Excel-style quoting itself and leaves line breaks inside quotes to csv-parse", () => {
    expect(splitSimpleCsv('a;b\n"SOKA""AN";"x;y"\n', ";", keeper())).toEqual([{ line: 1, cells: ["a", "b"] }, { line: 2, cells: ['SOKA"AN', "x;y"] }]);
    expect(splitSimpleCsv('a;b\n"x\ny";1\n', ";", keeper())).toBeNull();
  });
});

describe("readTable with quoting the fast path hands over", () => {
  it("a cell with a line break keeps its text, and later rows keep their physical line numbers", async () => {
    const table = await readTable(new TextEncoder().encode('a;b\n"x\ny";1\n2;3\n'), "x.csv", "x");
    expect(table.rows.map((r) => [r.line, ...r.cells])).toEqual([[3, "x\ny", "1"], [4, "2", "3"]]);
  });

  it("a sink gets each row once, after the header, when a late line needs csv-parse", async () => {
    const seen: (string | number)[][] = [];
    const table = await readTable(new TextEncoder().encode('a;b\n1;2\n"x\ny";3\n'), "x.csv", "x", (head) => {
      seen.push(["head", ...head.headers]);
      return (row) => void seen.push([row.line, ...row.cells]);
    });
    expect(seen).toEqual([["head", "a", "b"], [2, "1", "2"], [4, "x\ny", "3"]]);
    expect(table.rowCount).toBe(2);
  });
});
