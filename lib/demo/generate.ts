// The demo dataset: deterministic for a given seed and options. The `skala`
// option sizes it. kota is generated whole (generateDemo); provinsi and
// nasional are generated per kab/kota (demoPlan + generateDemoChunk) and
// streamed into the database by persist-bulk.ts.
import { createRng, type Rng } from "./prng";
import { generateKader, generatePosyandu, generatePuskesmas, type DemoKader, type DemoKelurahan, type DemoPosyandu, type DemoPuskesmas } from "./generate-org";
import { generateNutritionAt, generateProfiles, generateReports, stuntingLevels, type DemoNutrition, type DemoProfile, type DemoReport } from "./generate-data";
import { generateMeetings, type DemoMeeting } from "./generate-meetings";
import { addMonths, periodRange, yearOf } from "../period";

export type DemoScale = "kota" | "provinsi" | "nasional";

export type DemoOptions = {
  seed: number;
  /** Last month with data; fixed by default so every run is identical. */
  endPeriod: string;
  months: number;
  skala: DemoScale;
};

export const DEFAULT_DEMO_OPTIONS: DemoOptions = { seed: 1872, endPeriod: "2026-10", months: 36, skala: "kota" };

export type DemoDataset = {
  options: DemoOptions;
  periods: string[];
  puskesmas: DemoPuskesmas[];
  posyandu: DemoPosyandu[];
  kader: DemoKader[];
  reports: DemoReport[];
  nutrition: DemoNutrition[];
  profiles: DemoProfile[];
  meetings: DemoMeeting[];
};

/** Posyandu per kelurahan: Jawa Timur has ≈ 8,500 desa/kelurahan and ≈ 46,000 posyandu; Indonesia ≈ 300,000 on ≈ 83,700. */
const POSYANDU_PER_KELURAHAN: Record<DemoScale, [number, number]> = {
  kota: [4, 12],
  provinsi: [3, 8],
  nasional: [2, 5],
};

/** Active kader of a posyandu that is not short of them: ≈ 5.4 kader per posyandu above the kota (≈ 250,000 in Jawa Timur). */
const FULL_KADER: Record<DemoScale, [number, number]> = {
  kota: [5, 9],
  provinsi: [5, 6],
  nasional: [5, 6],
};

/** What every chunk of one dataset shares: periods, seeded generators, stunting ranks over all kelurahan. */
export type DemoPlan = { options: DemoOptions; periods: string[]; rng: Rng; stunting: Map<string, number>; profileYears: number[]; lastYear: number };

/** The organisation and figures of some kelurahan (a chunk of the dataset). */
export type DemoChunk = Pick<DemoDataset, "posyandu" | "kader" | "reports" | "nutrition" | "profiles">;

/** Sorted by code, as the generators expect. */
export const sortKelurahan = (kelurahan: DemoKelurahan[]) => [...kelurahan].sort((a, b) => a.code.localeCompare(b.code));

/** Prepares a dataset over every kelurahan (sorted by code) without generating rows yet. */
export function demoPlan(sorted: DemoKelurahan[], options: DemoOptions = DEFAULT_DEMO_OPTIONS): DemoPlan {
  const rng = createRng(options.seed, options.skala);
  const periods = periodRange(addMonths(options.endPeriod, -(options.months - 1)), options.endPeriod);
  const profileYears = [...new Set(periods.map(yearOf))].filter((y) => periods.filter((p) => yearOf(p) === y).length >= 8);
  return { options, periods, rng, stunting: stuntingLevels(rng.fork("gizi"), sorted), profileYears, lastYear: yearOf(options.endPeriod) };
}

/**
 * Rows for a run of kelurahan (sorted; any split of the sorted list gives the
 * same rows per posyandu as one run over all of it). Kader codes continue
 * from `kaderSerial`.
 */
export function generateDemoChunk(plan: DemoPlan, kelurahan: DemoKelurahan[], puskesmas: DemoPuskesmas[], kaderSerial: number): DemoChunk {
  const { rng, options, periods } = plan;
  const posyandu = generatePosyandu(rng.fork("posyandu"), kelurahan, puskesmas, POSYANDU_PER_KELURAHAN[options.skala]);
  const kader = generateKader(rng.fork("kader"), posyandu, options.endPeriod, kaderSerial, FULL_KADER[options.skala]);
  const reports = generateReports(rng.fork("laporan"), posyandu, kader, periods);
  const nutrition = generateNutritionAt(rng.fork("gizi"), plan.stunting, posyandu, reports, periods);
  const profiles = generateProfiles(rng.fork("profil"), posyandu, plan.profileYears, plan.lastYear);
  return { posyandu, kader, reports, nutrition, profiles };
}

/** Builds the whole dataset for the given kelurahan (official codes, sorted by code). */
export function generateDemo(kelurahan: DemoKelurahan[], options: DemoOptions = DEFAULT_DEMO_OPTIONS): DemoDataset {
  const sorted = sortKelurahan(kelurahan);
  const plan = demoPlan(sorted, options);
  const puskesmas = generatePuskesmas(sorted);
  const chunk = generateDemoChunk(plan, sorted, puskesmas, 0);
  const meetings = options.skala === "kota" ? generateMeetings(sorted, options.endPeriod) : [];
  return { options, periods: plan.periods, puskesmas, ...chunk, meetings };
}
