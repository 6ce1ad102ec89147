// Keeps the rollup tables equal to the base tables. Every write calls
// refreshRollups() inside its own transaction with what it touched; the
// affected kelurahan rows are recomputed from base rows and every ancestor is
// re-summed from its children, so the sums can never drift (tests compare).
import type { Tx } from "../import/kind";
import { parentOfCode } from "../wilayah/codes";
import { periodRange, yearOf } from "../period";
import { sumCounts } from "../indicators/rate";
import { skdnCountsOf, ZERO_SKDN, type SkdnCounts } from "../indicators/skdn";
import { ZERO_NUTRITION } from "../indicators/nutrition";
import { ZERO_STRATA } from "../indicators/strata-distribution";
import { refreshPosyanduYears } from "./posyandu-year";
import { bumpDataVersion, DATA_FAMILIES, type DataFamily } from "../db/data-version";
import { chunked, dialectOf, prismaRunner, type SqlRunner } from "./sql";
import { refreshRollupsSql, rolledFrom } from "./refresh-sql";
import { ancestorLevels, perChunk } from "./levels";
import { refreshKader } from "./kader";

export type Touched = {
  posyanduIds?: number[];
  /** Kelurahan touched as a whole: whose posyandu set changed (a posyandu moved or was (de)activated), or whose rows a bulk import changed. */
  kelurahanCodes?: string[];
  periods?: string[];
  years?: number[];
  /** Recompute every period and year these posyandu/kelurahan have (moves, kader changes, rebuilds). */
  all?: boolean;
  /**
   * The write changed no kader, membership, training or posyandu (reports, gizi, profiles): AreaKader rows
   * that exist stay right, only months not rolled up yet are computed.
   */
  kaderUnchanged?: boolean;
  /** The data families the write changed (lib/db/data-version.ts); default: all. */
  changes?: readonly DataFamily[];
};

/** From this many touched kelurahan on, the refresh runs as set-based SQL (refresh-sql.ts). */
export const SQL_REFRESH_FROM = 200;

export type RefreshOptions = {
  /** Raw SQL on the transaction's connection (an import's direct runner); default: through Prisma. */
  run?: SqlRunner;
  /** Overrides SQL_REFRESH_FROM (tests compare both paths). */
  sqlFrom?: number;
};

/** Recomputes the rollups for what a write touched; call it inside the write's transaction. */
export async function refreshRollups(tx: Tx, touched: Touched, opts: RefreshOptions = {}): Promise<void> {
  const ids = [...new Set(touched.posyanduIds ?? [])];
  const fromIds = await perChunk(ids, (c) => tx.posyandu.findMany({ where: { id: { in: c } }, select: { kelurahanCode: true } }));
  const kel = [...new Set([...fromIds.map((p) => p.kelurahanCode), ...(touched.kelurahanCodes ?? [])])];
  if (kel.length === 0) return;
  // Cached dashboard figures (lib/queries/cache.ts) become unreachable when this transaction commits.
  await bumpDataVersion(tx, touched.changes);
  // A write names the families it changed (e.g. a report import): the rollups of the others are left alone.
  const changes = touched.changes ?? DATA_FAMILIES;
  let periods = [...new Set(touched.periods ?? [])];
  let years = [...new Set(touched.years ?? [])];
  if (touched.all) {
    const bounds = await perChunk(kel, async (c) => {
      const b = await tx.monthlyReport.aggregate({ where: { posyandu: { kelurahanCode: { in: c } } }, _min: { period: true }, _max: { period: true } });
      return b._min.period && b._max.period ? [b._min.period, b._max.period] : [];
    });
    const nut = await perChunk(kel, (c) => tx.nutritionAggregate.findMany({ where: { posyandu: { kelurahanCode: { in: c } } }, select: { period: true }, distinct: ["period"] }));
    const range = bounds.length ? periodRange(bounds.reduce((a, b) => (b < a ? b : a)), bounds.reduce((a, b) => (b > a ? b : a))) : [];
    periods = [...new Set([...periods, ...range, ...nut.map((n) => n.period)])];
    years = [...new Set([...years, ...range.map(yearOf)])];
  }
  if (kel.length >= (opts.sqlFrom ?? SQL_REFRESH_FROM)) {
    await refreshRollupsSql(opts.run ?? prismaRunner(tx, dialectOf(tx)), tx, kel, periods, years, changes);
  } else {
    const allPosyandu = await perChunk(kel, (c) => tx.posyandu.findMany({ where: { kelurahanCode: { in: c } }, select: { id: true } }));
    if (years.length) await refreshPosyanduYears(tx, allPosyandu.map((p) => p.id), years);
    if (periods.length && rolledFrom(changes, "reports")) await refreshMonths(tx, kel, periods);
    if (periods.length && rolledFrom(changes, "nutrition")) await refreshNutrition(tx, kel, periods);
    if (years.length) await refreshYears(tx, kel, years);
  }
  // Kader counts as of each month end: the touched months, their Decembers and (all) every month already rolled up.
  await refreshKader(tx, kel, periods, touched.all === true, touched.kaderUnchanged === true && touched.all !== true);
}

