// Property-based tests of the indicator functions (docs/bad-input.md): laws
// that must hold for every input, not only for the table-driven examples.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { rate, sumCounts, wilson95 } from "@/lib/indicators/rate";
import { skdnCountsOf, skdnIndicators, ZERO_SKDN, type MonthlyRow } from "@/lib/indicators/skdn";
import { nutritionIndicators, ZERO_NUTRITION, type NutritionCounts } from "@/lib/indicators/nutrition";
import { computeStrata, type StrataMonth, type StrataProfile, type Stratum } from "@/lib/indicators/strata";
import { change, meetsTarget, type Polarity } from "@/lib/indicators/change";
import { deltaOf } from "@/lib/meetings/delta";
import { STRATA_2011 } from "@/lib/reference/seed";

const RUNS = 1000;
const count = (max = 100_000) => fc.integer({ min: 0, max });
/** k ≤ n, both counts. */
const part = (max = 100_000) => count(max).chain((n) => count(n).map((k) => [k, n] as const));

/** A consistent monthly report: K ≤ S, N ≤ D − O − B, BGM/2T ≤ D, O and B blank or not (D may exceed S: the import warns, not refuses). */
const monthlyRow: fc.Arbitrary<MonthlyRow> = fc.record({
  opened: fc.boolean(), s: fc.option(count(300)), d: fc.option(count(300)), kFrac: fc.double({ min: 0, max: 1, noNaN: true }), nFrac: fc.double({ min: 0, max: 1, noNaN: true }),
  hasK: fc.boolean(), hasN: fc.boolean(), bgm: fc.option(count(5)), t2: fc.option(count(5)),
  o: fc.option(fc.double({ min: 0, max: 0.5, noNaN: true })), b: fc.option(fc.double({ min: 0, max: 0.5, noNaN: true })),
}).map(({ opened, s, d, kFrac, nFrac, hasK, hasN, bgm, t2, o: oFrac, b: bFrac }) => {
  const o = oFrac !== null && d !== null ? Math.floor(oFrac * d) : null;
  const b = bFrac !== null && d !== null ? Math.floor(bFrac * d) : null;
  return {
    opened, s, d, o, b,
    k: hasK && s !== null ? Math.floor(kFrac * s) : null,
    n: hasN && d !== null ? Math.floor(nFrac * (d - (o ?? 0) - (b ?? 0))) : null,
    bgm: bgm !== null && d !== null ? Math.min(bgm, d) : null,
    t2: t2 !== null && d !== null ? Math.min(t2, d) : null,
  };
});

describe("rate()", () => {
  it("lies in 0–100 whenever pembilang ≤ penyebut, and is null exactly when penyebut is 0", () => {
    fc.assert(fc.property(part(), fc.boolean(), ([x, n], wilson) => {
      const r = rate(x, n, { wilson, smallN: 30 });
      expect(r.nilai === null).toBe(n === 0);
      expect(r.tidak_ada_data).toBe(n === 0);
      if (r.nilai !== null) {
        expect(r.nilai).toBeGreaterThanOrEqual(0);
        expect(r.nilai).toBeLessThanOrEqual(100);
      }
      expect(r.n_kecil).toBe(n > 0 && n < 30);
    }), { numRuns: RUNS });
  });

  it("Wilson 95% interval stays in 0–100 and contains the point estimate", () => {
    fc.assert(fc.property(part(1_000_000), ([x, n]) => {
      fc.pre(n > 0);
      const [lo, hi] = wilson95(x, n);
      const p = (100 * x) / n;
      expect(0 <= lo && lo <= p && p <= hi && hi <= 100, `x=${x} n=${n}: [${lo}, ${hi}] ∌ ${p}`).toBe(true);
    }), { numRuns: RUNS });
  });
});

