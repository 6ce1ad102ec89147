// The indicator report of an area and its child areas for a month or a year:
// scoped reads → per-posyandu counts → sums per area → pure indicator
// functions. The single source of every figure in the CLI, the API and the UI.
import type { Db } from "../db/client";
import { db as defaultDb } from "../db/client";
import { canViewArea, posyanduWhere, scopeOf, type Viewer } from "../auth/scope";
import { codesBelow, levelLabel } from "../wilayah/codes";
import { addMonths, periodRange } from "../period";
import { sumCounts } from "../indicators/rate";
import { skdnCountsOf, skdnIndicators, ZERO_SKDN, type SkdnCounts } from "../indicators/skdn";
import { nutritionIndicators, ZERO_NUTRITION, type NutritionCounts } from "../indicators/nutrition";
import { chooseSource, leftOutOf } from "../indicators/nutrition-sources";
import { kaderCountsOf, kaderIndicators, ZERO_KADER, type KaderCounts } from "../indicators/kader";
import { computeStrata } from "../indicators/strata";
import { computeAktif } from "../indicators/posyandu-aktif";
import { strataCountsOf, strataIndicators, ZERO_STRATA, type StrataCounts } from "../indicators/strata-distribution";
import { membershipsFor, nutritionFor, periodBounds, profilesFor, reportsFor, type PosyanduRef } from "./indicator-inputs";
import { activeRules } from "./rules";
import { kaderPeriodOf, kaderRollup, merge, rollupCounts } from "./indicator-rollups";
import { reportRoot } from "./indicator-root";

export { AreaAccessError, WILAYAH_KERJA } from "./indicator-root";

/** A month, a year, or the rolling 12 months ending with a month. */
export type When = { periode: string } | { tahun: number } | { rolling: string };

/** The months a `When` covers. */
export function monthsOfWhen(when: When): string[] {
  if ("tahun" in when) return periodRange(`${when.tahun}-01`, `${when.tahun}-12`);
  if ("rolling" in when) return periodRange(addMonths(when.rolling, -11), when.rolling);
  return [when.periode];
}
export type Counts = { skdn: SkdnCounts; gizi: Record<string, NutritionCounts>; kader: KaderCounts; strata: StrataCounts; last: Date | null };

export type AreaIndicators = {
  wilayah: { kode: string; nama: string; tingkat: string };
  periode: string;
  indikator: Record<string, object>;
  strata: { pratama: number; madya: number; purnama: number; mandiri: number } | null;
  sumber_gizi: string | null;
  data_terakhir: string | null;
};
export type IndicatorReport = AreaIndicators & { anak: AreaIndicators[] };

const zero = (): Counts => ({ skdn: { ...ZERO_SKDN }, gizi: {}, kader: { ...ZERO_KADER }, strata: { ...ZERO_STRATA }, last: null });

function add(into: Counts, c: Counts) {
  into.skdn = sumCounts([into.skdn, c.skdn], ZERO_SKDN);
  into.kader = sumCounts([into.kader, c.kader], ZERO_KADER);
  into.strata = sumCounts([into.strata, c.strata], ZERO_STRATA);
  for (const [src, g] of Object.entries(c.gizi)) into.gizi[src] = sumCounts([into.gizi[src] ?? ZERO_NUTRITION, g], ZERO_NUTRITION);
  if (c.last && (!into.last || c.last > into.last)) into.last = c.last;
}

/** Posyandu filter for everything below `code` (on the indexed denormalised columns). */
function below(code: string) {
  const depth = code.split(".").length;
  if (depth === 1) return { kabKotaCode: codesBelow(code) };
  if (depth === 2) return { kabKotaCode: code };
  if (depth === 3) return { kecamatanCode: code };
  return { kelurahanCode: code };
}

/** `kader: false` skips the kader indicators (and their membership reads) for callers that do not show them. */
/**
 * `sumberGizi`: the nutrition source to use instead of the area's own choice, so that rows gathered from several
 * reports (a kota map's kelurahan, taken kecamatan by kecamatan) share one source as one report's rows do.
 */
export type ReportOptions = { mode?: "rollup" | "dasar"; kader?: boolean; sumberGizi?: string | null };

