// Stunting, severe stunting, wasting and underweight for a measurement period,
// per source (routine e-PPGBM and surveys are never mixed). Pure.
import { DEFAULT_SMALL_N, rate, type Rate } from "./rate";

export type NutritionCounts = {
  diukurTb: number; sangatPendek: number; pendek: number;
  diukurBbTb: number; giziBuruk: number; giziKurang: number;
  diukurBb: number; bbSangatKurang: number; bbKurang: number;
};

export const ZERO_NUTRITION: NutritionCounts = { diukurTb: 0, sangatPendek: 0, pendek: 0, diukurBbTb: 0, giziBuruk: 0, giziKurang: 0, diukurBb: 0, bbSangatKurang: 0, bbKurang: 0 };

export type NutritionIndicators = { stunting: Rate; stunting_berat: Rate; wasting: Rate; underweight: Rate };

type StuntingCounts = Pick<NutritionCounts, "diukurTb" | "sangatPendek" | "pendek">;

/** Stunting prevalence alone (severe + moderate over children measured for height), as in nutritionIndicators. */
export function stuntingRate(c: StuntingCounts, smallN = DEFAULT_SMALL_N): Rate {
  return rate(c.sangatPendek + c.pendek, c.diukurTb, { smallN, wilson: true });
}

/** Prevalences with Wilson 95% intervals and the small-n flag (threshold configurable, default 30). */
export function nutritionIndicators(c: NutritionCounts, smallN = DEFAULT_SMALL_N): NutritionIndicators {
  const opts = { smallN, wilson: true };
  return {
    stunting: stuntingRate(c, smallN),
    stunting_berat: rate(c.sangatPendek, c.diukurTb, opts),
    wasting: rate(c.giziBuruk + c.giziKurang, c.diukurBbTb, opts),
    underweight: rate(c.bbSangatKurang + c.bbKurang, c.diukurBb, opts),
  };
}
