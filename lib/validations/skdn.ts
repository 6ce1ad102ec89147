// SKDN consistency rules for one monthly report, shared by the importer and the
// monthly-report form so both accept and flag exactly the same things.
// Impossible combinations are errors; D > S is a warning stored as the
// quality flag D_GT_S (balita from outside the area are weighed too).

export type SkdnValues = {
  period: string;
  opened: boolean;
  kaderOnDuty: number | null;
  s: number | null;
  k: number | null;
  d: number | null;
  n: number | null;
  /** O: weighed this month but not last month; B: weighed for the first time. Both are among D (D = N + T + O + B). */
  o: number | null;
  b: number | null;
  bgm: number | null;
  t2: number | null;
};

export type SkdnProblem = { field: "periode" | "kader_bertugas" | "s" | "k" | "d" | "n" | "o" | "b" | "bgm" | "t2"; message: string };

export type SkdnCheck = { errors: SkdnProblem[]; warnings: SkdnProblem[]; qualityFlags: string | null };

/** Checks one report against the SKDN logic; `today` is YYYY-MM-DD. */
export function checkSkdn(v: SkdnValues, today: string): SkdnCheck {
  const errors: SkdnProblem[] = [];
  const warnings: SkdnProblem[] = [];
  if (v.period > today.slice(0, 7)) errors.push({ field: "periode", message: `periode ${v.period} belum terjadi` });
  const le = (a: number | null, b: number | null, an: SkdnProblem["field"], bn: string) => {
    if (a !== null && b !== null && a > b) errors.push({ field: an, message: `${an.toUpperCase().replace("T2", "2T")} (${a}) lebih besar dari ${bn} (${b})` });
  };
  le(v.k, v.s, "k", "S");
  le(v.o, v.d, "o", "D");
  le(v.b, v.d, "b", "D");
  // N, O and B are disjoint parts of D (D = N + T + O + B): N/D is computed on D − O − B (domain.md), so N may not exceed it.
  const o = v.o ?? 0, b = v.b ?? 0;
  const partsFit = !errors.some((e) => e.field === "o" || e.field === "b");
  if (partsFit && v.d !== null && o + b > v.d) errors.push({ field: "o", message: `O + B (${o + b}) lebih besar dari D (${v.d})` });
  else if (partsFit && v.n !== null && v.d !== null && v.n > v.d - o - b) {
    errors.push({ field: "n", message: v.o === null && v.b === null ? `N (${v.n}) lebih besar dari D (${v.d})` : `N (${v.n}) lebih besar dari D − O − B (${v.d - o - b})` });
  }
  le(v.bgm, v.d, "bgm", "D");
  le(v.t2, v.d, "t2", "D");
  let qualityFlags: string | null = null;
  if (v.d !== null && v.s !== null && v.d > v.s) {
    warnings.push({ field: "d", message: `D (${v.d}) lebih besar dari S (${v.s}); disimpan dengan tanda mutu data D_GT_S` });
    qualityFlags = "D_GT_S";
  }
  if (!v.opened && (v.d ?? 0) > 0) errors.push({ field: "d", message: "posyandu tercatat tidak buka tetapi D lebih dari 0" });
  if (v.opened && v.s === null) warnings.push({ field: "s", message: "S kosong: D/S bulan ini tidak dapat dihitung" });
  return { errors, warnings, qualityFlags };
}
