// Property-based tests of the cell parsers (lib/import/cells.ts): they never
// throw, never misread a value as a different one, and round-trip what they
// are meant to read.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { excelSerialToDate, parseBoolean, parseCount, parseDate, parseDecimal, parsePeriod, parseText, parseYear } from "@/lib/import/cells";
import { periodSchema } from "@/lib/validations/period";

const RUNS = 1000;
const pad = (n: number, w = 2) => String(n).padStart(w, "0");
/** Any text, biased towards what a spreadsheet cell holds: digits, separators, dates, spaces. */
const anyText = fc.oneof(
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ unit: fc.constantFrom(..."0123456789-/.,: +eE\tTx%"), maxLength: 14 }),
);
const realDate = fc.date({ min: new Date("1000-01-01T00:00:00Z"), max: new Date("9999-12-31T00:00:00Z"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

describe("parsers never throw", () => {
  it.each([
    ["parseDate", parseDate], ["parsePeriod", parsePeriod], ["parseDecimal", parseDecimal], ["parseCount", parseCount],
    ["parseBoolean", parseBoolean], ["parseYear", parseYear], ["parseText", (s: string) => parseText(s, 50)],
  ] as const)("%s returns a value or an Indonesian message for any text", (_name, parse) => {
    fc.assert(fc.property(anyText, (s) => {
      const r = (parse as (s: string) => { ok: boolean; message?: string })(s);
      if (!r.ok) expect(r.message).toMatch(/\b(bukan|harus|tidak|terlalu|ambigu|bulan|tahun|tanggal|nilai)\b/);
    }), { numRuns: RUNS });
  });
});

describe("parseDate", () => {
  it("round-trips every real date written YYYY-MM-DD, DD/MM/YYYY or DD-MM-YYYY", () => {
    fc.assert(fc.property(realDate, (iso) => {
      const [y, m, d] = iso.split("-");
      for (const written of [iso, `${d}/${m}/${y}`, `${d}-${m}-${y}`, `${Number(d)}/${Number(m)}/${y}`, `${iso}T08:30:00`]) expect(parseDate(written)).toEqual({ ok: true, value: iso });
    }), { numRuns: RUNS });
  });

  it("never returns a date other than the one written (impossible days and years 0–99 are refused)", () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (y, m, d) => {
      const written = `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
      const r = parseDate(written);
      if (r.ok) expect(r.value).toBe(written);
    }), { numRuns: RUNS });
  });

  it("reads a 5-digit Excel serial as the day it stands for", () => {
    fc.assert(fc.property(fc.integer({ min: 10_000, max: 99_999 }), (serial) => {
      expect(parseDate(String(serial))).toEqual({ ok: true, value: excelSerialToDate(serial).toISOString().slice(0, 10) });
      expect(excelSerialToDate(serial + 1).getTime() - excelSerialToDate(serial).getTime()).toBe(86_400_000);
    }), { numRuns: RUNS });
  });

  it("only ever answers with a real calendar date", () => {
    fc.assert(fc.property(anyText, (s) => {
      const r = parseDate(s);
      if (!r.ok) return;
      expect(r.value).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(new Date(`${r.value}T00:00:00Z`).toISOString().slice(0, 10)).toBe(r.value);
    }), { numRuns: RUNS });
  });
});

describe("parsePeriod", () => {
  it("accepts every month from 2000 on, written with or without the leading zero or as a date", () => {
    fc.assert(fc.property(fc.integer({ min: 2000, max: 9999 }), fc.integer({ min: 1, max: 12 }), (y, m) => {
      const p = `${y}-${pad(m)}`;
      for (const written of [p, `${y}-${m}`, `${p}-15`, `${y}/${m}`]) expect(parsePeriod(written)).toEqual({ ok: true, value: p });
    }), { numRuns: RUNS });
  });

  it("refuses month 0 and 13–99, and years before 2000", () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 9999 }), fc.oneof(fc.constant(0), fc.integer({ min: 13, max: 99 }), fc.integer({ min: 1, max: 12 })), (y, m) => {
      const r = parsePeriod(`${pad(y, 4)}-${pad(m)}`);
      expect(r.ok).toBe(y >= 2000 && m >= 1 && m <= 12);
    }), { numRuns: RUNS });
  });

  it("only ever answers with a valid YYYY-MM", () => {
    fc.assert(fc.property(anyText, (s) => {
      const r = parsePeriod(s);
      if (r.ok) expect(periodSchema.safeParse(r.value).success, r.value).toBe(true);
    }), { numRuns: RUNS });
  });
});

describe("parseDecimal and parseCount", () => {
  const decimal = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }).filter((x) => !/e/i.test(String(x)));

  it("reads 1234.5 and 1234,5 alike, exactly", () => {
    fc.assert(fc.property(decimal, (x) => {
      const s = String(Object.is(x, -0) ? 0 : x);
      expect(parseDecimal(s)).toEqual({ ok: true, value: Number(s) });
      expect(parseDecimal(s.replace(".", ","))).toEqual({ ok: true, value: Number(s) });
    }), { numRuns: RUNS });
  });

  it("never misreads a number written with thousands separators (id-ID 1.234,5 or en 1,234.5): refused or right", () => {
    const fmt = (locale: string) => new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 3 });
    fc.assert(fc.property(fc.double({ min: 1000, max: 1e6, noNaN: true }), (x) => {
      // Read as 1.234 it would be a thousandfold wrong; the only safe answer is a refusal.
      for (const locale of ["id-ID", "en-US"]) expect(parseDecimal(fmt(locale).format(x)).ok, fmt(locale).format(x)).toBe(false);
    }), { numRuns: RUNS });
  });

  it("counts: every whole number 0–1,000,000 as written, with a zero decimal, never a different number", () => {
    const grouped = (n: number) => new Intl.NumberFormat("id-ID").format(n);
    fc.assert(fc.property(fc.integer({ min: 0, max: 1_000_000 }), (n) => {
      expect(parseCount(String(n))).toEqual({ ok: true, value: n });
      expect(parseCount(`${n},0`)).toEqual({ ok: true, value: n });
      const r = parseCount(grouped(n));
      if (r.ok) expect(r.value, grouped(n)).toBe(n);
    }), { numRuns: RUNS });
  });

  it("counts: anything accepted is a whole number from 0 to 1,000,000", () => {
    fc.assert(fc.property(anyText, (s) => {
      const r = parseCount(s);
      if (r.ok) expect(Number.isSafeInteger(r.value) && r.value >= 0 && r.value <= 1_000_000).toBe(true);
    }), { numRuns: RUNS });
  });
});

describe("parseText", () => {
  it("keeps no control characters, no surrounding blanks and never more than the limit", () => {
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 80 }), fc.integer({ min: 1, max: 60 }), (s, max) => {
      const r = parseText(s, max);
      if (!r.ok) return;
      expect(r.value).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/);
      expect(r.value).toBe(r.value.trim());
      expect(r.value.length).toBeLessThanOrEqual(max);
    }), { numRuns: RUNS });
  });
});