type MonthCounts = Omit<SkdnCounts, "posyanduAktif">;
const ZERO_MONTH: MonthCounts = (({ posyanduAktif: _a, ...rest }) => (void _a, rest))(ZERO_SKDN);
const monthCounts = (c: MonthCounts): MonthCounts => Object.fromEntries(Object.keys(ZERO_MONTH).map((k) => [k, c[k as keyof MonthCounts]])) as MonthCounts;

/** Sums month counts per area × period (latest entry time kept for "data terakhir"). */
function groupMonths(items: { area: string; period: string; counts: MonthCounts; last: Date | null }[]) {
  const m = new Map<string, { areaCode: string; period: string; parentCode: string | null; lastEntered: Date | null } & MonthCounts>();
  for (const it of items) {
    const key = `${it.area}|${it.period}`;
    const prev = m.get(key);
    const last = prev?.lastEntered && (!it.last || prev.lastEntered > it.last) ? prev.lastEntered : it.last;
    m.set(key, { areaCode: it.area, period: it.period, parentCode: parentOfCode(it.area), lastEntered: last, ...sumCounts([prev ? monthCounts(prev) : ZERO_MONTH, it.counts], ZERO_MONTH) });
  }
  return [...m.values()];
}

async function refreshMonths(tx: Tx, kel: string[], periods: string[]) {
  const rows = await perChunk(kel, (c) => tx.monthlyReport.findMany({
    where: { period: { in: periods }, posyandu: { kelurahanCode: { in: c }, active: true } },
    select: { period: true, opened: true, s: true, k: true, d: true, n: true, o: true, b: true, bgm: true, t2: true, enteredAt: true, posyandu: { select: { kelurahanCode: true } } },
  }));
  const base = groupMonths(rows.map((r) => ({ area: r.posyandu.kelurahanCode, period: r.period, counts: monthCounts(skdnCountsOf(r, false)), last: r.enteredAt })));
  for (const c of chunked(kel)) await tx.areaMonth.deleteMany({ where: { areaCode: { in: c }, period: { in: periods } } });
  await tx.areaMonth.createMany({ data: base });
  for (const level of ancestorLevels(kel)) {
    const children = await perChunk(level, (c) => tx.areaMonth.findMany({ where: { parentCode: { in: c }, period: { in: periods } } }));
    for (const c of chunked(level)) await tx.areaMonth.deleteMany({ where: { areaCode: { in: c }, period: { in: periods } } });
    await tx.areaMonth.createMany({ data: groupMonths(children.map((c) => ({ area: c.parentCode!, period: c.period, counts: monthCounts(c), last: c.lastEntered }))) });
  }
}

async function refreshNutrition(tx: Tx, kel: string[], periods: string[]) {
  const rows = await perChunk(kel, (c) => tx.nutritionAggregate.findMany({
    where: { period: { in: periods }, posyandu: { kelurahanCode: { in: c }, active: true } },
    select: { period: true, source: true, diukurTb: true, sangatPendek: true, pendek: true, diukurBbTb: true, giziBuruk: true, giziKurang: true, diukurBb: true, bbSangatKurang: true, bbKurang: true, enteredAt: true, posyandu: { select: { kelurahanCode: true } } },
  }));
  type Row = { areaCode: string; period: string; source: (typeof rows)[number]["source"]; parentCode: string | null; lastEntered: Date | null } & typeof ZERO_NUTRITION;
  const group = (items: { area: string; period: string; source: Row["source"]; counts: typeof ZERO_NUTRITION; last: Date | null }[]) => {
    const m = new Map<string, Row>();
    for (const it of items) {
      const key = `${it.area}|${it.period}|${it.source}`;
      const prev = m.get(key);
      const counts = sumCounts([prev ?? ZERO_NUTRITION, it.counts].map((c) => pick(c)), ZERO_NUTRITION);
      const last = prev?.lastEntered && (!it.last || prev.lastEntered > it.last) ? prev.lastEntered : it.last;
      m.set(key, { areaCode: it.area, period: it.period, source: it.source, parentCode: parentOfCode(it.area), lastEntered: last, ...counts });
    }
    return [...m.values()];
  };
  const base = group(rows.map(({ posyandu, period, source, enteredAt, ...counts }) => ({ area: posyandu.kelurahanCode, period, source, counts, last: enteredAt })));
  for (const c of chunked(kel)) await tx.areaNutrition.deleteMany({ where: { areaCode: { in: c }, period: { in: periods } } });
  await tx.areaNutrition.createMany({ data: base });
  for (const level of ancestorLevels(kel)) {
    const children = await perChunk(level, (c) => tx.areaNutrition.findMany({ where: { parentCode: { in: c }, period: { in: periods } } }));
    for (const c of chunked(level)) await tx.areaNutrition.deleteMany({ where: { areaCode: { in: c }, period: { in: periods } } });
    await tx.areaNutrition.createMany({ data: group(children.map((c) => ({ area: c.parentCode!, period: c.period, source: c.source, counts: pick(c), last: c.lastEntered }))) });
  }
}

