// Parsers for one cell of an import file. Each returns either a value or an
// Indonesian message; blank cells are handled by the caller (required or not).

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };
const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = (message: string): Parsed<never> => ({ ok: false, message });

/** Excel stores dates as days since 1899-12-30 (with the 1900 leap-year bug folded in). */
export function excelSerialToDate(serial: number): Date {
  return new Date(Date.UTC(1899, 11, 30) + Math.round(serial * 86400000));
}

const iso = (d: Date) => d.toISOString().slice(0, 10);

const PLAIN_COUNT = /^\d{1,6}$/;

/** A count: a non-negative whole number ("12"; "12,0" and "12.0" are accepted, "12,5" is not). */
export function parseCount(raw: string): Parsed<number> {
  const t = raw.trim();
  // Almost every cell of a file: plain digits below the limit (what the checks below would give, 1M rows faster).
  if (PLAIN_COUNT.test(t)) return ok(Number(t));
  // "1.000" is a thousand in an Indonesian sheet and one in an English one: refuse instead of guessing.
  if (/^\d{1,3}([.,]\d{3})+$/.test(t)) {
    const grouped = Number(t.replace(/[.,]/g, ""));
    if (grouped !== Number(t.replace(",", ".").replace(/[.,]0+$/, ""))) return fail(`"${raw}" ambigu (pemisah ribuan atau desimal?); tulis tanpa pemisah ribuan, misalnya ${grouped}`);
  }
  const s = t.replace(/[.,]0+$/, "");
  if (!/^-?\d+$/.test(s)) return fail(`"${raw}" bukan bilangan bulat`);
  const n = Number(s);
  if (n < 0) return fail(`nilai tidak boleh negatif (${raw})`);
  if (!Number.isSafeInteger(n) || n > 1_000_000) return fail(`nilai terlalu besar (${raw})`);
  return ok(n);
}

/** A decimal with comma or point ("45,5" or "45.5"); thousands separators are not accepted. */
export function parseDecimal(raw: string): Parsed<number> {
  const s = raw.trim().replace(",", ".");
  if (!/^-?\d+(\.\d+)?$/.test(s)) return fail(`"${raw}" bukan angka`);
  return ok(Number(s));
}

/** A percentage 0–100 (decimal comma or point). */
export function parsePercent(raw: string): Parsed<number> {
  const p = parseDecimal(raw.trim().replace(/\s*%$/, "")); // "55%", "55 %" and " 55 % " all read 55
  if (!p.ok) return p;
  if (p.value < 0 || p.value > 100) return fail(`persentase harus 0–100 (${raw})`);
  return p;
}

const TRUE = new Set(["ya", "y", "1", "true", "benar"]);
const FALSE = new Set(["tidak", "t", "0", "false", "salah"]);

/** ya/tidak, 1/0, true/false (any case). */
export function parseBoolean(raw: string): Parsed<boolean> {
  const s = raw.trim().toLowerCase();
  if (TRUE.has(s)) return ok(true);
  if (FALSE.has(s)) return ok(false);
  return fail(`"${raw}" harus ya/tidak, 1/0 atau true/false`);
}

/** YYYY-MM; also a full date or an Excel date serial, reduced to its month. */
export function parsePeriod(raw: string): Parsed<string> {
  const s = raw.trim();
  let m = /^(\d{4})-(\d{1,2})(?:-\d{1,2})?$/.exec(s) ?? /^(\d{4})\/(\d{1,2})$/.exec(s);
  if (!m && /^\d{5}(\.\d+)?$/.test(s)) m = /^(\d{4})-(\d{2})/.exec(iso(excelSerialToDate(Number(s))));
  if (!m) return fail(`periode "${raw}" harus berbentuk TTTT-BB, misalnya 2026-08`);
  const month = Number(m[2]);
  const year = Number(m[1]);
  if (month < 1 || month > 12) return fail(`bulan ${m[2]} tidak ada`);
  if (year < 2000) return fail(`tahun ${year} terlalu lama`);
  return ok(`${year}-${String(month).padStart(2, "0")}`);
}

/** YYYY-MM-DD, DD/MM/YYYY, DD-MM-YYYY or an Excel serial → "YYYY-MM-DD". */
export function parseDate(raw: string): Parsed<string> {
  const s = raw.trim();
  let y: number, mo: number, d: number;
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(s);
  if (m) [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else if ((m = /^(\d{1,2})[/-](\d{1,2})[/-](\d{4})$/.exec(s))) [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else if (/^\d{5}(\.\d+)?$/.test(s)) return ok(iso(excelSerialToDate(Number(s))));
  else return fail(`tanggal "${raw}" harus berbentuk TTTT-BB-HH atau HH/BB/TTTT`);
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return fail(`tanggal "${raw}" tidak ada`);
  return ok(iso(date));
}

/** A year between 1900 and 2100. */
export function parseYear(raw: string): Parsed<number> {
  const s = raw.trim();
  if (!/^\d{4}$/.test(s)) return fail(`tahun "${raw}" harus 4 angka`);
  return ok(Number(s));
}

/** Codes the app creates (posyandu, kader): what the forms accept, so a URL or a file name can carry them. */
export const RECORD_CODE_RE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,49}$/;

/** A posyandu or kader code: 1–50 letters, digits, ".", "_" or "-", starting with a letter or digit. */
export function parseCode(raw: string, label: string): Parsed<string> {
  const s = raw.trim();
  if (!RECORD_CODE_RE.test(s)) return fail(`${label} "${raw}" harus 1–50 karakter: huruf, angka, titik, garis bawah atau tanda hubung`);
  // Stored in capitals, as the forms store them: a code typed in lower case finds its record instead of adding a twin.
  return ok(s.toUpperCase());
}

/** Text cleaned of control characters and trimmed; cells may not exceed `max` characters. */
export function parseText(raw: string, max = 200): Parsed<string> {
  const s = raw.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, "").trim();
  if (s.length > max) return fail(`teks terlalu panjang (${s.length} > ${max} karakter)`);
  return ok(s);
}

/** Text a spreadsheet would run as a formula (= + - @ first); exports neutralise it, imports warn. */
export function isFormulaLike(s: string): boolean {
  // A plain signed number (a southern latitude) is data, not a formula.
  if (/^[+-]?\d+([.,]\d+)?$/.test(s.trim())) return false;
  return /^[=+\-@\t\r]/.test(s);
}
