// Synthetic monthly SKDN reports, Feb/Aug nutrition aggregates and annual
// profiles, shaped so each posyandu reaches the stratum it was given, with
// seasonality, a few missing months and a few implausible rows (D > S).
import type { Rng } from "./prng";
import type { DemoKader, DemoKelurahan, DemoPosyandu, Maturity } from "./generate-org";
import { isMeasurementMonth, monthOf, yearOf } from "../period";

export type DemoReport = {
  posyanduCode: string; period: string; opened: boolean; kaderOnDuty: number;
  s: number; k: number; d: number; n: number; o: number; b: number; bgm: number; t2: number; qualityFlags: string | null;
};
export type DemoNutrition = {
  posyanduCode: string; period: string;
  diukurTb: number; sangatPendek: number; pendek: number;
  diukurBbTb: number; giziBuruk: number; giziKurang: number;
  diukurBb: number; bbSangatKurang: number; bbKurang: number;
};
export type DemoProfile = {
  posyanduCode: string; year: number; cakupanKia: number; cakupanKb: number; cakupanImunisasi: number;
  programTambahan: boolean; danaSehat: number; alatUkurLengkap: boolean;
};

const ORDER: Maturity[] = ["PRATAMA", "MADYA", "PURNAMA", "MANDIRI"];

/** The stratum a posyandu is built to reach in `year`: the target in the last year, sometimes one lower before. */
export function yearTarget(rng: Rng, p: DemoPosyandu, year: number, lastYear: number): Maturity {
  if (year >= lastYear) return p.target;
  const i = ORDER.indexOf(p.target);
  const lower = rng.fork(`${p.code}/${year}`).chance(0.3 * (lastYear - year));
  return ORDER[Math.max(0, lower ? i - 1 : i)]!;
}

/** Count drawn around n·p (normal approximation of a binomial), within 0..n. */
function binom(r: Rng, n: number, p: number): number {
  const mean = n * p;
  const sd = Math.sqrt(n * p * (1 - p));
  return Math.max(0, Math.min(n, Math.round(mean + sd * r.normal())));
}

/** Seasonal shift of D/S: higher in bulan penimbangan, lower around Lebaran and year end. */
function seasonal(period: string): number {
  if (isMeasurementMonth(period)) return 0.08;
  const m = monthOf(period);
  if (m === 4 || m === 6) return -0.05;
  if (m === 12) return -0.04;
  return 0;
}

/** Monthly SKDN rows for every posyandu and period (some months absent on purpose). */
export function generateReports(rng: Rng, posyandu: DemoPosyandu[], kader: DemoKader[], periods: string[]): DemoReport[] {
  const activeKader = new Map<string, number>();
  for (const k of kader) if (k.active) activeKader.set(k.posyanduCode, (activeKader.get(k.posyanduCode) ?? 0) + 1);
  const lastYear = yearOf(periods[periods.length - 1]!);
  const out: DemoReport[] = [];
  for (const p of posyandu) {
    const r = rng.fork(p.code);
    // O and B come from their own stream, so adding them left every other generated figure as it was.
    const rOb = rng.fork(`${p.code}/ob`);
    const kaderCount = activeKader.get(p.code) ?? 0;
    const baseDs = r.float(0.62, 0.82);
    const lowDs = r.chance(0.5);
    const years = [...new Set(periods.map(yearOf))];
    for (const year of years) {
      const months = periods.filter((x) => yearOf(x) === year);
      const target = yearTarget(rng, p, year, lastYear);
      const sparse = target === "PRATAMA" && (p.pratamaCause === "FREKUENSI" || kaderCount >= 5);
      // Non-Pratama posyandu lose at most two months a year, so they keep frekuensi ≥ 8.
      const closed = new Set(r.shuffle(months).slice(0, sparse ? Math.max(months.length - r.int(4, 6), 0) : r.int(0, 1)));
      const missing = sparse ? new Set<string>() : new Set(r.shuffle(months.filter((m) => !closed.has(m))).slice(0, r.chance(0.25) ? 1 : 0));
      for (const period of months) {
        if (missing.has(period)) continue;
        const s = p.balita + Math.round((year - lastYear) * 2 + r.normal());
        const k = Math.round(s * r.float(0.86, 1));
        if (closed.has(period)) {
          out.push({ posyanduCode: p.code, period, opened: false, kaderOnDuty: 0, s, k, d: 0, n: 0, o: 0, b: 0, bgm: 0, t2: 0, qualityFlags: null });
          continue;
        }
        const ds = (target === "MADYA" && lowDs ? 0.4 : baseDs) + seasonal(period) + r.float(-0.03, 0.03);
        let d = Math.min(s, Math.round(s * ds));
        let flags: string | null = null;
        if (r.chance(0.004)) {
          d = s + r.int(1, 6); // implausible row kept on purpose for data-quality checks
          flags = "D_GT_S";
        }
        const onDuty = kaderCount >= 6 && r.chance(0.15) ? kaderCount - 1 : kaderCount;
        const n = Math.round(d * r.float(0.62, 0.86));
        // O (not weighed last month) and B (first weighing) are the rest of D besides N and T: N ≤ D − O − B.
        const o = Math.min(d - n, binom(rOb, d, 0.05));
        const b = Math.min(d - n - o, binom(rOb, d, 0.02));
        out.push({ posyanduCode: p.code, period, opened: true, kaderOnDuty: onDuty, s, k, d, n, o, b, bgm: binom(r, d, 0.012), t2: binom(r, d, 0.03), qualityFlags: flags });
      }
    }
  }
  return out;
}