describe("sumCounts / SKDN aggregation", () => {
  const posyanduMonths = fc.array(fc.tuple(fc.option(monthlyRow, { nil: undefined }), fc.boolean()), { maxLength: 40 });

  it("gives the same counts and rates for any order and any grouping of the posyandu", () => {
    fc.assert(fc.property(posyanduMonths, fc.infiniteStream(fc.nat()), fc.array(fc.nat({ max: 40 }), { maxLength: 5 }), (months, shuffle, cuts) => {
      const counts = months.map(([row, active]) => skdnCountsOf(row, active));
      const whole = sumCounts(counts, ZERO_SKDN);
      const shuffled = [...counts].sort(() => (shuffle.next().value % 3) - 1);
      const bounds = [0, ...[...new Set(cuts.map((c) => c % (counts.length + 1)))].sort((a, b) => a - b), counts.length];
      const groups = bounds.slice(1).map((end, i) => sumCounts(shuffled.slice(bounds[i], end), ZERO_SKDN));
      const regrouped = sumCounts(groups, ZERO_SKDN);
      expect(regrouped).toEqual(whole);
      expect(skdnIndicators(regrouped)).toEqual(skdnIndicators(whole));
    }), { numRuns: RUNS });
  });

  it("sums numerators and denominators (never averages percentages), each pair over the same reports", () => {
    fc.assert(fc.property(posyanduMonths, (months) => {
      const c = sumCounts(months.map(([row, active]) => skdnCountsOf(row, active)), ZERO_SKDN);
      const both = (a: keyof MonthlyRow, b: keyof MonthlyRow) => months.filter(([r]) => r && r[a] !== null && r[b] !== null);
      expect(c.ds_d).toBe(both("d", "s").reduce((s, [r]) => s + (r!.d as number), 0));
      expect(c.ds_s).toBe(both("d", "s").reduce((s, [r]) => s + (r!.s as number), 0));
      expect(c.melapor).toBe(months.filter(([r]) => r).length);
      const ind = skdnIndicators(c);
      for (const [id, r] of Object.entries(ind)) {
        if (r.nilai === null) continue;
        expect(r.nilai, id).toBeGreaterThanOrEqual(0);
        // D/S may pass 100% (visiting balita, flag D_GT_S); reporting and opening may too when inactive posyandu report.
        if (!["d_s", "kelengkapan_laporan", "posyandu_buka"].includes(id)) expect(r.nilai, id).toBeLessThanOrEqual(100);
      }
      if (c.dMelebihiS === 0) expect(ind.d_s.nilai ?? 0).toBeLessThanOrEqual(100);
    }), { numRuns: RUNS });
  });
});

describe("nutritionIndicators()", () => {
  const split = (n: number) => count(n).chain((a) => count(n - a).map((b) => [a, b] as const));
  const counts: fc.Arbitrary<NutritionCounts> = fc.tuple(count(5000), count(5000), count(5000)).chain(([tb, bbtb, bb]) =>
    fc.tuple(split(tb), split(bbtb), split(bb)).map(([[sp, p], [gb, gk], [bsk, bk]]) => ({ diukurTb: tb, sangatPendek: sp, pendek: p, diukurBbTb: bbtb, giziBuruk: gb, giziKurang: gk, diukurBb: bb, bbSangatKurang: bsk, bbKurang: bk })));

  it("stays in 0–100 with the point estimate inside its Wilson interval; severe ≤ all stunting", () => {
    fc.assert(fc.property(counts, (c) => {
      const ind = nutritionIndicators(c);
      for (const [id, r] of Object.entries(ind)) {
        if (r.nilai === null) continue;
        expect(r.nilai, id).toBeGreaterThanOrEqual(0);
        expect(r.nilai, id).toBeLessThanOrEqual(100);
        const [lo, hi] = r.ci95!;
        expect(lo <= r.nilai && r.nilai <= hi, `${id}: [${lo}, ${hi}] ∌ ${r.nilai}`).toBe(true);
      }
      if (ind.stunting.nilai !== null) expect(ind.stunting_berat.nilai!).toBeLessThanOrEqual(ind.stunting.nilai);
    }), { numRuns: RUNS });
  });

  it("of summed posyandu counts equals the rate of the sums, whatever the order", () => {
    fc.assert(fc.property(fc.array(counts, { maxLength: 20 }), (list) => {
      const total = sumCounts(list, ZERO_NUTRITION);
      expect(nutritionIndicators(sumCounts([...list].reverse(), ZERO_NUTRITION))).toEqual(nutritionIndicators(total));
      expect(nutritionIndicators(total).stunting.pembilang).toBe(list.reduce((s, c) => s + c.sangatPendek + c.pendek, 0));
    }), { numRuns: RUNS });
  });
});

