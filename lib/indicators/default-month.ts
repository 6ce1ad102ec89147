// The month a page opens on when the viewer names none. Pure.
//
// The latest month with any report is often still being entered: early in November, 2 of Kota Metro's 166
// posyandu have sent October, and a page opening on October shows 1 % completeness and the D/S of two posyandu as
// "the latest figures". So a month that has received fewer than `minPercent` % as many reports as the month before
// it is passed over for that month. Compared with the month before, not with the active posyandu: an area where
// many posyandu never report is not "still reporting", and the month before is a count every level has (a
// province's AreaKader row may sum only the kab/kota that reported, lib/rollup/kader.ts). One step only: the
// previous month is shown even if it lags too, rather than a page opening on a month long past.

/** Posyandu reports received for one month (AreaMonth.melapor summed over the area). */
export type MonthReports = { periode: string; melapor: number };

/** Default share of the previous month's reports a month needs to be the default one, in percent ([U]). */
export const DEFAULT_MIN_REPORTING = 50;

/** `latest` is still being reported: fewer than `minPercent` % of `previous`'s reports. No reports before: not judged. */
export function stillReporting(latest: MonthReports, previous: MonthReports | null, minPercent: number): boolean {
  return !!previous && previous.melapor > 0 && latest.melapor * 100 < minPercent * previous.melapor;
}

export type DefaultMonth = {
  /** The month pages open on. */
  bulan: string;
  /** The latest month and the one before, when the latest was passed over because its reports are still coming in. */
  dilewati: { bulan: MonthReports; sebelumnya: MonthReports } | null;
};

/**
 * `latest` is the latest month with any report, `previous` the month before it (null when it has none).
 * `minPercent` 0 turns the rule off (always the latest month).
 */
export function chooseDefaultMonth(latest: MonthReports, previous: MonthReports | null, minPercent: number): DefaultMonth {
  if (!previous || !stillReporting(latest, previous, minPercent)) return { bulan: latest.periode, dilewati: null };
  return { bulan: previous.periode, dilewati: { bulan: latest, sebelumnya: previous } };
}
