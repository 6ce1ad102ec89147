// The one shape every rate on screen has: numerator, denominator, value, n and
// flags — never a bare percentage (conventions.md). Pure.
import type { LeftOut } from "./nutrition-sources";

export type Rate = {
  pembilang: number;
  penyebut: number;
  /** 100 × pembilang / penyebut, unrounded; null when penyebut is 0 ("tidak ada data"). */
  nilai: number | null;
  /** Size of the base the rate rests on (children measured, posyandu, …). */
  n: number;
  tidak_ada_data: boolean;
  /** True when n is below the small-n threshold (only where one applies). */
  n_kecil: boolean;
  /** Wilson 95% interval in percent, for prevalences. */
  ci95?: [number, number];
  /** Nutrition only: measurements from sources this figure leaves out (sources are never mixed), each with its n. */
  sumber_lain?: LeftOut[];
};

export type RateOptions = { smallN?: number; wilson?: boolean };

/** Default small-n threshold for prevalences ([U], configurable; docs/indicators.md). */
export const DEFAULT_SMALL_N = 30;

/** The small-n flag of a prevalence resting on n children measured (what `rate` sets with the default threshold). */
export function smallPrevalenceN(n: number, smallN = DEFAULT_SMALL_N): boolean {
  return n > 0 && n < smallN;
}

/** Wilson score interval (95%) for x successes of n, in percent. */
export function wilson95(x: number, n: number): [number, number] {
  if (n === 0) return [0, 100];
  const z = 1.959963984540054;
  const p = x / n;
  const denom = 1 + (z * z) / n;
  const centre = (p + (z * z) / (2 * n)) / denom;
  const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / denom;
  // At 0% and 100% the bound equals the estimate exactly; rounding put it 1e-15 off, outside its own interval.
  const lo = x === 0 ? 0 : Math.max(0, centre - half);
  const hi = x === n ? 1 : Math.min(1, centre + half);
  return [100 * lo, 100 * hi];
}

/** A rate from summed counts; a zero denominator gives "tidak ada data", not 0%. */
export function rate(pembilang: number, penyebut: number, opts: RateOptions = {}): Rate {
  const r: Rate = {
    pembilang,
    penyebut,
    nilai: penyebut > 0 ? (100 * pembilang) / penyebut : null,
    n: penyebut,
    tidak_ada_data: penyebut === 0,
    n_kecil: opts.smallN !== undefined && smallPrevalenceN(penyebut, opts.smallN),
  };
  if (opts.wilson && penyebut > 0) r.ci95 = wilson95(pembilang, penyebut);
  return r;
}

/** Adds count records field by field (aggregation up the tree sums counts, never percentages). */
export function sumCounts<T extends Record<string, number>>(items: readonly T[], zero: T): T {
  const out = { ...zero };
  for (const item of items) for (const k of Object.keys(zero) as (keyof T)[]) (out[k] as number) += item[k] as number;
  return out;
}
