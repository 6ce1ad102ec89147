// Counts from parsed e-PPGBM measurements per desa/kelurahan × posyandu × month. Pure.
// Output carries counts only (numerators and denominators), never a child key.
import type { EppgbmMeasurement } from "./eppgbm";
import { normalizePlaceName } from "./eppgbm-fields";

/**
 * Counts for one desa/kel × posyandu × month. Categories are disjoint: stunted = sangatPendek +
 * pendek, over diukurTb. Each denominator counts only children whose status for that index is filled.
 */
export type EppgbmAggregate = {
  desaKelKey: string;
  posyanduKey: string;
  /** Spelling from the lowest line counted in this group, for display and matching messages. */
  desaKelName: string;
  posyanduName: string;
  period: string;
  diukurTb: number;
  sangatPendek: number;
  pendek: number;
  diukurBbTb: number;
  giziBuruk: number;
  giziKurang: number;
  diukurBb: number;
  bbSangatKurang: number;
  bbKurang: number;
  /** Children counted (one latest measurement each). */
  rows: number;
};

/** True when `a` replaces `b` as a child's measurement of the month: later date, then higher line. */
function isLater(a: EppgbmMeasurement, b: EppgbmMeasurement): boolean {
  return a.measuredOn > b.measuredOn || (a.measuredOn === b.measuredOn && a.line > b.line);
}

/** Latest measurement per child per month, then counts per desa/kel × posyandu × month, sorted. */
export function aggregateEppgbm(measurements: readonly EppgbmMeasurement[]): EppgbmAggregate[] {
  // Prevalence uses one measurement per child per period (domain.md §3), so repeat visits do not inflate it.
  const latest = new Map<string, EppgbmMeasurement>();
  for (const m of measurements) {
    const key = `${m.childKey}\u0000${m.period}`;
    const previous = latest.get(key);
    if (!previous || isLater(m, previous)) latest.set(key, m);
  }

  // A file names a few hundred places at most; normalise each spelling once.
  const placeKeys = new Map<string, string>();
  const placeKey = (name: string) => {
    let key = placeKeys.get(name);
    if (key === undefined) placeKeys.set(name, (key = normalizePlaceName(name)));
    return key;
  };

  const groups = new Map<string, EppgbmAggregate>();
  const firstLine = new Map<string, number>();
  for (const m of latest.values()) {
    const desaKelKey = placeKey(m.desaKel);
    const posyanduKey = placeKey(m.posyandu);
    const groupKey = `${desaKelKey}\u0000${posyanduKey}\u0000${m.period}`;
    let g = groups.get(groupKey);
    if (!g) {
      g = {
        desaKelKey, posyanduKey, desaKelName: m.desaKel, posyanduName: m.posyandu, period: m.period,
        diukurTb: 0, sangatPendek: 0, pendek: 0, diukurBbTb: 0, giziBuruk: 0, giziKurang: 0,
        diukurBb: 0, bbSangatKurang: 0, bbKurang: 0, rows: 0,
      };
      groups.set(groupKey, g);
      firstLine.set(groupKey, m.line);
    } else if (m.line < (firstLine.get(groupKey) ?? 0)) {
      // Map order follows the input, so the display spelling is chosen by line to stay deterministic.
      g.desaKelName = m.desaKel;
      g.posyanduName = m.posyandu;
      firstLine.set(groupKey, m.line);
    }
    g.rows++;
    if (m.tbu !== null) {
      g.diukurTb++;
      if (m.tbu === "sangat_pendek") g.sangatPendek++;
      else if (m.tbu === "pendek") g.pendek++;
    }
    if (m.bbtb !== null) {
      g.diukurBbTb++;
      if (m.bbtb === "gizi_buruk") g.giziBuruk++;
      else if (m.bbtb === "gizi_kurang") g.giziKurang++;
    }
    if (m.bbu !== null) {
      g.diukurBb++;
      if (m.bbu === "bb_sangat_kurang") g.bbSangatKurang++;
      else if (m.bbu === "bb_kurang") g.bbKurang++;
    }
  }

  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...groups.values()]
    .sort((a, b) => cmp(a.desaKelKey, b.desaKelKey) || cmp(a.posyanduKey, b.posyanduKey) || cmp(a.period, b.period));
}
