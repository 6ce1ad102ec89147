// Field-level parsers for the e-PPGBM balita export (SIGIZI Terpadu). Pure: no I/O,
// no clock. Every failure message is Indonesian and never echoes a name or NIK.
import { parseDate, parseDecimal, type Parsed } from "./cells";

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = (message: string): Parsed<never> => ({ ok: false, message });

/** The header of the real e-PPGBM export, in file order ("Pukesmas" is their spelling). */
export const EPPGBM_COLUMNS = [
  "NIK", "Nama", "JK", "Tgl Lahir", "BB Lahir", "TB Lahir", "Nama Ortu", "Prov", "Kab/Kota", "Kec",
  "Pukesmas", "Desa/Kel", "Posyandu", "RT", "RW", "Alamat", "Usia Saat Ukur", "Tanggal Pengukuran",
  "Berat", "Tinggi", "Cara Ukur", "LiLA", "BB/U", "ZS BB/U", "TB/U", "ZS TB/U", "BB/TB", "ZS BB/TB",
  "Naik Berat Badan", "PMT Diterima (kg)", "Jml Vit A", "KPSP", "KIA",
] as const;

export type EppgbmColumn = (typeof EPPGBM_COLUMNS)[number];

/** Columns without which the file cannot be aggregated; NIK is optional (name + birth date stand in). */
export const EPPGBM_REQUIRED_COLUMNS = [
  "Nama", "JK", "Tgl Lahir", "Desa/Kel", "Posyandu", "Tanggal Pengukuran", "BB/U", "TB/U", "BB/TB",
] as const satisfies readonly EppgbmColumn[];

/** Header text reduced for comparison: no BOM, trimmed, lower case, single spaces, no spaces around "/". */
export function normalizeHeader(raw: string): string {
  return raw.replace(/^\uFEFF/, "").trim().toLowerCase().replace(/\s+/g, " ").replace(/ ?\/ ?/g, "/");
}

// Spellings seen in other SIGIZI exports and hand-made sheets; each maps to one canonical column.
const HEADER_ALIASES: Record<string, EppgbmColumn> = {
  puskesmas: "Pukesmas",
  "nama anak": "Nama",
  "jenis kelamin": "JK",
  "tanggal lahir": "Tgl Lahir",
  "desa/kelurahan": "Desa/Kel",
  kelurahan: "Desa/Kel",
  "tgl pengukuran": "Tanggal Pengukuran",
  "berat (kg)": "Berat",
  "tinggi (cm)": "Tinggi",
  "lila (cm)": "LiLA",
};

const HEADER_LOOKUP = new Map<string, EppgbmColumn>([
  ...EPPGBM_COLUMNS.map((c) => [normalizeHeader(c), c] as const),
  ...Object.entries(HEADER_ALIASES),
]);

/** The canonical column a header cell names, or null for a column this parser does not read. */
export function matchEppgbmHeader(raw: string): EppgbmColumn | null {
  return HEADER_LOOKUP.get(normalizeHeader(raw)) ?? null;
}

/** Age as printed in "Usia Saat Ukur": total whole months plus the leftover days. */
export type AgeParts = { months: number; days: number };

const AGE_RE = /^(?:(\d{1,3}) ?tahun)?[ ,-]*(?:(\d{1,3}) ?bulan)?[ ,-]*(?:(\d{1,3}) ?hari)?$/;

/** "1 Tahun - 3 Bulan - 4 Hari" → { months: 15, days: 4 } (any case, extra spaces allowed). */
export function parseAge(raw: string): Parsed<AgeParts> {
  const s = raw.trim().toLowerCase().replace(/\s+/g, " ");
  const m = AGE_RE.exec(s);
  if (!s || !m || (m[1] === undefined && m[2] === undefined && m[3] === undefined)) {
    return fail(`usia "${raw}" harus berbentuk "1 Tahun - 3 Bulan - 4 Hari"`);
  }
  const [years, months, days] = [Number(m[1] ?? 0), Number(m[2] ?? 0), Number(m[3] ?? 0)];
  // "15 Bulan" alone is a whole age; next to "n Tahun" the month part must be a remainder.
  if (m[1] !== undefined && months > 11) return fail(`usia "${raw}": bagian bulan harus 0–11`);
  if (days > 30) return fail(`usia "${raw}": bagian hari harus 0–30`);
  return ok({ months: years * 12 + months, days });
}

