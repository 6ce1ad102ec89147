// Property-based round trips of the file reader (lib/import/read-table.ts):
// random cells written by a CSV writer (any quoting, either delimiter, any
// mix of line endings, with or without BOM) or by ExcelJS come back as the
// same cells; csvField output never starts a formula.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import ExcelJS from "exceljs";
import { normalizeHeader, readTable } from "@/lib/import/read-table";
import { csvField } from "@/lib/import/templates";
import { isFormulaLike } from "@/lib/import/cells";
import { csvCell } from "../corpus/injection";

const RUNS = 300;
const XLSX_RUNS = 60;

const header = fc.uniqueArray(fc.stringMatching(/^[a-z][a-z0-9_]{0,11}$/), { minLength: 1, maxLength: 8 });
// Cells: any Unicode text plus the characters that break CSV writers and readers.
const tricky = fc.constantFrom('"', ",", ";", "\n", "\r", "\r\n", " ", "\t", "'", "=", "\uFEFF", "é", "😀", "");
const cell = fc.oneof(fc.string({ unit: "grapheme", maxLength: 12 }), fc.array(tricky, { maxLength: 6 }).map((a) => a.join("")), fc.string({ unit: fc.constantFrom(...'ab";,\r\n '), maxLength: 8 }));
// No NUL (a file with one is refused as binary) and rows that are not entirely blank (blank rows are skipped).
const table = header.chain((h) =>
  fc.record({
    header: fc.constant(h),
    rows: fc.array(fc.array(cell.map((c) => c.replaceAll("\u0000", "")), { minLength: h.length, maxLength: h.length }).filter((r) => r.some((c) => c.trim() !== "")), { minLength: 1, maxLength: 12 }),
  }),
);
const lineEnding = fc.constantFrom("\n", "\r\n", "\r");

describe("readTable round trips", () => {
  it("CSV: the cells written are the cells read, whatever the delimiter, quoting, BOM and line endings", async () => {
    await fc.assert(fc.asyncProperty(table, fc.constantFrom(",", ";"), fc.boolean(), fc.array(lineEnding, { minLength: 14, maxLength: 14 }), async (t, delimiter, bom, endings) => {
      const lines = [t.header, ...t.rows].map((r) => r.map(csvCell).join(delimiter));
      const text = (bom ? "\uFEFF" : "") + lines.map((l, i) => l + endings[i]).join("");
      const read = await readTable(new TextEncoder().encode(text), "acak.csv", "x");
      expect(read.rawHeaders).toEqual(t.header);
      expect(read.headers).toEqual(t.header.map(normalizeHeader));
      expect(read.rows.map((r) => r.cells)).toEqual(t.rows);
      // Line numbers count physical lines: increasing, and the first row is on line 2 or later.
      read.rows.forEach((r, i) => expect(r.line).toBeGreaterThan(i === 0 ? 1 : read.rows[i - 1]!.line));
    }), { numRuns: RUNS });
  });

  it("XLSX: text cells written by ExcelJS are read back unchanged", async () => {
    // XML 1.0 cannot hold most control characters (a spreadsheet never has them) and reads CR/CRLF as LF.
    const xmlSafe = (c: string) => c.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "").replace(/\r\n?/g, "\n");
    await fc.assert(fc.asyncProperty(table, async (t) => {
      const rows = t.rows.map((r) => r.map(xmlSafe));
      fc.pre(rows.every((r) => r.some((c) => c.trim() !== "")));
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet("data");
      ws.addRow(t.header);
      for (const r of rows) ws.addRow(r);
      const read = await readTable(new Uint8Array(await wb.xlsx.writeBuffer()), "acak.xlsx", "data");
      // Trailing empty cells are not stored in XLSX.
      const trim = (r: string[]) => r.slice(0, r.findLastIndex((c) => c !== "") + 1);
      expect(read.rawHeaders).toEqual(t.header);
      expect(read.rows.map((r) => trim(r.cells))).toEqual(rows.map(trim));
    }), { numRuns: XLSX_RUNS });
  });

  it("csvField: any text read back is the text (or it behind one apostrophe) and never starts a formula", async () => {
    await fc.assert(fc.asyncProperty(fc.array(fc.oneof(cell, fc.string({ unit: "binary", maxLength: 20 }).map((s) => s.replaceAll("\u0000", ""))), { minLength: 1, maxLength: 10 }), async (cells) => {
      // The header always holds a ";" so the delimiter is detected whatever the cells contain.
      const text = `${cells.map((_c, i) => `k${i}`).join(";")};x\r\n${cells.map(csvField).join(";")};x\r\n`;
      const [row] = (await readTable(new TextEncoder().encode(text), "ekspor.csv", "x")).rows;
      cells.forEach((c, i) => {
        const back = row!.cells[i]!;
        expect(back).toBe(isFormulaLike(c) ? `'${c}` : c);
        expect(isFormulaLike(back), JSON.stringify(back)).toBe(false);
      });
    }), { numRuns: RUNS });
  });
});
