// Reads an e-PPGBM balita export (already split into cells) into validated measurements.
// Pure: no database, no clock (`today` is injected). Rows are identified in issues by their
// line number only; names, NIK and birth dates never appear in a message.
import { parseDate, parseText } from "./cells";
import { RowCheck, isoMonthsBetween } from "./eppgbm-cells";
import {
  EPPGBM_REQUIRED_COLUMNS,
  cleanNik,
  matchEppgbmHeader,
  normalizePersonName,
  type BbtbCategory,
  type BbuCategory,
  type EppgbmColumn,
  type TbuCategory,
} from "./eppgbm-fields";
import { IssueList } from "./issues";

export * from "./eppgbm-fields";
export { aggregateEppgbm, type EppgbmAggregate } from "./eppgbm-aggregate";

/** A file already split into cells; `line` is 1-based in the file (header = 1). */
/** `sheetNote` names the XLSX sheet read in header errors (read-table.ts sheetNote). */
export type EppgbmTable = { headers: string[]; rows: { line: number; cells: string[] }[]; sheetNote?: string };

/** One accepted measurement of a balita (0–59 months). `childKey` is personal data: keep it server-side. */
export type EppgbmMeasurement = {
  line: number;
  /** NIK when it is a usable 16-digit NIK, else normalised name + "|" + birth date. */
  childKey: string;
  jk: "L" | "P";
  /** As written in the file (trimmed); aggregation compares normalizePlaceName() of it. */
  desaKel: string;
  posyandu: string;
  measuredOn: string;
  period: string;
  ageMonths: number;
  weightKg: number | null;
  heightCm: number | null;
  /** null = that index was not measured (blank status). */
  tbu: TbuCategory | null;
  bbtb: BbtbCategory | null;
  bbu: BbuCategory | null;
};

export type EppgbmParseResult = { measurements: EppgbmMeasurement[]; issues: IssueList };

/** Oldest age still counted as a balita (0–59 completed months, as in the prevalence definition). */
export const MAX_BALITA_MONTHS = 59;

type Columns = Map<EppgbmColumn, number>;
// base.childKey is "" until assignChildKeys has seen every row; the fallback key is nameKey + "|" + birth.
type Draft = { base: EppgbmMeasurement; nik: string | null; nameKey: string; birth: string };

/** Validates every row of an e-PPGBM export; `today` ("YYYY-MM-DD") bounds measurement dates. */
export function parseEppgbmRows(table: EppgbmTable, today: string): EppgbmParseResult {
  const t = parseDate(today);
  if (!t.ok || t.value !== today) throw new Error(`today must be YYYY-MM-DD, got "${today}"`);
  const issues = new IssueList();
  const columns = mapColumns(table.headers, issues, table.sheetNote ?? "");
  if (!columns) return { measurements: [], issues };
  if (table.rows.length === 0) issues.warning(0, null, "berkas tidak berisi baris data");

  const check = new RowCheck(columns, issues);
  const drafts: Draft[] = [];
  for (const row of table.rows) {
    // Exports often end with empty lines; they are not data.
    const draft = check.start(row.line, row.cells) ? parseRow(check, today) : null;
    if (draft) drafts.push(draft);
  }
  const measurements = assignChildKeys(drafts, issues);
  // Stable sort: issues read top to bottom like the file, file-level ones first.
  issues.items.sort((a, b) => a.row - b.row);
  return { measurements, issues };
}

/** Header cell → column index; null (with file-level errors) when a required column is missing or doubled. */
function mapColumns(headers: string[], issues: IssueList, where: string): Columns | null {
  const columns: Columns = new Map();
  headers.forEach((h, i) => {
    const column = matchEppgbmHeader(h);
    if (!column) return;
    if (columns.has(column)) issues.error(0, column, `kolom "${column}" muncul lebih dari sekali${where}`);
    else columns.set(column, i);
  });
  for (const column of EPPGBM_REQUIRED_COLUMNS) {
    if (!columns.has(column)) issues.error(0, column, `kolom wajib "${column}" tidak ada di baris judul${where}`);
  }
  return issues.hasErrors ? null : columns;
}