/**
 * e-PPGBM aggregates for Feb/Aug: each kelurahan gets a clearly different
 * stunting level (about 6–30%) that falls slowly over time.
 */
export function generateNutrition(rng: Rng, kelurahan: DemoKelurahan[], posyandu: DemoPosyandu[], reports: DemoReport[], periods: string[]): DemoNutrition[] {
  return generateNutritionAt(rng, stuntingLevels(rng, kelurahan), posyandu, reports, periods);
}

/** Each kelurahan's stunting level (about 6–30%), ranked over every kelurahan of the dataset. */
export function stuntingLevels(rng: Rng, kelurahan: DemoKelurahan[]): Map<string, number> {
  const ranks = rng.fork("stunting-rank").shuffle(kelurahan.map((k) => k.code));
  return new Map(ranks.map((code, i) => [code, 0.06 + (0.24 * i) / Math.max(1, ranks.length - 1)]));
}

/** generateNutrition for part of the posyandu, with levels from `stuntingLevels` over the whole dataset. */
export function generateNutritionAt(rng: Rng, level: Map<string, number>, posyandu: DemoPosyandu[], reports: DemoReport[], periods: string[]): DemoNutrition[] {
  const reportOf = new Map(reports.map((x) => [`${x.posyanduCode}|${x.period}`, x]));
  const first = periods[0]!;
  const out: DemoNutrition[] = [];
  for (const p of posyandu) {
    const r = rng.fork(`gizi/${p.code}`);
    const base = (level.get(p.kelurahanCode) ?? 0.15) * r.float(0.85, 1.15);
    const wasting = r.float(0.03, 0.09);
    const underweight = r.float(0.08, 0.18);
    for (const period of periods.filter(isMeasurementMonth)) {
      const rep = reportOf.get(`${p.code}|${period}`);
      if (!rep || !rep.opened) continue;
      const yearsIn = (yearOf(period) - yearOf(first)) + (monthOf(period) - monthOf(first)) / 12;
      const stunting = Math.max(0.02, base - 0.009 * yearsIn);
      const diukurTb = Math.max(0, Math.min(rep.d, rep.s) - r.int(0, 3));
      const stunted = binom(r, diukurTb, stunting);
      const sangatPendek = binom(r, stunted, 0.3);
      const diukurBbTb = Math.max(0, diukurTb - r.int(0, 2));
      const wasted = binom(r, diukurBbTb, wasting);
      const diukurBb = Math.min(rep.s, rep.d);
      const under = binom(r, diukurBb, underweight);
      out.push({
        posyanduCode: p.code, period, diukurTb, sangatPendek, pendek: stunted - sangatPendek,
        diukurBbTb, giziBuruk: binom(r, wasted, 0.2), giziKurang: 0, diukurBb, bbSangatKurang: binom(r, under, 0.25), bbKurang: 0,
      });
      const last = out[out.length - 1]!;
      last.giziKurang = wasted - last.giziBuruk;
      last.bbKurang = under - last.bbSangatKurang;
    }
  }
  return out;
}

/** Annual profiles (coverage, additional programme, dana sehat) consistent with each year's target. */
export function generateProfiles(rng: Rng, posyandu: DemoPosyandu[], years: number[], lastYear: number): DemoProfile[] {
  const out: DemoProfile[] = [];
  for (const p of posyandu) {
    const r = rng.fork(`profil/${p.code}`);
    for (const year of years) {
      const target = yearTarget(rng, p, year, lastYear);
      const good = () => Math.round(r.float(55, 95) * 10) / 10;
      const cov = { cakupanKia: good(), cakupanKb: good(), cakupanImunisasi: good() };
      if (target === "MADYA" || (target === "PRATAMA" && r.chance(0.5))) {
        const key = r.pick(["cakupanKia", "cakupanKb", "cakupanImunisasi"] as const);
        cov[key] = Math.round(r.float(30, 48) * 10) / 10;
      }
      const mandiri = target === "MANDIRI";
      const programTambahan = mandiri || (target === "PURNAMA" ? r.chance(0.5) : r.chance(0.3));
      out.push({
        posyanduCode: p.code, year, ...cov, programTambahan,
        danaSehat: Math.round((mandiri ? r.float(52, 85) : r.float(10, 48)) * 10) / 10,
        alatUkurLengkap: target === "PRATAMA" ? r.chance(0.5) : r.chance(0.9),
      });
    }
  }
  return out;
}