/** Indicators of `kode` and of each child area (or each posyandu of a kelurahan), as `viewer`. */
export async function getIndicatorReport(viewer: Viewer, kode: string, when: When, client: Db = defaultDb(), opts: ReportOptions = {}): Promise<IndicatorReport> {
  const scope = scopeOf(viewer);
  const root = await reportRoot(client, viewer, scope, kode);
  // Above the kelurahan, figures come from the rollup tables (same counts, summed at write time); a wilayah kerja
  // has no rollup rows of its own and sums its posyandu's base rows.
  const useRollup = !root.village && !root.virtual && opts.mode !== "dasar";
  const withKader = opts.kader !== false;
  const childAreas = root.children;
  // A subtree viewer sees every active posyandu and child area: AreaKader replaces the posyandu list and memberships.
  const kaderRows = useRollup && scope.kind === "subtree" ? (await kaderRollup(client, kode, childAreas.map((c) => c.code), [kaderPeriodOf(when)])).get(kaderPeriodOf(when)) : undefined;
  const posyandu: PosyanduRef[] = kaderRows
    ? []
    : await client.posyandu.findMany({
        where: { AND: [posyanduWhere(scope), ...(root.virtual ? [] : [below(kode)]), { active: true }] },
        select: { id: true, code: true, name: true, kelurahanCode: true, kecamatanCode: true, kabKotaCode: true },
        orderBy: { code: "asc" },
      });
  const perPosyandu = await countsPerPosyandu(client, posyandu, when, !useRollup, withKader);
  // A child's posyandu: the kelurahan code cut to the child's depth (the wilayah kerja's children are kelurahan).
  const inChild = (p: PosyanduRef, child: string) => p.kelurahanCode.split(".").slice(0, child.split(".").length).join(".") === child;
  const children = root.village
    ? posyandu.map((p) => ({ code: p.code, name: p.name, tingkat: "Posyandu", members: [p.id] }))
    : childAreas
        .filter((c) => canViewArea(scope, c.code) || posyandu.some((p) => p.kelurahanCode.startsWith(`${c.code}.`) || p.kelurahanCode === c.code))
        .map((c) => ({ code: c.code, name: c.name, tingkat: levelLabel[c.level], members: posyandu.filter((p) => inChild(p, c.code)).map((p) => p.id) }));
  const rolled = useRollup ? await rollupCounts(client, [kode, ...children.map((c) => c.code)], when) : null;
  // Active posyandu in the completeness denominator: per month, ×12 over a rolling window (as countsPerPosyandu).
  const perMonth = "rolling" in when ? monthsOfWhen(when).length : "periode" in when ? 1 : 0;
  const countsOf = (code: string, members: number[]) => {
    const c = zero();
    for (const id of members) add(c, perPosyandu.get(id)!);
    const k = kaderRows ? (code === kode ? kaderRows.total : kaderRows.children.get(code)) : undefined;
    if (k) {
      c.kader = { ...k };
      c.skdn.posyanduAktif = k.posyanduAktif * perMonth;
    }
    const r = rolled?.get(code);
    if (r) merge(c, r);
    return c;
  };
  const total = countsOf(kode, posyandu.map((p) => p.id));
  const months = monthsOfWhen(when);
  const label = "tahun" in when ? String(when.tahun) : months.length > 1 ? `${months[0]}/${months.at(-1)}` : months[0]!;
  // One nutrition source for the parent and all children, so the rows of one table never mix sources.
  const source = opts.sumberGizi !== undefined ? opts.sumberGizi : chooseSource((s) => total.gizi[s]);
  const build = (code: string, nama: string, tingkat: string, c: Counts): AreaIndicators => ({
    wilayah: { kode: code, nama, tingkat },
    periode: label,
    indikator: indicatorsOf(c, when, source, withKader),
    strata: "tahun" in when ? { pratama: c.strata.pratama, madya: c.strata.madya, purnama: c.strata.purnama, mandiri: c.strata.mandiri } : null,
    sumber_gizi: "periode" in when ? source : null,
    data_terakhir: c.last?.toISOString() ?? null,
  });
  return {
    ...build(root.code, root.name, root.tingkat, total),
    anak: children.map((ch) => build(ch.code, ch.name, ch.tingkat, countsOf(ch.code, ch.members))),
  };
}

function indicatorsOf(c: Counts, when: When, source: string | null, withKader: boolean): Record<string, object> {
  const kader = kaderIndicators(c.kader);
  const base: Record<string, object> = withKader ? { posyandu_kader_cukup: kader.posyandu_kader_cukup, kader_terlatih: kader.kader_terlatih, kader_per_posyandu: kader.kader_per_posyandu } : {};
  if ("tahun" in when) return { ...strataIndicators(c.strata), ...base };
  if ("rolling" in when) return { ...skdnIndicators(c.skdn), d_melebihi_s: { jumlah: c.skdn.dMelebihiS }, ...base };
  const gizi = nutritionIndicators(source ? (c.gizi[source] ?? ZERO_NUTRITION) : ZERO_NUTRITION);
  // What the unmixed figure leaves out (lib/indicators/nutrition-sources.ts): a "—" or a figure covering some
  // posyandu only can then say that data exists through another source instead of looking like none.
  const lain = leftOutOf((s) => c.gizi[s], source);
  const tagged = Object.fromEntries(Object.entries(gizi).map(([k, v]) => {
    const left = lain[k as keyof typeof lain];
    return [k, left ? { ...v, sumber: source, sumber_lain: left } : { ...v, sumber: source }];
  }));
  return { ...skdnIndicators(c.skdn), d_melebihi_s: { jumlah: c.skdn.dMelebihiS }, ...tagged, ...base };
}

