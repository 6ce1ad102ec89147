// Scorecard downloads: CSV (semicolon, decimal comma, BOM: what Indonesian
// Excel opens directly) and XLSX (numbers as numbers). Text is formula-safe.
import ExcelJS from "exceljs";
import { csvField } from "../import/templates";
import type { getScorecard, ScoreRow } from "../queries/scorecard";
import { WILAYAH_KERJA } from "../queries/indicator-root";
import { SOURCE_LABEL, tableLeftOutNote } from "../indicators/nutrition-sources";

type Scorecard = NonNullable<Awaited<ReturnType<typeof getScorecard>>>;

const round1 = (v: number | null | undefined) => (v === null || v === undefined ? null : Math.round(v * 10) / 10);
const comma = (v: number | null) => (v === null ? "" : String(v).replace(".", ","));

function header(sc: Scorecard): string[] {
  return ["Kode", "Wilayah", ...sc.columns.flatMap((c) => [`${c.label} (%)`, `${c.label} n`, `${c.label} perubahan (poin)`, `${c.label} target (%)`])];
}

function values(sc: Scorecard, row: ScoreRow): (string | number | null)[] {
  // The wilayah kerja has no Kemendagri code: its total row leaves the column empty.
  return [row.kode === WILAYAH_KERJA ? "" : row.kode, row.nama, ...sc.columns.flatMap((c) => {
    const cell = row.cells[c.id];
    return [round1(cell?.nilai), cell?.n ?? null, round1(cell?.perubahan?.selisihPoin), cell?.target?.nilai ?? null];
  })];
}

/**
 * The lines under the table: periods and the nutrition source, then, where a row's nutrition figures leave out
 * another source's data (a "—" that is not "no data"), which rows and how much (lib/indicators/nutrition-sources.ts).
 */
function notes(sc: Scorecard, tail: string): string[] {
  const source = sc.sumberGizi ? (SOURCE_LABEL[sc.sumberGizi] ?? sc.sumberGizi) : "-";
  const period = `Periode: bulan ${sc.periode.bulan}, gizi ${sc.periode.gizi ?? "-"} (${source}), tahun ${sc.periode.tahunLabel}. ${tail}`;
  const left = tableLeftOutNote(sc.rows);
  return left ? [period, `Catatan: ${left}.`] : [period];
}

/** The scorecard as CSV text. */
export function scorecardCsv(sc: Scorecard): string {
  const lines = [header(sc), ...[sc.total, ...sc.rows].map((r) => values(sc, r))].map((cells) =>
    cells.map((v) => (typeof v === "number" ? comma(v) : csvField(v ?? ""))).join(";"),
  );
  const tail = notes(sc, "Angka = pembilang/penyebut dijumlahkan.").map((n) => `${csvField(n)}\r\n`).join("");
  return `\uFEFF${lines.join("\r\n")}\r\n${tail}`;
}

/** The scorecard as an XLSX workbook. */
export async function scorecardXlsx(sc: Scorecard): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("skor");
  ws.addRow(header(sc)).font = { bold: true };
  for (const r of [sc.total, ...sc.rows]) ws.addRow(values(sc, r));
  ws.addRow([]);
  for (const n of notes(sc, "Sumber: Pantau Posyandu.")) ws.addRow([n]);
  ws.getColumn(2).width = 22;
  return Buffer.from(await wb.xlsx.writeBuffer());
}