function parseRow(r: RowCheck, today: string): Draft | null {
  const p = r.parse;
  const rawNik = r.cell("NIK");
  const nik = cleanNik(rawNik);
  if (!nik && rawNik !== "") {
    r.warning("NIK", "NIK bukan 16 digit yang sah (mungkin terpotong Excel); anak dikenali dari nama dan tanggal lahir");
  }
  const nameKey = normalizePersonName(r.take("Nama", parseText(r.cell("Nama"))) ?? "");
  if (!nik && nameKey === "") r.error("Nama", "nama kosong dan NIK tidak ada; anak tidak dapat dikenali");
  const rawJk = r.cell("JK");
  const jk = rawJk === "" ? r.error("JK", "jenis kelamin kosong") : r.take("JK", p.jk(rawJk));
  const birth = r.date("Tgl Lahir", "tanggal lahir", p.birth);
  const measuredOn = r.date("Tanggal Pengukuran", "tanggal pengukuran", p.measuredOn);
  const desaKel = r.cell("Desa/Kel");
  if (p.place(desaKel) === "") r.error("Desa/Kel", "desa/kelurahan kosong");
  const posyandu = r.cell("Posyandu");
  if (p.place(posyandu) === "") r.error("Posyandu", "posyandu kosong");
  const weightKg = r.take("Berat", p.weight(r.cell("Berat")));
  const heightCm = r.take("Tinggi", p.height(r.cell("Tinggi")));
  const tbu = r.take("TB/U", p.tbu(r.cell("TB/U")));
  const bbtb = r.take("BB/TB", p.bbtb(r.cell("BB/TB")));
  const bbu = r.take("BB/U", p.bbu(r.cell("BB/U")));

  let ageMonths = -1;
  if (birth && measuredOn) {
    // The birth date is not echoed: with the line number it would identify the child.
    if (measuredOn < birth) r.error("Tanggal Pengukuran", `tanggal pengukuran ${measuredOn} lebih awal dari tanggal lahir`);
    else ageMonths = isoMonthsBetween(birth, measuredOn);
  }
  if (measuredOn && measuredOn > today) {
    r.error("Tanggal Pengukuran", `tanggal pengukuran ${measuredOn} ada di masa depan (hari ini ${today})`);
  }
  if (r.failed || !birth || !measuredOn || !jk || ageMonths < 0) return null;

  if (ageMonths > MAX_BALITA_MONTHS) {
    r.warning("Tanggal Pengukuran", `usia saat ukur ${ageMonths} bulan: bukan balita (0–59 bulan), baris tidak dihitung`);
    return null;
  }
  checkStatedAge(r, ageMonths);
  // childKey is filled in by assignChildKeys once the whole file has been seen.
  const base: EppgbmMeasurement = {
    line: r.line, jk, desaKel, posyandu, measuredOn, period: measuredOn.slice(0, 7), ageMonths,
    weightKg: weightKg ?? null, heightCm: heightCm ?? null, tbu: tbu ?? null, bbtb: bbtb ?? null, bbu: bbu ?? null, childKey: "",
  };
  return { base, nik, nameKey, birth };
}

/** "Usia Saat Ukur" is only cross-checked: the age used is computed from the two dates. */
function checkStatedAge(r: RowCheck, ageMonths: number) {
  const raw = r.cell("Usia Saat Ukur");
  if (raw === "") return;
  const stated = r.parse.age(raw);
  if (!stated.ok) r.warning("Usia Saat Ukur", `${stated.message}; usia dihitung dari tanggal lahir`);
  // One month of slack: e-PPGBM and this parser may count a month's last days differently.
  else if (Math.abs(stated.value.months - ageMonths) > 1) {
    r.warning("Usia Saat Ukur", `usia ${stated.value.months} bulan tidak cocok dengan tanggal lahir dan tanggal pengukuran (${ageMonths} bulan); yang dipakai ${ageMonths} bulan`);
  }
}

/**
 * NIK when it identifies one child, else name|birth date. A NIK seen with two birth dates is a
 * placeholder or a typo, so it is not trusted; a row without NIK borrows the NIK of the same
 * name + birth date elsewhere in the file, so filling the NIK in later does not double-count.
 */
function assignChildKeys(drafts: Draft[], issues: IssueList): EppgbmMeasurement[] {
  const birthOfNik = new Map<string, string | null>(); // null = seen with different birth dates
  for (const d of drafts) {
    if (!d.nik) continue;
    const seen = birthOfNik.get(d.nik);
    if (seen === undefined) birthOfNik.set(d.nik, d.birth);
    else if (seen !== null && seen !== d.birth) birthOfNik.set(d.nik, null);
  }
  const trusted = (d: Draft) => d.nik !== null && birthOfNik.get(d.nik) !== null;
  // Only the names of rows without a trusted NIK are ever looked up: a file where every NIK is
  // good (the usual export) builds no name|birth key at all.
  const wanted = new Set<string>();
  for (const d of drafts) if (!trusted(d)) wanted.add(d.nameKey);
  const nikOfName = new Map<string, string | null>(); // null = two different NIKs
  if (wanted.size > 0) {
    for (const d of drafts) {
      if (!trusted(d) || d.nameKey === "" || !wanted.has(d.nameKey)) continue;
      const nameBirth = `${d.nameKey}|${d.birth}`;
      const seen = nikOfName.get(nameBirth);
      nikOfName.set(nameBirth, seen === undefined || seen === d.nik ? d.nik : null);
    }
  }

  const out: EppgbmMeasurement[] = [];
  for (const d of drafts) {
    let childKey: string | null = trusted(d) ? d.nik : null;
    if (d.nik && !childKey) {
      if (d.nameKey === "") {
        issues.error(d.base.line, "NIK", "NIK yang sama dipakai untuk tanggal lahir berbeda dan nama kosong; anak tidak dapat dikenali");
        continue;
      }
      issues.warning(d.base.line, "NIK", "NIK yang sama dipakai untuk tanggal lahir berbeda di berkas ini; anak dikenali dari nama dan tanggal lahir");
    }
    if (childKey === null) {
      const nameBirth = `${d.nameKey}|${d.birth}`;
      childKey = nikOfName.get(nameBirth) ?? nameBirth;
    }
    d.base.childKey = childKey;
    out.push(d.base);
  }
  return out;
}
