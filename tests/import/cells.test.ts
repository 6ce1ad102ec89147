import { describe, expect, it } from "vitest";
import { parseBoolean, parseCount, parseDate, parseDecimal, parsePercent, parsePeriod, isFormulaLike } from "@/lib/import/cells";
import { csvField } from "@/lib/import/templates";
import { readTable, MAX_IMPORT_BYTES } from "@/lib/import/read-table";
import { ImportFileError } from "@/lib/import/issues";
import { repeatedEntry, xlsxParts, zip } from "../corpus/zip";

const value = <T>(p: { ok: true; value: T } | { ok: false; message: string }) => (p.ok ? p.value : `GALAT: ${p.message}`);

describe("cell parsers", () => {
  it.each([
    ["12", 12], ["0", 0], ["12,0", 12], ["12.00", 12], [" 7 ", 7],
    ["12,5", 'GALAT: "12,5" bukan bilangan bulat'], ["-3", "GALAT: nilai tidak boleh negatif (-3)"], ["lima", 'GALAT: "lima" bukan bilangan bulat'], ["1.234", 'GALAT: "1.234" ambigu (pemisah ribuan atau desimal?); tulis tanpa pemisah ribuan, misalnya 1234'],
    // A thousands separator used to be read as a decimal point: "1.000" became 1.
    ["1.000", 'GALAT: "1.000" ambigu (pemisah ribuan atau desimal?); tulis tanpa pemisah ribuan, misalnya 1000'], ["0.000", 0], ["12.00", 12],
    // Either side of the plain-digits fast path: the same answers as the full checks.
    ["007", 7], ["999999", 999999], ["1000000", 1000000], ["1000001", "GALAT: nilai terlalu besar (1000001)"], ["12 3", 'GALAT: "12 3" bukan bilangan bulat'],
  ])("count %j → %j", (raw, expected) => expect(value(parseCount(raw))).toBe(expected));

  it.each([["45,5", 45.5], ["45.5", 45.5], ["-5,1132", -5.1132], ["1,234.5", 'GALAT: "1,234.5" bukan angka']])("decimal %j → %j", (raw, expected) => expect(value(parseDecimal(raw))).toBe(expected));

  it.each([["72,5", 72.5], ["100", 100], ["55%", 55], ["55 %", 55], [" 72,5 % ", 72.5], ["100,1", "GALAT: persentase harus 0–100 (100,1)"]])("percent %j → %j", (raw, expected) => expect(value(parsePercent(raw))).toBe(expected));

  it.each([["ya", true], ["Tidak", false], ["1", true], ["0", false], ["TRUE", true], ["false", false], ["mungkin", 'GALAT: "mungkin" harus ya/tidak, 1/0 atau true/false']])("boolean %j → %j", (raw, expected) => expect(value(parseBoolean(raw))).toBe(expected));

  it.each([
    ["2026-08", "2026-08"], ["2026-8", "2026-08"], ["2026-08-14", "2026-08"], ["2026/08", "2026-08"],
    ["46235", "2026-08"], // an Excel date serial (1 Aug 2026) typed into a period column
    ["2026-13", "GALAT: bulan 13 tidak ada"], ["Agustus 2026", 'GALAT: periode "Agustus 2026" harus berbentuk TTTT-BB, misalnya 2026-08'],
  ])("period %j → %j", (raw, expected) => expect(value(parsePeriod(raw))).toBe(expected));

  it.each([
    ["2024-02-01", "2024-02-01"], ["01/02/2024", "2024-02-01"], ["1-2-2024", "2024-02-01"], ["45323", "2024-02-01"],
    ["2024-02-30", 'GALAT: tanggal "2024-02-30" tidak ada'], ["kemarin", 'GALAT: tanggal "kemarin" harus berbentuk TTTT-BB-HH atau HH/BB/TTTT'],
  ])("date %j → %j", (raw, expected) => expect(value(parseDate(raw))).toBe(expected));
});

