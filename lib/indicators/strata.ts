// Posyandu strata (Pratama/Madya/Purnama/Mandiri) for one posyandu-year, from
// that year's monthly reports and annual profile. Pure; thresholds come from a
// versioned rule set (lib/reference/seed.ts, domain.md §1).
import { formatDecimal } from "../format";

export type Stratum = "PRATAMA" | "MADYA" | "PURNAMA" | "MANDIRI";

export type StrataRule = {
  minFrekuensi: number;
  minRerataKader: number;
  minDsPersen: number;
  minCakupanPersen: number;
  minDanaSehatPersen: number;
};

export type StrataMonth = { opened: boolean; kaderOnDuty: number | null; s: number | null; d: number | null };

export type StrataProfile = {
  cakupanKia: number | null;
  cakupanKb: number | null;
  cakupanImunisasi: number | null;
  programTambahan: boolean | null;
  danaSehat: number | null;
} | null;

export type StrataResult = {
  stratum: Stratum;
  /** Months the posyandu opened. */
  frekuensi: number;
  /** Σ kader on duty over open months / frekuensi; null when it never opened. */
  rerataKader: number | null;
  /** 100 × ΣD / ΣS over open months; null when ΣS = 0. */
  dsTahunan: number | null;
  /** What keeps it from the next stratum, in Indonesian (empty for Mandiri). */
  kurang: string[];
};

const pct = (v: number) => `${formatDecimal(v)}%`;

/** What the strata rules read from a year's months: over the open months, their count and sums (blank as 0). */
export type StrataTotals = { frekuensi: number; sumKader: number; sumS: number; sumD: number };

/** The totals of `months` (set-based rebuilds compute the same sums in SQL). */
export function strataTotals(months: StrataMonth[]): StrataTotals {
  const open = months.filter((m) => m.opened);
  return {
    frekuensi: open.length,
    sumKader: open.reduce((s, m) => s + (m.kaderOnDuty ?? 0), 0),
    sumS: open.reduce((s, m) => s + (m.s ?? 0), 0),
    sumD: open.reduce((s, m) => s + (m.d ?? 0), 0),
  };
}

/** Applies the rule table in order (domain.md §1, "our reading"). */
export function computeStrata(months: StrataMonth[], profile: StrataProfile, rule: StrataRule): StrataResult {
  return strataOf(strataTotals(months), profile, rule);
}

/** computeStrata from the year's totals. */
export function strataOf(totals: StrataTotals, profile: StrataProfile, rule: StrataRule): StrataResult {
  const { frekuensi, sumKader, sumS, sumD } = totals;
  const rerataKader = frekuensi > 0 ? sumKader / frekuensi : null;
  const dsTahunan = sumS > 0 ? (100 * sumD) / sumS : null;
  const base = { frekuensi, rerataKader, dsTahunan };

  const pratama: string[] = [];
  if (frekuensi < rule.minFrekuensi) pratama.push(`buka ${frekuensi} bulan < ${rule.minFrekuensi}`);
  if (rerataKader === null || rerataKader < rule.minRerataKader) {
    pratama.push(rerataKader === null ? "tidak ada bulan buka untuk menghitung kader" : `kader rata-rata ${formatDecimal(rerataKader)} < ${rule.minRerataKader}`);
  }
  if (pratama.length > 0) return { stratum: "PRATAMA", ...base, kurang: pratama };

  const madya: string[] = [];
  if (dsTahunan === null) madya.push("D/S tahunan tidak dapat dihitung (S = 0)");
  else if (dsTahunan < rule.minDsPersen) madya.push(`D/S tahunan ${pct(dsTahunan)} < ${rule.minDsPersen}%`);
  const coverage: [string, number | null | undefined][] = [
    ["KIA", profile?.cakupanKia],
    ["KB", profile?.cakupanKb],
    ["imunisasi", profile?.cakupanImunisasi],
  ];
  for (const [label, value] of coverage) {
    if (value === null || value === undefined) madya.push(`cakupan ${label} belum diisi`);
    else if (value < rule.minCakupanPersen) madya.push(`cakupan ${label} ${pct(value)} < ${rule.minCakupanPersen}%`);
  }
  if (madya.length > 0) return { stratum: "MADYA", ...base, kurang: madya };

  const purnama: string[] = [];
  if (profile?.programTambahan !== true) purnama.push(profile?.programTambahan === false ? "belum ada program tambahan" : "program tambahan belum diisi");
  const dana = profile?.danaSehat;
  if (dana === null || dana === undefined) purnama.push("dana sehat belum diisi");
  else if (dana < rule.minDanaSehatPersen) purnama.push(`dana sehat ${pct(dana)} KK < ${rule.minDanaSehatPersen}%`);
  if (purnama.length > 0) return { stratum: "PURNAMA", ...base, kurang: purnama };

  return { stratum: "MANDIRI", ...base, kurang: [] };
}