// Indonesian month names and the short forms seen in exports; English short forms because
// Excel in an English locale renders dates as "14-Aug-2024".
const MONTHS: Record<string, number> = {
  januari: 1, jan: 1, februari: 2, pebruari: 2, feb: 2, peb: 2, maret: 3, mar: 3, april: 4, apr: 4,
  mei: 5, may: 5, juni: 6, jun: 6, juli: 7, jul: 7, agustus: 8, agu: 8, agt: 8, ags: 8, aug: 8,
  september: 9, sep: 9, sept: 9, oktober: 10, okt: 10, oct: 10, november: 11, nov: 11, nop: 11,
  desember: 12, des: 12, dec: 12,
};

const NUMERIC_DATE = [/^\d{4}-\d{1,2}-\d{1,2}(?:[T ].*)?$/, /^\d{1,2}[/-]\d{1,2}[/-]\d{4}$/, /^\d{5}(?:\.\d+)?$/];
const NAMED_DATE = /^(\d{1,2})[\s./-]+([a-z]+)[\s./-]+(\d{4})$/;

/**
 * A date in any e-PPGBM export format → "YYYY-MM-DD": 2024-08-14, 14-08-2024, 14/08/2024,
 * 14.08.2024, "14 Agustus 2024" / "14 Agt 2024", or an Excel serial. `label` starts the message; `quote: false`
 * leaves the cell's text out of it (a birth date, even a mistyped one, with the line number points at a child).
 */
export function parseEppgbmDate(raw: string, label = "tanggal", quote = true): Parsed<string> {
  const s = raw.trim().replace(/^(\d{1,2})\.(\d{1,2})\.(\d{4})$/, "$1/$2/$3");
  const shown = quote ? ` "${raw}"` : "";
  const missing = quote ? `${label}${shown} tidak ada` : `${label} tidak ada di kalender`;
  // cells.parseDate decides validity; the shape is checked here so the message can say which problem it is.
  if (NUMERIC_DATE.some((re) => re.test(s))) {
    const p = parseDate(s);
    return p.ok ? p : fail(missing);
  }
  const m = NAMED_DATE.exec(s.toLowerCase());
  if (m) {
    const month = MONTHS[m[2] ?? ""];
    if (month === undefined) return fail(`${label}${shown}: nama bulan${quote ? ` "${m[2]}"` : ""} tidak dikenal`);
    const p = parseDate(`${m[3]}-${month}-${m[1]}`);
    return p.ok ? p : fail(missing);
  }
  return fail(`${label}${shown} harus berbentuk TTTT-BB-HH, HH-BB-TTTT, HH/BB/TTTT atau "14 Agustus 2024"`);
}

/** Whole calendar months from birth to measurement ("YYYY-MM-DD" each); the way e-PPGBM counts age. */
export function completedMonths(birth: string, on: string): number {
  const [by, bm, bd] = birth.split("-").map(Number) as [number, number, number];
  const [y, m, d] = on.split("-").map(Number) as [number, number, number];
  return (y - by) * 12 + (m - bm) - (d < bd ? 1 : 0);
}

/** Weight or height with a decimal comma or point; blank → null, non-positive or above `max` → error. */
export function parseMeasure(raw: string, label: string, unit: string, max: number): Parsed<number | null> {
  if (raw.trim() === "") return ok(null);
  const p = parseDecimal(raw);
  if (!p.ok) return fail(`${label} "${raw}" bukan angka`);
  // An upper bound catches grams typed as kilograms and millimetres typed as centimetres.
  if (p.value <= 0 || p.value > max) return fail(`${label} ${raw} ${unit} tidak masuk akal`);
  return p;
}

/** L/P, also written out ("Laki-laki", "Perempuan"). */
export function parseJk(raw: string): Parsed<"L" | "P"> {
  const s = raw.trim().toLowerCase().replace(/[\s-]+/g, " ");
  if (["l", "lk", "laki laki", "laki"].includes(s)) return ok("L");
  if (["p", "pr", "perempuan", "wanita"].includes(s)) return ok("P");
  return fail(`jenis kelamin "${raw}" harus L atau P`);
}