describe("computeStrata() is monotone", () => {
  const RANK: Record<Stratum, number> = { PRATAMA: 0, MADYA: 1, PURNAMA: 2, MANDIRI: 3 };
  const month: fc.Arbitrary<StrataMonth> = fc.record({ opened: fc.boolean(), kaderOnDuty: fc.option(count(12)), s: fc.option(count(200)) }).chain((m) =>
    fc.option(count(m.s ?? 200)).map((d) => ({ ...m, d })));
  const pct = fc.option(fc.double({ min: 0, max: 100, noNaN: true }));
  const profile: fc.Arbitrary<StrataProfile> = fc.option(fc.record({ cakupanKia: pct, cakupanKb: pct, cakupanImunisasi: pct, programTambahan: fc.option(fc.boolean()), danaSehat: pct }));
  type Year = { months: StrataMonth[]; profile: StrataProfile };
  /** One improvement a posyandu can make; none of them may lower its stratum. */
  const improve = (y: Year, what: number, i: number, amount: number): Year => {
    const months = y.months.map((m) => ({ ...m }));
    const m = months[i % months.length]!;
    const p = y.profile ? { ...y.profile } : { cakupanKia: null, cakupanKb: null, cakupanImunisasi: null, programTambahan: null, danaSehat: null };
    const up = (v: number | null) => Math.min(100, (v ?? 0) + amount);
    switch (what) {
      case 0: m.kaderOnDuty = (m.kaderOnDuty ?? 0) + 1 + (amount % 5); break;
      case 1: if (m.opened && m.s !== null) m.d = Math.min(m.s, (m.d ?? 0) + 1 + amount); break;
      case 2: p.cakupanKia = up(p.cakupanKia); p.cakupanKb = up(p.cakupanKb); break;
      case 3: p.cakupanImunisasi = up(p.cakupanImunisasi); p.danaSehat = up(p.danaSehat); break;
      case 4: p.programTambahan = true; break;
      // Opening a closed month that meets every threshold on its own (enough kader, D/S ≥ 50%).
      default: if (!m.opened) Object.assign(m, { opened: true, kaderOnDuty: STRATA_2011.minRerataKader + (amount % 3), s: 10, d: 5 + (amount % 6) });
    }
    return { months, profile: what >= 2 && what <= 4 ? p : y.profile };
  };

  it("improving one input never lowers the stratum; Mandiri and only Mandiri lacks nothing", () => {
    const year = fc.record({ months: fc.array(month, { minLength: 12, maxLength: 12 }), profile });
    fc.assert(fc.property(year, fc.array(fc.tuple(fc.nat(5), fc.nat(11), fc.nat(60)), { minLength: 1, maxLength: 6 }), (y, steps) => {
      let current = y;
      let before = computeStrata(current.months, current.profile, STRATA_2011);
      for (const [what, i, amount] of steps) {
        current = improve(current, what, i, amount);
        const after = computeStrata(current.months, current.profile, STRATA_2011);
        expect(RANK[after.stratum], `${before.stratum} → ${after.stratum}`).toBeGreaterThanOrEqual(RANK[before.stratum]);
        expect(after.kurang.length === 0).toBe(after.stratum === "MANDIRI");
        before = after;
      }
    }), { numRuns: RUNS });
  });
});

describe("change() and deltaOf() polarity", () => {
  const value = fc.option(fc.double({ min: 0, max: 100, noNaN: true }));
  const polarity = fc.constantFrom<Polarity>("naik-baik", "turun-baik");
  const other = (p: Polarity): Polarity => (p === "naik-baik" ? "turun-baik" : "naik-baik");
  const flip = (a: string | null) => (a === "membaik" ? "memburuk" : a === "memburuk" ? "membaik" : a);
  const r = (nilai: number | null) => ({ ...rate(0, 1), nilai });

  it("swapping the periods or the polarity mirrors the verdict; the difference is antisymmetric", () => {
    fc.assert(fc.property(value, value, polarity, (a, b, pol) => {
      const ab = change(r(a), r(b), pol);
      expect(change(r(b), r(a), pol).arah).toBe(flip(ab.arah));
      expect(change(r(a), r(b), other(pol)).arah).toBe(flip(ab.arah));
      if (ab.selisihPoin !== null) expect(ab.selisihPoin + (change(r(b), r(a), pol).selisihPoin ?? NaN)).toBeCloseTo(0, 9);
      expect(ab.arah === null).toBe(a === null || b === null);
      const d = deltaOf(a === null ? null : { ...r(a), n_kecil: false }, b === null ? null : { ...r(b), n_kecil: false }, pol);
      const back = deltaOf(b === null ? null : { ...r(b), n_kecil: false }, a === null ? null : { ...r(a), n_kecil: false }, pol);
      expect(back.arah).toBe(flip(d.arah));
      expect(deltaOf(a === null ? null : { ...r(a), n_kecil: false }, b === null ? null : { ...r(b), n_kecil: false }, other(pol)).arah).toBe(flip(d.arah));
    }), { numRuns: RUNS });
  });

  it("meetsTarget: a value meets the target under one polarity or the other, under both only when equal", () => {
    fc.assert(fc.property(fc.double({ min: 0, max: 100, noNaN: true }), fc.double({ min: 0, max: 100, noNaN: true }), (v, target) => {
      const up = meetsTarget(v, target, "naik-baik");
      const down = meetsTarget(v, target, "turun-baik");
      expect(up || down).toBe(true);
      expect(up && down).toBe(v === target);
    }), { numRuns: RUNS });
  });
});
