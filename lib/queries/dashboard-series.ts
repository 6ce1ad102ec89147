// Series of the summary page read straight from the rollup tables (one query
// per series instead of one engine run per period), then the same pure
// indicator functions as the engine. tests/queries/dashboard.test.ts checks
// every point against getIndicatorReport.
import "server-only";
import { db } from "../db/client";
import { sumCounts, rate, type Rate } from "../indicators/rate";
import { skdnIndicators, ZERO_SKDN } from "../indicators/skdn";
import { nutritionIndicators, stuntingRate, ZERO_NUTRITION, type NutritionCounts } from "../indicators/nutrition";
import { chooseSource, leftOutOf } from "../indicators/nutrition-sources";
import { codesBelow, levelLabel, parentOfCode } from "../wilayah/codes";
import { MIN_KADER, type KaderCounts } from "../indicators/kader";
import { strataIndicators, ZERO_STRATA, type StrataCounts } from "../indicators/strata-distribution";
import { change, meetsTarget, type Polarity } from "../indicators/change";
import { membershipsFor, periodBounds } from "./indicator-inputs";
import { targetFinder } from "./indicator-compare";
import { kaderRollup } from "./indicator-rollups";

export type RateWithChange = Rate & { perubahan?: { dari: string | null; selisihPoin: number | null; arah: string | null }; target?: { nilai: number; tercapai: boolean | null } | null };

/**
 * D/S, completeness and posyandu with ≥ 5 kader per month of `kode`. Active
 * posyandu and kader from AreaKader (`children`: the child area codes, for a
 * viewer who sees the whole subtree); months without complete rows fall back
 * to the memberships of the active posyandu `ids()` as the engine counts them.
 */
export async function monthlySeries(kode: string, months: string[], ids: () => Promise<number[]>, children: string[] | null) {
  const [rows, kader] = await Promise.all([
    db().areaMonth.findMany({ where: { areaCode: kode, period: { in: months } } }),
    children ? kaderRollup(db(), kode, children, months) : Promise.resolve(new Map<string, { total: KaderCounts }>()),
  ]);
  const missing = months.filter((m) => !kader.has(m));
  const posyandu = missing.length ? await ids() : [];
  const memberships = missing.length ? await membershipsFor(db(), posyandu, periodBounds({ periode: missing[0]! }).from, periodBounds({ periode: missing.at(-1)! }).to) : [];
  const byPeriod = new Map(rows.map((r) => [r.period, r]));
  return months.map((m) => {
    const r = byPeriod.get(m);
    const k = kader.get(m)?.total;
    const aktif = k ? k.posyanduAktif : posyandu.length;
    const skdn = skdnIndicators(r ? sumCounts([{ ...r, posyanduAktif: aktif }], ZERO_SKDN) : { ...ZERO_SKDN, posyanduAktif: aktif });
    return { periode: m, d_s: skdn.d_s, kelengkapan_laporan: skdn.kelengkapan_laporan, posyandu_kader_cukup: rate(k ? k.posyanduKaderCukup : cukupAt(memberships, m), aktif) };
  });
}

/** Posyandu with at least MIN_KADER kader serving at the end of month `m` (the engine's rule). */
function cukupAt(memberships: { posyanduId: number; startDate: Date; endDate: Date | null }[], m: string): number {
  const end = periodBounds({ periode: m }).to;
  const perPosyandu = new Map<number, number>();
  for (const x of memberships) if (x.startDate <= end && !(x.endDate && x.endDate < end)) perPosyandu.set(x.posyanduId, (perPosyandu.get(x.posyanduId) ?? 0) + 1);
  return [...perPosyandu.values()].filter((n) => n >= MIN_KADER).length;
}

type NutritionPoint = { periode: string; sumber: string | null; area: Rate; anak: Map<string, Rate> };

/**
 * Stunting per measurement period for `kode` and its children, all in one source: the one the area's own total
 * takes at the latest period with data (as the engine chooses). A line or a change across sources would show a
 * manual recap's 25 % "falling" to e-PPGBM's 8 %; periods without data from that source are gaps whose figure
 * names what it leaves out (`sumber_lain`).
 */
