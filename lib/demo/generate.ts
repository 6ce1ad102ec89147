// The demo dataset: deterministic for a given seed and options. The `skala`
// option sizes it (kota now; provinsi/nasional reuse the same generators with
// bulk writers, see docs/demo.md).
import { createRng } from "./prng";
import { generateKader, generatePosyandu, generatePuskesmas, type DemoKader, type DemoKelurahan, type DemoPosyandu, type DemoPuskesmas } from "./generate-org";
import { generateNutrition, generateProfiles, generateReports, type DemoNutrition, type DemoProfile, type DemoReport } from "./generate-data";
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

const POSYANDU_PER_KELURAHAN: Record<DemoScale, [number, number]> = {
  kota: [4, 12],
  provinsi: [3, 8],
  nasional: [2, 5],
};

/** Builds the whole dataset for the given kelurahan (official codes, sorted by code). */
export function generateDemo(kelurahan: DemoKelurahan[], options: DemoOptions = DEFAULT_DEMO_OPTIONS): DemoDataset {
  const rng = createRng(options.seed, options.skala);
  const sorted = [...kelurahan].sort((a, b) => a.code.localeCompare(b.code));
  const periods = periodRange(addMonths(options.endPeriod, -(options.months - 1)), options.endPeriod);
  const lastYear = yearOf(options.endPeriod);
  const puskesmas = generatePuskesmas(sorted);
  const posyandu = generatePosyandu(rng.fork("posyandu"), sorted, puskesmas, POSYANDU_PER_KELURAHAN[options.skala]);
  const kader = generateKader(rng.fork("kader"), posyandu, options.endPeriod);
  const reports = generateReports(rng.fork("laporan"), posyandu, kader, periods);
  const nutrition = generateNutrition(rng.fork("gizi"), sorted, posyandu, reports, periods);
  const profileYears = [...new Set(periods.map(yearOf))].filter((y) => periods.filter((p) => yearOf(p) === y).length >= 8);
  const profiles = generateProfiles(rng.fork("profil"), posyandu, profileYears, lastYear);
  const meetings = options.skala === "kota" ? generateMeetings(sorted, options.endPeriod) : [];
  return { options, periods, puskesmas, posyandu, kader, reports, nutrition, profiles, meetings };
}
