// Scorecard downloads: CSV (semicolon, decimal comma, BOM: what Indonesian
// Excel opens directly) and XLSX (numbers as numbers). Text is formula-safe.
import ExcelJS from "exceljs";
import { csvField } from "../import/templates";
import type { getScorecard, ScoreRow } from "../queries/scorecard";
import { WILAYAH_KERJA } from "../queries/indicator-root";

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

/** The scorecard as CSV text. */
export function scorecardCsv(sc: Scorecard): string {
  const lines = [header(sc), ...[sc.total, ...sc.rows].map((r) => values(sc, r))].map((cells) =>
    cells.map((v) => (typeof v === "number" ? comma(v) : csvField(v ?? ""))).join(";"),
  );
  const note = `Periode: bulan ${sc.periode.bulan}, gizi ${sc.periode.gizi ?? "-"} (${sc.sumberGizi ?? "-"}), tahun ${sc.periode.tahun}. Angka = pembilang/penyebut dijumlahkan.`;
  return `\uFEFF${lines.join("\r\n")}\r\n${csvField(note)}\r\n`;
}

/** The scorecard as an XLSX workbook. */
export async function scorecardXlsx(sc: Scorecard): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("skor");
  ws.addRow(header(sc)).font = { bold: true };
  for (const r of [sc.total, ...sc.rows]) ws.addRow(values(sc, r));
  ws.addRow([]);
  ws.addRow([`Periode: bulan ${sc.periode.bulan}, gizi ${sc.periode.gizi ?? "-"} (${sc.sumberGizi ?? "-"}), tahun ${sc.periode.tahun}. Sumber: Pantau Posyandu.`]);
  ws.getColumn(2).width = 22;
  return Buffer.from(await wb.xlsx.writeBuffer());
}
