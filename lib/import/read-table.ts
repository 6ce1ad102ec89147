// Reads an uploaded CSV or XLSX file into a header + rows table of strings,
// with Indonesian errors for the files people actually send (wrong encoding,
// old .xls, empty, header only, too large). Writes nothing.
import { parse } from "csv-parse/sync";
import type ExcelJS from "exceljs";
import { isSimpleCsv, splitSimpleCsv } from "./csv-split";
import { ImportFileError } from "./issues";
import { unzippedSize } from "./zip-size";

export type TableRow = { line: number; cells: string[] };
/** `headers` are normalised (lower_snake); `rawHeaders` keep the file's own text (e-PPGBM matches those). */
/** `sheet` is the XLSX sheet read. */
export type TableHead = { headers: string[]; rawHeaders: string[]; format: "csv" | "xlsx"; sheet?: string };
/** `rowCount` counts the data rows read: they are in `rows`, unless a RowSink took them. */
export type Table = TableHead & { rows: TableRow[]; rowCount: number };
/**
 * Takes each data row as it is read instead of the table keeping it; set up from the header row. A 1M-row
 * file then never holds all its cells at once (≈ 450 MB). Must not throw.
 */
export type RowSink = (head: TableHead) => (row: TableRow) => void;

export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
/** The largest upload request /api/impor reads: one file plus the multipart envelope (next.config.js lets the proxy pass it whole). */
export const MAX_UPLOAD_BYTES = MAX_IMPORT_BYTES + 1024 * 1024;
/** What an XLSX may hold once unpacked; ExcelJS needs about 50× this in memory (≈ 40,000 e-PPGBM rows). */
export const MAX_XLSX_UNZIPPED_BYTES = 50 * 1024 * 1024;

const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
const isOleXls = (b: Uint8Array) => b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0;

/** Normalises a header cell: trimmed, lower case, inner spaces as underscores. */
export function normalizeHeader(h: string): string {
  return h.replace(/^\uFEFF/, "").trim().toLowerCase().replace(/\s+/g, "_");
}

/**
 * Reads CSV (comma or semicolon, UTF-8 with or without BOM) or XLSX (sheet `sheetName`, else the first); with
 * `sink`, the data rows go to it as they are read. When this throws, the sink may have seen some rows.
 */
export async function readTable(data: Uint8Array, fileName: string, sheetName: string, sink?: RowSink): Promise<Table> {
  if (data.byteLength === 0) throw new ImportFileError("Berkas kosong.");
  if (data.byteLength > MAX_IMPORT_BYTES) {
    throw new ImportFileError(`Berkas terlalu besar (${(data.byteLength / 1048576).toFixed(1)} MB); maksimal ${MAX_IMPORT_BYTES / 1048576} MB. Pecah menjadi beberapa berkas.`);
  }
  if (isOleXls(data)) throw new ImportFileError("Format .xls (Excel 97–2003) tidak didukung. Simpan ulang sebagai .xlsx atau CSV UTF-8.");
  const table = isZip(data) || /\.xlsx$/i.test(fileName) ? await readXlsx(data, sheetName, sink) : readCsv(data, sink);
  const where = sheetNote(table.sheet, sheetName);
  if (table.headers.every((h) => h === "")) throw new ImportFileError(`Berkas kosong: baris judul tidak ditemukan${where}.`);
  if (table.rowCount === 0) throw new ImportFileError(`Berkas hanya berisi baris judul, tanpa data${where}.`);
  return table;
}

/**
 * " (lembar …)" for a message about an XLSX's header or rows, "" for a CSV. With the data on a sheet named otherwise,
 * the first sheet (often a notes sheet) was read, and "only a header" or "column missing" alone would send the user
 * looking in the wrong place.
 */
export function sheetNote(read: string | undefined, wanted: string): string {
  if (read === undefined) return "";
  return read === wanted ? ` (lembar "${read}")` : ` (lembar "${read}", lembar pertama, dibaca karena tidak ada lembar bernama "${wanted}")`;
}

