// Downloadable templates for each import kind: XLSX (data sheet with header and
// one example row, plus an Indonesian instruction sheet) and CSV.
import ExcelJS from "exceljs";
import type { ImportKindDef } from "./kind";
import { isFormulaLike } from "./cells";

/** A CSV field, quoted when needed; text a spreadsheet would run as a formula gets a leading apostrophe. */
export function csvField(value: string): string {
  const safe = isFormulaLike(value) ? `'${value}` : value;
  return /[",;\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** CSV template (comma, or semicolon for Excel in the Indonesian locale): header + example row, UTF-8 with BOM so Excel reads it correctly. */
export function csvTemplate(kind: ImportKindDef, delimiter: "," | ";" = ","): string {
  const header = kind.columns.map((c) => c.name).join(delimiter);
  const example = kind.columns.map((c) => csvField(c.example)).join(delimiter);
  return `\uFEFF${header}\r\n${example}\r\n`;
}

/** XLSX template with a data sheet named like the kind and a "petunjuk" sheet. */
export async function xlsxTemplate(kind: ImportKindDef, rows: string[][] = [kind.columns.map((c) => c.example)]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Pantau Posyandu";
  const sheet = wb.addWorksheet(kind.sheet);
  sheet.addRow(kind.columns.map((c) => c.name));
  // Cells are written as text, never as formulas, whatever they start with.
  for (const r of rows) sheet.addRow(r);
  sheet.getRow(1).font = { bold: true };
  sheet.columns.forEach((col) => {
    col.width = 18;
    col.numFmt = "@";
  });
  const help = wb.addWorksheet("petunjuk");
  help.addRow([`Templat impor: ${kind.label}`]).font = { bold: true, size: 13 };
  help.addRow([`Isi lembar "${kind.sheet}" mulai baris 2. Jangan ubah nama kolom di baris 1. Kunci data: ${kind.keyLabel} (impor ulang memperbarui, tidak menggandakan).`]);
  help.addRow(["Nilai ya/tidak boleh ditulis ya/tidak, 1/0 atau true/false. Angka desimal boleh memakai koma atau titik. Periode ditulis TTTT-BB."]);
  help.addRow([]);
  help.addRow(["kolom", "wajib", "keterangan", "contoh"]).font = { bold: true };
  for (const c of kind.columns) help.addRow([c.name, c.required ? "ya" : "tidak", c.help, c.example]);
  help.getColumn(1).width = 22;
  help.getColumn(3).width = 70;
  help.getColumn(4).width = 18;
  return Buffer.from(await wb.xlsx.writeBuffer());
}
