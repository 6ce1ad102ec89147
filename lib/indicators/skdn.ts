// SKDN and reporting completeness for a month, from summed counts. Each ratio
// is summed only over reports that filled both of its fields, so numerator
// and denominator always describe the same posyandu. N/D is computed on D − O − B
// (domain.md): children weighed for the first time (B) or not weighed last month
// (O) cannot be judged naik or tidak naik. A report that left O or B blank
// subtracts only what it filled; the count of such reports travels with the rate
// so the screen can say which denominator it used. Pure.
import { rate, type Rate } from "./rate";

export type MonthlyRow = { opened: boolean; s: number | null; k: number | null; d: number | null; n: number | null; o: number | null; b: number | null; bgm: number | null; t2: number | null };

/** Additive counts for one area × month. */
export type SkdnCounts = {
  posyanduAktif: number;
  melapor: number;
  buka: number;
  ks_k: number; ks_s: number;
  ds_d: number; ds_s: number;
  /** N and D − O − B over the reports that filled N and D. */
  nd_n: number; nd_d: number;
  /** Of those reports, the ones whose O or B was blank (their denominator is not the full D − O − B). */
  ndTanpaOb: number;
  bgm: number; bgm_d: number;
  t2: number; t2_d: number;
  dMelebihiS: number;
};

export const ZERO_SKDN: SkdnCounts = { posyanduAktif: 0, melapor: 0, buka: 0, ks_k: 0, ks_s: 0, ds_d: 0, ds_s: 0, nd_n: 0, nd_d: 0, ndTanpaOb: 0, bgm: 0, bgm_d: 0, t2: 0, t2_d: 0, dMelebihiS: 0 };

/** Counts of one posyandu's month (row absent = did not report). */
export function skdnCountsOf(row: MonthlyRow | undefined, active: boolean): SkdnCounts {
  const c = { ...ZERO_SKDN, posyanduAktif: active ? 1 : 0 };
  if (!row) return c;
  c.melapor = 1;
  c.buka = row.opened ? 1 : 0;
  const pair = (a: number | null, b: number | null): [number, number] => (a !== null && b !== null ? [a, b] : [0, 0]);
  [c.ks_k, c.ks_s] = pair(row.k, row.s);
  [c.ds_d, c.ds_s] = pair(row.d, row.s);
  if (row.n !== null && row.d !== null) {
    c.nd_n = row.n;
    c.nd_d = row.d - (row.o ?? 0) - (row.b ?? 0);
    c.ndTanpaOb = row.o === null || row.b === null ? 1 : 0;
  }
  [c.bgm, c.bgm_d] = pair(row.bgm, row.d);
  [c.t2, c.t2_d] = pair(row.t2, row.d);
  c.dMelebihiS = row.d !== null && row.s !== null && row.d > row.s ? 1 : 0;
  return c;
}

/** N/D with the reports whose O or B was blank (so the denominator used is partly plain D). */
export type NdRate = Rate & { laporan_tanpa_ob: number };

export type SkdnIndicators = {
  k_s: Rate; d_s: Rate; n_d: NdRate; bgm_d: Rate; t2_d: Rate;
  kelengkapan_laporan: Rate; posyandu_buka: Rate;
};

/** K/S, D/S, N/D, BGM/D, 2T/D and completeness from summed counts. */
export function skdnIndicators(c: SkdnCounts): SkdnIndicators {
  return {
    k_s: rate(c.ks_k, c.ks_s),
    d_s: rate(c.ds_d, c.ds_s),
    n_d: ndRate(c),
    bgm_d: rate(c.bgm, c.bgm_d),
    t2_d: rate(c.t2, c.t2_d),
    kelengkapan_laporan: rate(c.melapor, c.posyanduAktif),
    posyandu_buka: rate(c.buka, c.posyanduAktif),
  };
}

/** N over D − O − B, with the reports that left O or B blank. */
export function ndRate(c: SkdnCounts): NdRate {
  return { ...rate(c.nd_n, c.nd_d), laporan_tanpa_ob: c.ndTanpaOb };
}

/** The bars of an SKDN chart from summed counts: S, K, D, N (each over the reports that filled it), D/S and N/D. */
export function skdnBars(c: SkdnCounts): { s: number; k: number; d: number; n: number; ds: Rate; nd: NdRate } {
  return { s: c.ds_s, k: c.ks_k, d: c.ds_d, n: c.nd_n, ds: rate(c.ds_d, c.ds_s), nd: ndRate(c) };
}
