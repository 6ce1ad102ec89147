// Reads an e-PPGBM balita export (already split into cells) into validated measurements.
// Pure: no database, no clock (`today` is injected). Rows are identified in issues by their
// line number only; names, NIK and birth dates never appear in a message.
import { parseDate, parseText } from "./cells";
import {
  EPPGBM_COLUMNS,
  EPPGBM_REQUIRED_COLUMNS,
  cleanNik,
  completedMonths,
  matchEppgbmHeader,
  normalizePersonName,
  normalizePlaceName,
  parseAge,
  parseEppgbmDate,
  parseJk,
  parseMeasure,
  parseStatus,
  type BbtbCategory,
  type BbuCategory,
  type EppgbmColumn,
  type TbuCategory,
} from "./eppgbm-fields";
import { IssueList } from "./issues";

export * from "./eppgbm-fields";
export { aggregateEppgbm, type EppgbmAggregate } from "./eppgbm-aggregate";

/** A file already split into cells; `line` is 1-based in the file (header = 1). */
export type EppgbmTable = { headers: string[]; rows: { line: number; cells: string[] }[] };

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
// nameBirth = normalised name + "|" + birth date, the fallback key (computed once per row).
type Draft = { base: Omit<EppgbmMeasurement, "childKey">; nik: string | null; nameKey: string; birth: string; nameBirth: string };

/** Validates every row of an e-PPGBM export; `today` ("YYYY-MM-DD") bounds measurement dates. */
export function parseEppgbmRows(table: EppgbmTable, today: string): EppgbmParseResult {
  const t = parseDate(today);
  if (!t.ok || t.value !== today) throw new Error(`today must be YYYY-MM-DD, got "${today}"`);
  const issues = new IssueList();
  const columns = mapColumns(table.headers, issues);
  if (!columns) return { measurements: [], issues };
  if (table.rows.length === 0) issues.warning(0, null, "berkas tidak berisi baris data");

  const drafts: Draft[] = [];
  for (const row of table.rows) {
    const draft = parseRow(row, columns, today, issues);
    if (draft) drafts.push(draft);
  }
  const measurements = assignChildKeys(drafts, issues);
  // Stable sort: issues read top to bottom like the file, file-level ones first.
  issues.items.sort((a, b) => a.row - b.row);
  return { measurements, issues };
}

/** Header cell → column index; null (with file-level errors) when a required column is missing or doubled. */
function mapColumns(headers: string[], issues: IssueList): Columns | null {
  const columns: Columns = new Map();
  headers.forEach((h, i) => {
    const column = matchEppgbmHeader(h);
    if (!column) return;
    if (columns.has(column)) issues.error(0, column, `kolom "${column}" muncul lebih dari sekali`);
    else columns.set(column, i);
  });
  for (const column of EPPGBM_REQUIRED_COLUMNS) {
    if (!columns.has(column)) issues.error(0, column, `kolom wajib "${column}" tidak ada di baris judul`);
  }
  return issues.hasErrors ? null : columns;
}