/** Per-posyandu counts: kader always; reports, nutrition and strata only when `withData` (no rollup). */
async function countsPerPosyandu(client: Db, posyandu: PosyanduRef[], when: When, withData: boolean, withKader: boolean): Promise<Map<number, Counts>> {
  const ids = posyandu.map((p) => p.id);
  const out = new Map<number, Counts>(ids.map((id) => [id, zero()]));
  const { from, to } = periodBounds(when);
  const periods = monthsOfWhen(when);
  // Memberships feed the kader indicators and, on the base-row year path, the SK count of Posyandu Aktif.
  const needMemberships = withKader || (withData && "tahun" in when);
  const [reports, memberships] = await Promise.all([withData ? reportsFor(client, ids, periods) : [], needMemberships ? membershipsFor(client, ids, from, to) : []]);
  const touch = (id: number, at: Date) => {
    const c = out.get(id)!;
    if (!c.last || at > c.last) c.last = at;
  };
  const kaderOf = new Map<number, { trained: boolean; level: "PURWA" | "MADYA" | "UTAMA" | null }[]>();
  const skOf = new Map<number, number>();
  for (const m of memberships) {
    if (m.skNumber) skOf.set(m.posyanduId, (skOf.get(m.posyanduId) ?? 0) + 1);
    if (m.endDate && m.endDate < to) continue; // counted as active kader only if still serving at the end
    kaderOf.set(m.posyanduId, [...(kaderOf.get(m.posyanduId) ?? []), { trained: m.kader.trainings.length > 0, level: m.kader.level }]);
  }
  for (const id of ids) out.get(id)!.kader = kaderCountsOf(kaderOf.get(id) ?? []);
  if ("rolling" in when) {
    // Over 12 months the completeness denominator is posyandu-months.
    for (const id of ids) out.get(id)!.skdn.posyanduAktif = periods.length;
    if (!withData) return out;
    for (const r of reports) {
      const c = out.get(r.posyanduId)!;
      c.skdn = sumCounts([c.skdn, { ...skdnCountsOf(r, false) }], ZERO_SKDN);
      touch(r.posyanduId, r.enteredAt);
    }
    return out;
  }
  if ("periode" in when) {
    // Active posyandu always count in the completeness denominator, with or without rollups.
    for (const id of ids) out.get(id)!.skdn.posyanduAktif = 1;
    if (!withData) return out;
    const byId = new Map(reports.map((r) => [r.posyanduId, r]));
    for (const id of ids) {
      const r = byId.get(id);
      out.get(id)!.skdn = skdnCountsOf(r, true);
      if (r) touch(id, r.enteredAt);
    }
    for (const g of await nutritionFor(client, ids, when.periode)) {
      const c = out.get(g.posyanduId)!;
      const { posyanduId: _p, source, enteredAt, ...counts } = g;
      void _p;
      c.gizi[source] = sumCounts([c.gizi[source] ?? ZERO_NUTRITION, counts], ZERO_NUTRITION);
      touch(g.posyanduId, enteredAt);
    }
    return out;
  }
  if (!withData) return out;
  const rules = await activeRules(client, when.tahun);
  const profiles = new Map((await profilesFor(client, ids, when.tahun)).map((p) => [p.posyanduId, p]));
  const monthsOf = new Map<number, typeof reports>();
  for (const r of reports) monthsOf.set(r.posyanduId, [...(monthsOf.get(r.posyanduId) ?? []), r]);
  for (const id of ids) {
    const months = monthsOf.get(id) ?? [];
    const profile = profiles.get(id) ?? null;
    if (months.length === 0 && !profile) continue; // no data that year: not assessed
    const stratum = computeStrata(months, profile, rules.strata).stratum;
    const aktif = computeAktif({ months, profile, kaderSk: skOf.get(id) ?? 0 }, rules.aktif).aktif;
    out.get(id)!.strata = strataCountsOf(stratum, aktif);
    for (const m of months) touch(id, m.enteredAt);
  }
  return out;
}
