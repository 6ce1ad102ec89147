// AreaKader: the engine's KaderCounts of every kelurahan (and, re-summed, of
// every ancestor) as of the last instant of a month, over its active posyandu.
// Rows are kept complete per kab/kota and period: when a refresh computes a
// month a kab/kota has no rows for yet, it computes that month for all its
// kelurahan, so a kab/kota (or kecamatan) row is never a partial sum. A
// provinsi row may sum only some kab/kota; the engine checks its children.
import type { Tx } from "../import/kind";
import { periodRange } from "../period";
import { codesBelow, parentOfCode } from "../wilayah/codes";
import { sumCounts } from "../indicators/rate";
import { kaderCountsOf, ZERO_KADER, type KaderCounts, type KaderOfPosyandu } from "../indicators/kader";
import { periodBounds } from "../queries/indicator-inputs";
import { ancestorLevels, perChunk } from "./levels";
import { chunked } from "./sql";

export const VILLAGE_LEVELS = ["KELURAHAN", "DESA", "DESA_ADAT"] as const;
/** The kab/kota of an area code ("35.01.01.2001" → "35.01"). */
export const kabKotaOf = (code: string) => code.split(".").slice(0, 2).join(".");
/** The month whose AreaKader row a year report reads: December (same month end as the year). */
export const decemberOf = (period: string) => `${period.slice(0, 4)}-12`;
/** Last instant of a month, exactly as the engine bounds it. */
export const monthEnd = (period: string) => periodBounds({ periode: period }).to;

type Row = { areaCode: string; period: string; parentCode: string | null } & KaderCounts;
const countsOf = (r: KaderCounts): KaderCounts => ({
  posyanduAktif: r.posyanduAktif, kaderAktif: r.kaderAktif, posyanduKaderCukup: r.posyanduKaderCukup,
  kaderTerlatih: r.kaderTerlatih, purwa: r.purwa, madya: r.madya, utama: r.utama,
});

/**
 * Recomputes AreaKader for the kelurahan `kel` at `periods` and their
 * Decembers (with `all`, also every month the kab/kota already has rows for),
 * extending to every kelurahan of a kab/kota for a month it lacks; then the
 * ancestors. `onlyMissing`: the write changed nothing kader counts depend on, so
 * only months without rows are computed. Call it inside the write's transaction.
 */
export async function refreshKader(tx: Tx, kel: string[], periods: string[], all: boolean, onlyMissing = false): Promise<void> {
  const known = await perChunk(kel, (c) => tx.area.findMany({ where: { code: { in: c }, level: { in: [...VILLAGE_LEVELS] } }, select: { code: true } }));
  const byKota = new Map<string, string[]>();
  for (const { code } of known) byKota.set(kabKotaOf(code), [...(byKota.get(kabKotaOf(code)) ?? []), code]);
  if (byKota.size === 0) return;
  const wanted = new Set([...periods, ...periods.map(decemberOf)]);
  const rolled = await perChunk([...byKota.keys()], (c) => tx.areaKader.findMany({ where: { areaCode: { in: c } }, select: { areaCode: true, period: true } }));
  const jobs: { kel: string[]; periods: string[] }[] = [];
  for (const [kota, touched] of byKota) {
    const existing = new Set(rolled.filter((r) => r.areaCode === kota).map((r) => r.period));
    const want = new Set([...wanted, ...(all ? existing : [])]);
    const present = [...want].filter((p) => existing.has(p));
    const missing = [...want].filter((p) => !existing.has(p));
    if (present.length && !onlyMissing) jobs.push({ kel: touched, periods: present });
    if (missing.length) {
      const every = await tx.area.findMany({ where: { code: codesBelow(kota), level: { in: [...VILLAGE_LEVELS] } }, select: { code: true } });
      jobs.push({ kel: every.map((a) => a.code), periods: missing });
    }
  }
  for (const job of jobs) await writeKelurahan(tx, job.kel, job.periods);
  await writeAncestors(tx, [...new Set(jobs.flatMap((j) => j.kel))], [...new Set(jobs.flatMap((j) => j.periods))]);
}

