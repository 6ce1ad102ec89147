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

type Group = { g: EppgbmAggregate; firstLine: number };

/** Latest measurement per child per month, then counts per desa/kel × posyandu × month, sorted. */
export function aggregateEppgbm(measurements: readonly EppgbmMeasurement[]): EppgbmAggregate[] {
  // Maps keyed by strings the parse already hashed (child keys, cached place keys) and a small
  // index per month, rather than a new joined key string per row: same groups, less garbage.
  const periods = new Map<string, number>();
  const periodIndex = (period: string) => {
    let i = periods.get(period);
    if (i === undefined) periods.set(period, (i = periods.size));
    return i;
  };

  // Prevalence uses one measurement per child per period (domain.md §3), so repeat visits do not inflate it.
  const latest: Map<string, EppgbmMeasurement>[] = [];
  for (const m of measurements) {
    const byChild = (latest[periodIndex(m.period)] ??= new Map());
    const previous = byChild.get(m.childKey);
    if (!previous || isLater(m, previous)) byChild.set(m.childKey, m);
  }

  // A file names a few hundred places at most; normalise each spelling once.
  const placeKeys = new Map<string, string>();
  const placeKey = (name: string) => {
    let key = placeKeys.get(name);
    if (key === undefined) placeKeys.set(name, (key = normalizePlaceName(name)));
    return key;
  };

  const groups = new Map<string, Map<string, Group[]>>();
  const all: EppgbmAggregate[] = [];
  for (const byChild of latest) {
    for (const m of byChild?.values() ?? []) {
      const desaKelKey = placeKey(m.desaKel);
      const posyanduKey = placeKey(m.posyandu);
      let inVillage = groups.get(desaKelKey);
      if (!inVillage) groups.set(desaKelKey, (inVillage = new Map()));
      let byPeriod = inVillage.get(posyanduKey);
      if (!byPeriod) inVillage.set(posyanduKey, (byPeriod = []));
      const p = periodIndex(m.period);
      let group = byPeriod[p];
      if (!group) {
        const g: EppgbmAggregate = {
          desaKelKey, posyanduKey, desaKelName: m.desaKel, posyanduName: m.posyandu, period: m.period,
          diukurTb: 0, sangatPendek: 0, pendek: 0, diukurBbTb: 0, giziBuruk: 0, giziKurang: 0,
          diukurBb: 0, bbSangatKurang: 0, bbKurang: 0, rows: 0,
        };
        byPeriod[p] = group = { g, firstLine: m.line };
        all.push(g);
      } else if (m.line < group.firstLine) {
        // The display spelling is chosen by line so it does not depend on the order groups fill in.
        group.g.desaKelName = m.desaKel;
        group.g.posyanduName = m.posyandu;
        group.firstLine = m.line;
      }
      count(group.g, m);
    }
  }

  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return all.sort((a, b) => cmp(a.desaKelKey, b.desaKelKey) || cmp(a.posyanduKey, b.posyanduKey) || cmp(a.period, b.period));
}

function count(g: EppgbmAggregate, m: EppgbmMeasurement): void {
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