export async function nutritionSeries(kode: string, children: string[], periods: string[]): Promise<NutritionPoint[]> {
  // A kelurahan's children are posyandu, which have no rollup rows: read their base rows instead.
  const village = kode.split(".").length >= 4;
  const [areaRows, posyanduRows] = await Promise.all([
    db().areaNutrition.findMany({ where: { areaCode: { in: village ? [kode] : [kode, ...children] }, period: { in: periods } } }),
    village ? db().nutritionAggregate.findMany({ where: { posyandu: { code: { in: children } }, period: { in: periods } }, include: { posyandu: { select: { code: true } } } }) : Promise.resolve([]),
  ]);
  const rows = [...areaRows, ...posyanduRows.map((r) => ({ ...r, areaCode: r.posyandu.code }))];
  const get = (code: string, period: string, source: string | null): NutritionCounts => {
    const r = source ? rows.find((x) => x.areaCode === code && x.period === period && x.source === source) : undefined;
    return r ? sumCounts([r], ZERO_NUTRITION) : ZERO_NUTRITION;
  };
  const sumber = [...periods].reverse().map((p) => chooseSource((s) => get(kode, p, s))).find((s) => s !== null) ?? null;
  return periods.map((p) => {
    // The area's figure names what it leaves out, as the engine's does (nutrition-sources.ts).
    const lain = leftOutOf((s) => get(kode, p, s), sumber).stunting;
    const area = nutritionIndicators(get(kode, p, sumber)).stunting;
    return { periode: p, sumber, area: lain ? { ...area, sumber_lain: lain } : area, anak: new Map(children.map((c) => [c, nutritionIndicators(get(c, p, sumber)).stunting])) };
  });
}

/** Strata counts per year for `kode` and its children from AreaYear. */
export async function yearlyCounts(codes: string[], years: number[]): Promise<(code: string, year: number) => StrataCounts> {
  const rows = await db().areaYear.findMany({ where: { areaCode: { in: codes }, year: { in: years } } });
  return (code, year) => {
    const r = rows.find((x) => x.areaCode === code && x.year === year);
    return r ? { pratama: r.pratama, madya: r.madya, purnama: r.purnama, mandiri: r.mandiri, aktif: r.aktif, dinilai: r.dinilai } : ZERO_STRATA;
  };
}
export const yearlyRates = strataIndicators;

/** A rate with the change since `previous` and the target of `year` for `code`, the shape the KPI cards read. */
export async function withChange(current: Rate, previous: Rate | undefined, dari: string | null, indicator: string, polarity: Polarity, code: string, year: number): Promise<RateWithChange> {
  const t = (await targetFinder(db(), year, [code]))(indicator, code);
  return { ...current, perubahan: { dari, ...change(current, previous, polarity) }, target: t ? { nilai: t.value, tercapai: meetsTarget(current.nilai, t.value, polarity) } : null };
}

/** Kelurahan below `kode` whose stunting rose most between two measurement periods (in the source each kecamatan's total takes at `period`). */
export async function worsenedKelurahan(kode: string, period: string, previous: string) {
  if (kode.split(".").length >= 4) return [];
  // By code prefix, not an IN list (a province has thousands of kelurahan), and only the stunting columns:
  // at province scale these are ≈ 18,000 rows, and reading every column and area name was most of the
  // ringkasan's first computation after a write.
  const rows = await db().areaNutrition.findMany({
    // The root's own rows too: a kecamatan's kelurahan take their source from the kecamatan's total.
    where: { OR: [{ areaCode: kode }, { areaCode: codesBelow(kode) }], period: { in: [period, previous] } },
    select: { areaCode: true, period: true, source: true, diukurTb: true, sangatPendek: true, pendek: true },
  });
  const byKey = new Map(rows.map((r) => [`${r.areaCode}|${r.period}|${r.source}`, r]));
  const counts = (code: string, p: string, source: string | null) => (source ? byKey.get(`${code}|${p}|${source}`) : undefined) ?? ZERO_NUTRITION;
  const sources = new Map<string, string | null>();
  const sourceOf = (parent: string, p: string) => {
    const key = `${parent}|${p}`;
    if (!sources.has(key)) sources.set(key, chooseSource((s) => counts(parent, p, s)));
    return sources.get(key)!;
  };
  // Kelurahan without rows in both periods have no change; the rest in code order (ties keep it).
  const kelurahan = [...new Set(rows.map((r) => r.areaCode).filter((c) => c.split(".").length === 4))].sort();
  const top = kelurahan
    .map((code) => {
      const parent = parentOfCode(code)!;
      // Both periods in the source the parent takes now: a change across sources is no change.
      const source = sourceOf(parent, period);
      const now = stuntingRate(counts(code, period, source));
      const before = stuntingRate(counts(code, previous, source));
      return { kode: code, rate: { ...now, perubahan: { dari: previous, ...change(now, before, "turun-baik") } } as RateWithChange };
    })
    .filter((a) => a.rate.perubahan?.arah === "memburuk")
    .sort((x, y) => (y.rate.perubahan!.selisihPoin ?? 0) - (x.rate.perubahan!.selisihPoin ?? 0))
    .slice(0, 5);
  const areas = new Map((await db().area.findMany({ where: { code: { in: top.map((t) => t.kode) } }, select: { code: true, name: true, level: true } })).map((a) => [a.code, a]));
  // The level too: a kabupaten's list mixes desa and kelurahan, and the heading names what it lists.
  return top.map((t) => ({ kode: t.kode, nama: areas.get(t.kode)?.name ?? t.kode, tingkat: levelLabel[areas.get(t.kode)?.level ?? "KELURAHAN"], rate: t.rate }));
}