describe("formula injection", () => {
  it.each(["=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\t=1"])("%j is recognised and neutralised in CSV exports", (text) => {
    expect(isFormulaLike(text)).toBe(true);
    expect(csvField(text).replace(/^"/, "").startsWith("'")).toBe(true);
  });
  it("leaves ordinary text and signed numbers alone", () => {
    expect(csvField("-5,1132")).toBe('"-5,1132"');
    expect(isFormulaLike("-5.1")).toBe(false);
    expect(csvField("Melati 1")).toBe("Melati 1");
    expect(csvField("Jl. Mawar; RW 3")).toBe('"Jl. Mawar; RW 3"');
  });
});

describe("file limits", () => {
  it("refuses a file over 50 MB before parsing it", async () => {
    const big = new Uint8Array(MAX_IMPORT_BYTES + 1).fill(0x41);
    await expect(readTable(big, "besar.csv", "x")).rejects.toThrow(ImportFileError);
    await expect(readTable(big, "besar.csv", "x")).rejects.toThrow("Berkas terlalu besar (50.0 MB); maksimal 50 MB");
  });
  it("reads a 49 MB CSV", async () => {
    const line = "P187201100101,2026-08,ya,5,80,75,60,50,1,2\n";
    const text = `kode_posyandu,periode,buka,kader_bertugas,s,k,d,n,bgm,t2\n${line.repeat(Math.floor((49 * 1048576) / line.length))}`;
    const table = await readTable(new TextEncoder().encode(text), "besar.csv", "x");
    expect(table.rows.length).toBeGreaterThan(1_000_000);
    expect(table.rows[0]?.line).toBe(2);
  });
  it("rejects a broken XLSX with an Indonesian message", async () => {
    const zipHeader = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]);
    await expect(readTable(zipHeader, "rusak.xlsx", "x")).rejects.toThrow("Berkas XLSX rusak atau bukan XLSX");
  });
  it("reports an unclosed quote with its line", async () => {
    await expect(readTable(new TextEncoder().encode('a,b\n1,"2\n3,4\n'), "kutip.csv", "x")).rejects.toThrow(/CSV tidak dapat dibaca/);
  });
  it("reads rows that mix CRLF, LF and CR line endings one by one (they used to be glued together)", async () => {
    const table = await readTable(new TextEncoder().encode("a,b\r\n1,2\n3,4\r5,6\r\n"), "campur.csv", "x");
    expect(table.rows.map((r) => [r.line, ...r.cells])).toEqual([[2, "1", "2"], [3, "3", "4"], [4, "5", "6"]]);
  });
  it.each([false, true])("refuses an XLSX that unpacks beyond 50 MB before inflating it into memory (zip bomb; lying sizes: %s)", async (lie) => {
    const sst = repeatedEntry("xl/sharedStrings.xml", "<sst>", `<si><t>${"A".repeat(65_516)}</t></si>`, 1_000, "</sst>", lie);
    const bomb = zip(xlsxParts(`<row r="1"><c r="A1" t="s"><v>0</v></c></row>`, sst));
    expect(bomb.length).toBeLessThan(200_000);
    const started = Date.now();
    await expect(readTable(bomb, "bom.xlsx", "x")).rejects.toThrow("Isi berkas XLSX terlalu besar setelah dibuka (lebih dari 50 MB)");
    expect(Date.now() - started).toBeLessThan(3_000);
  });
});

describe("docs/import.md", () => {
  it("lists exactly the columns the importer accepts (run npm run docs:impor after changing a kind)", async () => {
    const { readFileSync } = await import("node:fs");
    const { renderImportColumns, DOCS_BEGIN, DOCS_END } = await import("@/lib/import/docs");
    const text = readFileSync("docs/import.md", "utf8");
    expect(text.slice(text.indexOf(DOCS_BEGIN) + DOCS_BEGIN.length, text.indexOf(DOCS_END)).trim()).toBe(renderImportColumns().trim());
  });
});