const pick = (c: typeof ZERO_NUTRITION) => ({
  diukurTb: c.diukurTb, sangatPendek: c.sangatPendek, pendek: c.pendek, diukurBbTb: c.diukurBbTb, giziBuruk: c.giziBuruk,
  giziKurang: c.giziKurang, diukurBb: c.diukurBb, bbSangatKurang: c.bbSangatKurang, bbKurang: c.bbKurang,
});

async function refreshYears(tx: Tx, kel: string[], years: number[]) {
  const rows = await perChunk(kel, (c) => tx.posyanduYear.findMany({ where: { year: { in: years }, posyandu: { kelurahanCode: { in: c }, active: true } }, select: { year: true, stratum: true, aktif: true, posyandu: { select: { kelurahanCode: true } } } }));
  // "Data terakhir" of a kelurahan-year is its latest monthly entry that year.
  const yearPeriods = years.flatMap((y) => periodRange(`${y}-01`, `${y}-12`));
  const months = await perChunk(kel, (c) => tx.areaMonth.findMany({ where: { areaCode: { in: c }, period: { in: yearPeriods } }, select: { areaCode: true, period: true, lastEntered: true } }));
  const lastOf = new Map<string, Date>();
  for (const m of months) {
    const key = `${m.areaCode}|${yearOf(m.period)}`;
    if (m.lastEntered && (!lastOf.has(key) || m.lastEntered > lastOf.get(key)!)) lastOf.set(key, m.lastEntered);
  }
  const sum = (items: { area: string; year: number; c: typeof ZERO_STRATA; last: Date | null }[]) => {
    const m = new Map<string, { areaCode: string; year: number; parentCode: string | null; lastEntered: Date | null } & typeof ZERO_STRATA>();
    for (const it of items) {
      const key = `${it.area}|${it.year}`;
      const prev = m.get(key);
      const last = prev?.lastEntered && (!it.last || prev.lastEntered > it.last) ? prev.lastEntered : it.last;
      m.set(key, { areaCode: it.area, year: it.year, parentCode: parentOfCode(it.area), lastEntered: last, ...sumCounts([prev ? strataOf(prev) : ZERO_STRATA, it.c], ZERO_STRATA) });
    }
    return [...m.values()];
  };
  const base = sum(rows.map((r) => ({ area: r.posyandu.kelurahanCode, year: r.year, c: { ...ZERO_STRATA, [r.stratum.toLowerCase()]: 1, aktif: r.aktif ? 1 : 0, dinilai: 1 }, last: lastOf.get(`${r.posyandu.kelurahanCode}|${r.year}`) ?? null })));
  for (const c of chunked(kel)) await tx.areaYear.deleteMany({ where: { areaCode: { in: c }, year: { in: years } } });
  await tx.areaYear.createMany({ data: base });
  for (const level of ancestorLevels(kel)) {
    const children = await perChunk(level, (c) => tx.areaYear.findMany({ where: { parentCode: { in: c }, year: { in: years } } }));
    for (const c of chunked(level)) await tx.areaYear.deleteMany({ where: { areaCode: { in: c }, year: { in: years } } });
    await tx.areaYear.createMany({ data: sum(children.map((c) => ({ area: c.parentCode!, year: c.year, c: strataOf(c), last: c.lastEntered }))) });
  }
}

const strataOf = (c: typeof ZERO_STRATA) => ({ pratama: c.pratama, madya: c.madya, purnama: c.purnama, mandiri: c.mandiri, aktif: c.aktif, dinilai: c.dinilai });
