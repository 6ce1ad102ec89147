// id-ID number and date formats, used by every page.

const integer = new Intl.NumberFormat("id-ID", { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat("id-ID", { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const dateLong = new Intl.DateTimeFormat("id-ID", { day: "numeric", month: "long", year: "numeric", timeZone: "Asia/Jakarta" });

/** 12345 → "12.345". */
export function formatInt(n: number): string {
  return integer.format(n);
}

/** 4.25 → "4,3". */
export function formatDecimal(n: number): string {
  return oneDecimal.format(n);
}

/** A coordinate as the posyandu form takes it: -5.115 → "-5,11500" (5 decimals ≈ 1 m, comma, no grouping). */
export function formatCoordinate(n: number): string {
  return n.toFixed(5).replace(".", ",");
}

/** A date as "12 Mei 2026" (WIB). */
export function formatDate(d: Date): string {
  return dateLong.format(d);
}

/**
 * A posyandu's RW as shown: the import template's example and the demo store "RW 03", a form may store "03";
 * both read "RW 03" (never "RW RW 03").
 */
export function rwLabel(rw: string): string {
  const value = rw.trim();
  return `RW ${/^rw(\b|(?=\d))/i.test(value) ? value.replace(/^rw[\s.:]*/i, "") : value}`.trimEnd();
}