function readCsv(data: Uint8Array, sink?: RowSink): Table {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(data);
  } catch {
    throw new ImportFileError("Berkas bukan teks UTF-8 (mungkin disimpan sebagai ANSI/Windows-1252 atau bukan CSV). Simpan ulang sebagai \"CSV UTF-8\".");
  }
  text = text.replace(/^\uFEFF/, "");
  if (text.includes("\u0000")) throw new ImportFileError("Berkas berisi data biner, bukan CSV.");
  const firstLine = text.split(/\r\n|\n|\r/, 1)[0] ?? "";
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ";" : ",";
  let records: TableRow[];
  let head: TableHead | null = null;
  let take: ((row: TableRow) => void) | null = null;
  let count = 0;
  try {
    // Every line ending, in any mix: csv-parse otherwise keeps only the first one it sees and
    // glues the next row onto the last cell of a row that ends differently (rows appended by another program).
    // on_record keeps only the cells and the line of each record (csv-parse's info object per row is most of
    // the memory of a 1M-row file) and drops blank lines at once.
    const keep = (record: string[], line: number): TableRow | null => {
      if (!head) {
        head = { format: "csv", headers: record.map(normalizeHeader), rawHeaders: record };
        take = sink ? sink(head) : null;
        return null;
      }
      if (!record.some((c) => c.trim() !== "")) return null;
      count++;
      const row = { line, cells: record };
      if (!take) return row;
      take(row);
      return null;
    };
    // The fast split only when it cannot give up halfway: `keep` has passed rows on to the sink by then.
    const split = isSimpleCsv(text, delimiter) ? splitSimpleCsv(text, delimiter, keep) : null;
    if (head && !split) throw new Error("csv-split: isSimpleCsv and splitSimpleCsv disagree");
    records = split ?? (parse(text, {
      delimiter, record_delimiter: ["\r\n", "\n", "\r"], relax_column_count: true, skip_empty_lines: false, trim: false,
      on_record: ((record: string[], context: { lines: number }) => keep(record, context.lines)) as unknown as (record: string[]) => string[],
    }) as unknown as TableRow[]);
  } catch (e) {
    const line = (e as { lines?: number }).lines;
    throw new ImportFileError(`CSV tidak dapat dibaca${line ? ` sekitar baris ${line}` : ""}: periksa tanda kutip yang tidak ditutup.`);
  }
  if (!head) throw new ImportFileError("Berkas kosong.");
  return { ...(head as TableHead), rows: records, rowCount: count };
}

const XLSX_BROKEN = "Berkas XLSX rusak atau bukan XLSX. Buka di Excel/LibreOffice lalu simpan ulang.";

/** A cell as the user typed it: dates as YYYY-MM-DD, formulas as their cached result. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "object") {
    if ("result" in value) return cellText((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
    if ("richText" in value) return value.richText.map((r) => r.text).join("");
    if ("text" in value) return String(value.text);
    if ("error" in value) return "";
    return "";
  }
  return String(value);
}

async function readXlsx(data: Uint8Array, sheetName: string, sink?: RowSink): Promise<Table> {
  const size = unzippedSize(data, MAX_XLSX_UNZIPPED_BYTES);
  if (!size.ok && size.reason === "terlalu-besar") {
    throw new ImportFileError(`Isi berkas XLSX terlalu besar setelah dibuka (lebih dari ${MAX_XLSX_UNZIPPED_BYTES / 1048576} MB). Simpan sebagai CSV UTF-8 atau pecah menjadi beberapa berkas.`);
  }
  if (!size.ok) throw new ImportFileError(XLSX_BROKEN);
  // Loaded on the first XLSX only: loading exceljs costs a CSV import more than half a second.
  const { default: Excel } = await import("exceljs");
  const workbook = new Excel.Workbook();
  try {
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
  } catch {
    throw new ImportFileError(XLSX_BROKEN);
  }
  const sheet = workbook.getWorksheet(sheetName) ?? workbook.worksheets[0];
  if (!sheet) throw new ImportFileError("Berkas XLSX tidak memiliki lembar kerja.");
  const rows: TableRow[] = [];
  let head: TableHead = { format: "xlsx", headers: [], rawHeaders: [], sheet: sheet.name };
  let take: (row: TableRow) => void = (row) => void rows.push(row);
  let count = 0;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values = row.values as ExcelJS.CellValue[];
    const cells = values.slice(1).map(cellText);
    if (head.headers.length === 0) {
      head = { format: "xlsx", headers: cells.map(normalizeHeader), rawHeaders: cells, sheet: sheet.name };
      if (sink) take = sink(head);
    } else if (cells.some((c) => c.trim() !== "")) {
      count++;
      take({ line: rowNumber, cells });
    }
  });
  return { ...head, rows, rowCount: count };
}
