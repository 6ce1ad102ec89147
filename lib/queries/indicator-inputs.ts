// Raw inputs of the indicator engine for a set of posyandu: monthly reports,
// nutrition aggregates, profiles and kader. Read from the base tables for now
// (exact and always fresh); docs/indicators.md describes the rollup tables that
// will replace these reads at province scale with the same Counts shapes.
import type { Db } from "../db/client";
import { addMonths, monthOf, yearOf } from "../period";

export type PosyanduRef = { id: number; code: string; name: string; kelurahanCode: string; kecamatanCode: string; kabKotaCode: string };

type Client = Pick<Db, "monthlyReport" | "nutritionAggregate" | "annualProfile" | "kaderMembership">;

const CHUNK = 900;
async function byChunks<R>(ids: number[], run: (chunk: number[]) => Promise<R[]>): Promise<R[]> {
  const out: R[] = [];
  // Not push(...rows): a slice can return more rows than a call may have arguments (see lib/queries/import.ts).
  for (let i = 0; i < ids.length; i += CHUNK) for (const row of await run(ids.slice(i, i + CHUNK))) out.push(row);
  return out;
}

const reportSelect = { posyanduId: true, period: true, opened: true, kaderOnDuty: true, s: true, k: true, d: true, n: true, o: true, b: true, bgm: true, t2: true, enteredAt: true } as const;

/** Monthly reports of the posyandu for the given periods. */
export function reportsFor(client: Client, ids: number[], periods: string[]) {
  return byChunks(ids, (chunk) => client.monthlyReport.findMany({ where: { posyanduId: { in: chunk }, period: { in: periods } }, select: reportSelect }));
}

/** Nutrition aggregates of the posyandu for one period, every source. */
export function nutritionFor(client: Client, ids: number[], period: string) {
  return byChunks(ids, (chunk) =>
    client.nutritionAggregate.findMany({
      where: { posyanduId: { in: chunk }, period },
      select: { posyanduId: true, source: true, diukurTb: true, sangatPendek: true, pendek: true, diukurBbTb: true, giziBuruk: true, giziKurang: true, diukurBb: true, bbSangatKurang: true, bbKurang: true, enteredAt: true },
    }),
  );
}

/** Annual profiles of the posyandu for one year. */
export function profilesFor(client: Client, ids: number[], year: number) {
  return byChunks(ids, (chunk) =>
    client.annualProfile.findMany({
      where: { posyanduId: { in: chunk }, year },
      select: { posyanduId: true, cakupanKia: true, cakupanKb: true, cakupanImunisasi: true, programTambahan: true, danaSehat: true, alatUkurLengkap: true },
    }),
  );
}

/** Memberships overlapping [from, to], with the kader's basic training and level. */
export function membershipsFor(client: Client, ids: number[], from: Date, to: Date) {
  return byChunks(ids, (chunk) =>
    client.kaderMembership.findMany({
      where: { posyanduId: { in: chunk }, startDate: { lte: to }, OR: [{ endDate: null }, { endDate: { gte: from } }] },
      select: {
        posyanduId: true, skNumber: true, startDate: true, endDate: true,
        kader: { select: { level: true, trainings: { where: { type: "DASAR", date: { lte: to } }, select: { id: true }, take: 1 } } },
      },
    }),
  );
}

/** First and last instant of a month or a year (UTC dates as stored). */
export function periodBounds(p: { periode: string } | { tahun: number } | { rolling: string }): { from: Date; to: Date } {
  if ("tahun" in p) return { from: new Date(Date.UTC(p.tahun, 0, 1)), to: new Date(Date.UTC(p.tahun, 11, 31, 23, 59, 59)) };
  const last = "rolling" in p ? p.rolling : p.periode;
  const first = "rolling" in p ? addMonths(p.rolling, -11) : p.periode;
  return {
    from: new Date(Date.UTC(yearOf(first), monthOf(first) - 1, 1)),
    to: new Date(Date.UTC(yearOf(last), monthOf(last), 0, 23, 59, 59)),
  };
}
