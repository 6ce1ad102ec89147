// Property-based tests of monthly periods (lib/period.ts) and table sorting
// (lib/sort.ts): laws every page and query relies on.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { addMonths, isMeasurementMonth, measurementAtOrBefore, measurementFor, monthOf, periodLabel, periodRange, yearOf } from "@/lib/period";
import { periodSchema } from "@/lib/validations/period";
import { sortRows, type SortValue } from "@/lib/sort";

const RUNS = 1000;
const period = fc.tuple(fc.integer({ min: 2000, max: 2100 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${String(m).padStart(2, "0")}`);
const monthsBetween = (a: string, b: string) => (yearOf(b) - yearOf(a)) * 12 + monthOf(b) - monthOf(a);

describe("periods", () => {
  it("addMonths: k then −k is the identity, shifts compose, and the result is a valid period", () => {
    fc.assert(fc.property(period, fc.integer({ min: -9000, max: 9000 }), fc.integer({ min: -600, max: 600 }), (p, k, j) => {
      expect(addMonths(addMonths(p, k), -k)).toBe(p);
      expect(addMonths(addMonths(p, k), j)).toBe(addMonths(p, k + j));
      expect(periodSchema.safeParse(addMonths(p, k)).success).toBe(true);
      expect(monthsBetween(p, addMonths(p, k))).toBe(k);
    }), { numRuns: RUNS });
  });

  it("periodRange: every month from start to end once, in order (empty when start > end)", () => {
    fc.assert(fc.property(period, fc.integer({ min: -30, max: 400 }), (start, len) => {
      const end = addMonths(start, len);
      const range = periodRange(start, end);
      expect(range.length).toBe(Math.max(0, len + 1));
      if (len < 0) return;
      expect(range[0]).toBe(start);
      expect(range.at(-1)).toBe(end);
      range.slice(1).forEach((p, i) => expect(p).toBe(addMonths(range[i]!, 1)));
    }), { numRuns: RUNS });
  });

  it("measurementAtOrBefore: the latest February or August not after the month", () => {
    fc.assert(fc.property(period, (p) => {
      const m = measurementAtOrBefore(p);
      expect(m <= p).toBe(true);
      expect(isMeasurementMonth(m)).toBe(true);
      expect([2, 8]).toContain(monthOf(m));
      // No Feb/Aug lies strictly between it and p.
      expect(periodRange(addMonths(m, 1), p).some(isMeasurementMonth)).toBe(false);
    }), { numRuns: RUNS });
  });

  it("measurementFor never passes the latest period with data, and is a weighing month when that is one", () => {
    fc.assert(fc.property(period, fc.option(period.map(measurementAtOrBefore)), (bulan, latest) => {
      const m = measurementFor(bulan, latest);
      if (latest === null) {
        expect(m).toBeNull();
        return;
      }
      expect(m! <= latest).toBe(true);
      expect(m! <= measurementAtOrBefore(bulan) || m === latest).toBe(true);
      expect(isMeasurementMonth(m!)).toBe(true);
    }), { numRuns: RUNS });
  });

  it("periodLabel names the month in Indonesian for every period", () => {
    fc.assert(fc.property(period, (p) => {
      expect(periodLabel(p)).toMatch(/^(Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember) \d{4}$/);
    }), { numRuns: RUNS });
  });
});

describe("sortRows", () => {
  type Row = { id: number; v: SortValue };
  const values = fc.oneof(
    fc.array(fc.option(fc.double({ noNaN: true, min: -1e6, max: 1e6 }), { nil: null }), { maxLength: 60 }),
    fc.array(fc.option(fc.integer({ min: 0, max: 5 }), { nil: null }), { maxLength: 60 }),
    fc.array(fc.option(fc.string({ maxLength: 6 }), { nil: null }), { maxLength: 60 }),
    fc.array(fc.option(fc.constantFrom("Metro", "metro", "Ganjar Agung", "Iring Mulyo", "Imopuro", ""), { nil: null }), { maxLength: 60 }),
  );
  const compare = (a: SortValue, b: SortValue) => (typeof a === "number" && typeof b === "number" ? a - b : String(a).localeCompare(String(b), "id"));

  it("returns a permutation, nulls last in both directions, the rest ordered, ties in their original order", () => {
    fc.assert(fc.property(values, fc.constantFrom("naik" as const, "turun" as const), (vs, arah) => {
      const rows: Row[] = vs.map((v, id) => ({ id, v }));
      const sorted = sortRows(rows, (r) => r.v, arah);
      expect([...sorted].sort((a, b) => a.id - b.id)).toEqual(rows);
      const firstNull = sorted.findIndex((r) => r.v === null);
      if (firstNull >= 0) expect(sorted.slice(firstNull).every((r) => r.v === null)).toBe(true);
      const sign = arah === "naik" ? 1 : -1;
      sorted.slice(1).forEach((r, i) => {
        const prev = sorted[i]!;
        if (prev.v === null || r.v === null) {
          if (prev.v === null && r.v === null) expect(prev.id).toBeLessThan(r.id);
          return;
        }
        const c = sign * compare(prev.v, r.v);
        expect(c, `${String(prev.v)} / ${String(r.v)}`).toBeLessThanOrEqual(0);
        if (c === 0) expect(prev.id).toBeLessThan(r.id);
      });
    }), { numRuns: RUNS });
  });

  it("sorting the sorted rows again changes nothing", () => {
    fc.assert(fc.property(values, fc.constantFrom("naik" as const, "turun" as const), (vs, arah) => {
      const once = sortRows(vs.map((v, id) => ({ id, v })), (r) => r.v, arah);
      expect(sortRows(once, (r) => r.v, arah)).toEqual(once);
    }), { numRuns: RUNS });
  });
});