function parseRow(row: EppgbmTable["rows"][number], columns: Columns, today: string, issues: IssueList): Draft | null {
  const cell = (c: EppgbmColumn) => {
    const i = columns.get(c);
    return i === undefined ? "" : (row.cells[i] ?? "").trim();
  };
  // Exports often end with empty lines; they are not data.
  if (EPPGBM_COLUMNS.every((c) => cell(c) === "")) return null;

  let failed = false;
  const error = (column: EppgbmColumn | null, message: string): undefined => {
    issues.error(row.line, column, message);
    failed = true;
    return undefined;
  };
  const take = <T>(column: EppgbmColumn, p: { ok: true; value: T } | { ok: false; message: string }): T | undefined => {
    if (p.ok) return p.value;
    error(column, p.message);
    return undefined;
  };
  const date = (column: EppgbmColumn, label: string) => {
    if (cell(column) === "") return error(column, `${label} kosong`);
    return take(column, parseEppgbmDate(cell(column), label));
  };

  const nik = cleanNik(cell("NIK"));
  if (!nik && cell("NIK") !== "") {
    issues.warning(row.line, "NIK", "NIK bukan 16 digit yang sah (mungkin terpotong Excel); anak dikenali dari nama dan tanggal lahir");
  }
  const nameKey = normalizePersonName(take("Nama", parseText(cell("Nama"))) ?? "");
  if (!nik && nameKey === "") error("Nama", "nama kosong dan NIK tidak ada; anak tidak dapat dikenali");
  const jk = cell("JK") === "" ? error("JK", "jenis kelamin kosong") : take("JK", parseJk(cell("JK")));
  const birth = date("Tgl Lahir", "tanggal lahir");
  const measuredOn = date("Tanggal Pengukuran", "tanggal pengukuran");
  const desaKel = cell("Desa/Kel");
  if (normalizePlaceName(desaKel) === "") error("Desa/Kel", "desa/kelurahan kosong");
  const posyandu = cell("Posyandu");
  if (normalizePlaceName(posyandu) === "") error("Posyandu", "posyandu kosong");
  const weightKg = take("Berat", parseMeasure(cell("Berat"), "berat", "kg", 100));
  const heightCm = take("Tinggi", parseMeasure(cell("Tinggi"), "tinggi", "cm", 200));
  const tbu = take("TB/U", parseStatus("TB/U", cell("TB/U")));
  const bbtb = take("BB/TB", parseStatus("BB/TB", cell("BB/TB")));
  const bbu = take("BB/U", parseStatus("BB/U", cell("BB/U")));

  let ageMonths = -1;
  if (birth && measuredOn) {
    // The birth date is not echoed: with the line number it would identify the child.
    if (measuredOn < birth) error("Tanggal Pengukuran", `tanggal pengukuran ${measuredOn} lebih awal dari tanggal lahir`);
    else ageMonths = completedMonths(birth, measuredOn);
  }
  if (measuredOn && measuredOn > today) {
    error("Tanggal Pengukuran", `tanggal pengukuran ${measuredOn} ada di masa depan (hari ini ${today})`);
  }
  if (failed || !birth || !measuredOn || !jk || ageMonths < 0) return null;

  if (ageMonths > MAX_BALITA_MONTHS) {
    issues.warning(row.line, "Tanggal Pengukuran", `usia saat ukur ${ageMonths} bulan: bukan balita (0–59 bulan), baris tidak dihitung`);
    return null;
  }
  checkStatedAge(cell("Usia Saat Ukur"), ageMonths, row.line, issues);
  const base = {
    line: row.line, jk, desaKel, posyandu, measuredOn, period: measuredOn.slice(0, 7), ageMonths,
    weightKg: weightKg ?? null, heightCm: heightCm ?? null, tbu: tbu ?? null, bbtb: bbtb ?? null, bbu: bbu ?? null,
  };
  return { base, nik, nameKey, birth, nameBirth: `${nameKey}|${birth}` };
}

/** "Usia Saat Ukur" is only cross-checked: the age used is computed from the two dates. */
function checkStatedAge(raw: string, ageMonths: number, line: number, issues: IssueList) {
  if (raw === "") return;
  const stated = parseAge(raw);
  if (!stated.ok) issues.warning(line, "Usia Saat Ukur", `${stated.message}; usia dihitung dari tanggal lahir`);
  // One month of slack: e-PPGBM and this parser may count a month's last days differently.
  else if (Math.abs(stated.value.months - ageMonths) > 1) {
    issues.warning(line, "Usia Saat Ukur", `usia ${stated.value.months} bulan tidak cocok dengan tanggal lahir dan tanggal pengukuran (${ageMonths} bulan); yang dipakai ${ageMonths} bulan`);
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
  const nikOfName = new Map<string, string | null>(); // null = two different NIKs
  for (const d of drafts) {
    if (!d.nik || birthOfNik.get(d.nik) === null || d.nameKey === "") continue;
    const seen = nikOfName.get(d.nameBirth);
    nikOfName.set(d.nameBirth, seen === undefined || seen === d.nik ? d.nik : null);
  }

  const out: EppgbmMeasurement[] = [];
  for (const d of drafts) {
    let childKey: string | null = d.nik && birthOfNik.get(d.nik) !== null ? d.nik : null;
    if (d.nik && !childKey) {
      if (d.nameKey === "") {
        issues.error(d.base.line, "NIK", "NIK yang sama dipakai untuk tanggal lahir berbeda dan nama kosong; anak tidak dapat dikenali");
        continue;
      }
      issues.warning(d.base.line, "NIK", "NIK yang sama dipakai untuk tanggal lahir berbeda di berkas ini; anak dikenali dari nama dan tanggal lahir");
    }
    childKey ??= nikOfName.get(d.nameBirth) ?? d.nameBirth;
    out.push({ ...d.base, childKey });
  }
  return out;
}