/** Re-sums the AreaKader rows of every ancestor of `kel` at `periods` from their children. */
export async function writeAncestors(tx: Tx, kel: string[], allPeriods: string[]): Promise<void> {
  if (allPeriods.length === 0) return;
  for (const level of ancestorLevels(kel)) {
    const children = await perChunk(level, (c) => tx.areaKader.findMany({ where: { parentCode: { in: c }, period: { in: allPeriods } } }));
    for (const c of chunked(level)) await tx.areaKader.deleteMany({ where: { areaCode: { in: c }, period: { in: allPeriods } } });
    await tx.areaKader.createMany({ data: sumRows(children.map((c) => ({ areaCode: c.parentCode!, period: c.period, parentCode: parentOfCode(c.parentCode!), ...countsOf(c) }))) });
  }
}

/** Sums rows with the same area and period. */
function sumRows(rows: Row[]): Row[] {
  const m = new Map<string, Row>();
  for (const r of rows) {
    const key = `${r.areaCode}|${r.period}`;
    const prev = m.get(key);
    m.set(key, { areaCode: r.areaCode, period: r.period, parentCode: r.parentCode, ...sumCounts([prev ? countsOf(prev) : ZERO_KADER, countsOf(r)], ZERO_KADER) });
  }
  return [...m.values()];
}

/** Kelurahan rows (zero rows included) from the active posyandu and their memberships. */
async function writeKelurahan(tx: Tx, kel: string[], periods: string[]): Promise<void> {
  const posyandu = await perChunk(kel, (c) => tx.posyandu.findMany({ where: { kelurahanCode: { in: c }, active: true }, select: { id: true, kelurahanCode: true } }));
  const ends = periods.map((p) => ({ period: p, end: monthEnd(p) }));
  const first = new Date(Math.min(...ends.map((e) => e.end.getTime())));
  const last = new Date(Math.max(...ends.map((e) => e.end.getTime())));
  const memberships = await perChunk(posyandu.map((p) => p.id), (c) =>
    tx.kaderMembership.findMany({
      where: { posyanduId: { in: c }, startDate: { lte: last }, OR: [{ endDate: null }, { endDate: { gte: first } }] },
      select: { posyanduId: true, startDate: true, endDate: true, kader: { select: { level: true, trainings: { where: { type: "DASAR" }, select: { date: true }, orderBy: { date: "asc" }, take: 1 } } } },
    }),
  );
  const ofPosyandu = new Map<number, typeof memberships>();
  for (const m of memberships) ofPosyandu.set(m.posyanduId, [...(ofPosyandu.get(m.posyanduId) ?? []), m]);
  const rows: Row[] = [];
  for (const { period, end } of ends) {
    for (const code of kel) rows.push({ areaCode: code, period, parentCode: parentOfCode(code), ...ZERO_KADER });
    for (const p of posyandu) {
      // The engine's rule: serving at the month end; trained when a basic training is dated on or before it.
      const kader: KaderOfPosyandu[] = (ofPosyandu.get(p.id) ?? [])
        .filter((m) => m.startDate <= end && !(m.endDate && m.endDate < end))
        .map((m) => ({ trained: m.kader.trainings.length > 0 && m.kader.trainings[0]!.date <= end, level: m.kader.level }));
      rows.push({ areaCode: p.kelurahanCode, period, parentCode: parentOfCode(p.kelurahanCode), ...kaderCountsOf(kader) });
    }
  }
  for (const c of chunked(kel)) await tx.areaKader.deleteMany({ where: { areaCode: { in: c }, period: { in: periods } } });
  await tx.areaKader.createMany({ data: sumRows(rows) });
}

/** The months AreaKader covers after refreshRollups({ all: true }): every report month, gizi months, their Decembers. */
export async function coveredPeriods(tx: Pick<Tx, "monthlyReport" | "nutritionAggregate">): Promise<string[]> {
  const b = await tx.monthlyReport.aggregate({ _min: { period: true }, _max: { period: true } });
  const nutrition = await tx.nutritionAggregate.findMany({ select: { period: true }, distinct: ["period"] });
  const months = [...(b._min.period && b._max.period ? periodRange(b._min.period, b._max.period) : []), ...nutrition.map((n) => n.period)];
  return [...new Set([...months, ...months.map(decemberOf)])].sort();
}