export type TbuCategory = "sangat_pendek" | "pendek" | "other";
export type BbtbCategory = "gizi_buruk" | "gizi_kurang" | "other";
export type BbuCategory = "bb_sangat_kurang" | "bb_kurang" | "other";
export type StatusColumn = "TB/U" | "BB/TB" | "BB/U";
type CategoryOf = { "TB/U": TbuCategory; "BB/TB": BbtbCategory; "BB/U": BbuCategory };

// Permenkes 2/2020 labels as e-PPGBM prints them, keyed lower case. Only the categories the
// dashboard counts are kept apart; every other valid label is "other".
const STATUS_LABELS: { [C in StatusColumn]: Record<string, CategoryOf[C]> } = {
  "TB/U": { "sangat pendek": "sangat_pendek", pendek: "pendek", normal: "other", tinggi: "other" },
  "BB/TB": {
    "gizi buruk": "gizi_buruk", "gizi kurang": "gizi_kurang", "gizi baik": "other", normal: "other",
    "berisiko gizi lebih": "other", "risiko gizi lebih": "other", "gizi lebih": "other", obesitas: "other",
  },
  "BB/U": {
    "berat badan sangat kurang": "bb_sangat_kurang", "bb sangat kurang": "bb_sangat_kurang",
    "sangat kurang": "bb_sangat_kurang", "berat badan kurang": "bb_kurang", "bb kurang": "bb_kurang",
    kurang: "bb_kurang", "berat badan normal": "other", "bb normal": "other", normal: "other",
    "risiko berat badan lebih": "other", "risiko bb lebih": "other",
  },
};

const STATUS_EXAMPLES: Record<StatusColumn, string> = {
  "TB/U": "Sangat Pendek, Pendek, Normal, Tinggi",
  "BB/TB": "Gizi Buruk, Gizi Kurang, Gizi Baik, Berisiko Gizi Lebih, Gizi Lebih, Obesitas",
  "BB/U": "Berat Badan Sangat Kurang, Berat Badan Kurang, Berat Badan Normal, Risiko Berat Badan Lebih",
};

/** A status label → its category; blank or "-" → null (index not measured); unknown text → error. */
export function parseStatus<C extends StatusColumn>(column: C, raw: string): Parsed<CategoryOf[C] | null> {
  const s = raw.trim().toLowerCase().replace(/\s+/g, " ");
  if (s === "" || s === "-") return ok(null);
  const labels: Record<string, CategoryOf[C]> = STATUS_LABELS[column];
  const category = labels[s];
  if (category === undefined) {
    return fail(`status ${column} "${raw.trim()}" tidak dikenal; yang diterima: ${STATUS_EXAMPLES[column]}`);
  }
  return ok(category);
}

const stripAccents = (s: string) => s.normalize("NFD").replace(/[\u0300-\u036f]/g, "");

// Already clean once lower-cased (most names): nothing below would change it.
const CLEAN = /^[a-z0-9]+(?: [a-z0-9]+)*$/;

// Apostrophes join ("Nur'aini" = "Nuraini"); any other punctuation separates ("Al-Ikhlas" = "Al Ikhlas").
const cleanWords = (s: string) => {
  const lower = s.toLowerCase();
  if (CLEAN.test(lower)) return lower;
  return stripAccents(lower)
    .replace(/['’`‘]/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
};

const PLACE_PREFIX = /^(?:posyandu|pos yandu|kelurahan|kel|desa) /;

/** A place name reduced for matching: "POSYANDU MELATI  I" and "Melati I" both → "melati i". */
export function normalizePlaceName(raw: string): string {
  const s = cleanWords(raw);
  const stripped = s.replace(PLACE_PREFIX, "");
  // A posyandu literally called "Posyandu" keeps its word rather than becoming blank.
  return stripped === "" ? s : stripped;
}

/** A child's name reduced for the fallback key: lower case, no accents or punctuation, single spaces. */
export function normalizePersonName(raw: string): string {
  return cleanWords(raw);
}

/**
 * A NIK usable as a child key, or null: 16 digits, not starting with 0, serial part not 0000.
 * Spaces and Excel's leading apostrophe are ignored; placeholders such as all zeros are rejected.
 */
export function cleanNik(raw: string): string | null {
  const s = raw.trim().replace(/^'/, "").replace(/\s+/g, "");
  return /^[1-9]\d{11}(?!0000)\d{4}$/.test(s) ? s : null;
}
