// PosyanduYear for every posyandu, streamed in chunks of posyandu ids: the
// strata and Posyandu Aktif rules are versioned data applied by the pure
// indicator functions, so this part of the rebuild stays in JS; SQL sums each
// posyandu-year's months to the totals the rules read (one row instead of
// twelve). Same rows as refreshPosyanduYears (posyandu-year.ts) for every
// posyandu and year.
import type { ActiveRules } from "../queries/rules";
import { strataOf, type StrataTotals } from "../indicators/strata";
import { aktifOf } from "../indicators/posyandu-aktif";
import { appendRows, boolOrNull, chunked, num, numOrNull, type SqlRunner, type SqlValue } from "./sql";

/** Posyandu per round: what a round reads dies young instead of piling up as old garbage (heap of a province refresh). */
const CHUNK = 500;
const COLUMNS = ["posyanduId", "year", "stratum", "aktif", "frekuensi", "rerataKader", "dsTahunan", "kurang", "kurangAktif", "ruleVersion"] as const;

type Profile = {
  cakupanKia: number | null; cakupanKb: number | null; cakupanImunisasi: number | null;
  programTambahan: boolean | null; danaSehat: number | null; alatUkurLengkap: boolean | null;
};
type Raw = Record<string, unknown>;

type Totals = StrataTotals & { bulanGizi: number };
const NO_MONTHS: Totals = { frekuensi: 0, sumKader: 0, sumS: 0, sumD: 0, bulanGizi: 0 };

/**
 * Per posyandu of ids lo–hi with reports in `year`: the sums computeStrata and computeAktif take from the months
 * (open months; blank counts as 0; open months whose D/S reached `minGizi` percent, compared as a double like JS).
 */
async function yearTotals(run: SqlRunner, lo: number, hi: number, year: number, minGizi: number): Promise<Map<number, Totals>> {
  const open = (e: string) => `SUM(CASE WHEN "opened" THEN ${e} ELSE 0 END)`;
  const rows = await run.query<Raw>(
    `SELECT "posyanduId" AS id, ${open("1")} AS frekuensi, ${open(`COALESCE("kaderOnDuty", 0)`)} AS kader, ${open(`COALESCE("s", 0)`)} AS s, ${open(`COALESCE("d", 0)`)} AS d,
       ${open(`CASE WHEN "s" > 0 AND "d" IS NOT NULL AND CAST(100 * "d" AS DOUBLE PRECISION) / "s" >= ? THEN 1 ELSE 0 END`)} AS gizi
     FROM "MonthlyReport" WHERE "posyanduId" >= ? AND "posyanduId" <= ? AND "period" >= ? AND "period" <= ? GROUP BY "posyanduId"`,
    [minGizi, lo, hi, `${year}-01`, `${year}-12`],
  );
  return new Map(rows.map((r) => [num(r.id), { frekuensi: num(r.frekuensi), sumKader: num(r.kader), sumS: num(r.s), sumD: num(r.d), bulanGizi: num(r.gizi) }]));
}

const toDate = (v: unknown): Date | null => (v === null || v === undefined ? null : v instanceof Date ? v : new Date(String(v)));

/**
 * Inserts the PosyanduYear rows of every posyandu for `years` (the table is expected empty), or with `only`,
 * replaces those of the listed posyandu (ascending ids); returns the count.
 */
export async function rebuildPosyanduYears(run: SqlRunner, years: number[], rulesFor: (year: number) => Promise<ActiveRules>, only?: readonly number[]): Promise<number> {
  const rules = new Map<number, ActiveRules>();
  for (const y of years) rules.set(y, await rulesFor(y));
  const first = years[0]!;
  const last = years[years.length - 1]!;
  const ids = only ? [...only] : (await run.query<{ id: unknown }>(`SELECT "id" FROM "Posyandu" ORDER BY "id"`)).map((r) => num(r.id));
  if (only) {
    const inYears = `"year" IN (${years.map(() => "?").join(", ")})`;
    for (const c of chunked(ids)) await run.execute(`DELETE FROM "PosyanduYear" WHERE "posyanduId" IN (${c.map(() => "?").join(", ")}) AND ${inYears}`, [...c, ...years]);
  }
  let written = 0;
  for (let i = 0; i < ids.length; i += CHUNK) {
    const lo = ids[i]!;
    const hi = ids[Math.min(i + CHUNK, ids.length) - 1]!;
    const [profiles, members] = [
      await run.query<Raw>(`SELECT "posyanduId", "year", "cakupanKia", "cakupanKb", "cakupanImunisasi", "programTambahan", "danaSehat", "alatUkurLengkap" FROM "AnnualProfile" WHERE "posyanduId" >= ? AND "posyanduId" <= ? AND "year" >= ? AND "year" <= ?`, [lo, hi, first, last]),
      await run.query<Raw>(`SELECT "posyanduId", "startDate", "endDate" FROM "KaderMembership" WHERE "posyanduId" >= ? AND "posyanduId" <= ? AND "skNumber" IS NOT NULL`, [lo, hi]),
    ];
    const profileOf = new Map<string, Profile>();
    for (const p of profiles) {
      profileOf.set(`${num(p.posyanduId)}|${num(p.year)}`, {
        cakupanKia: numOrNull(p.cakupanKia), cakupanKb: numOrNull(p.cakupanKb), cakupanImunisasi: numOrNull(p.cakupanImunisasi),
        programTambahan: boolOrNull(p.programTambahan), danaSehat: numOrNull(p.danaSehat), alatUkurLengkap: boolOrNull(p.alatUkurLengkap),
      });
    }
    const memberOf = new Map<number, { start: Date; end: Date | null }[]>();
    for (const m of members) {
      const id = num(m.posyanduId);
      const list = memberOf.get(id) ?? [];
      list.push({ start: toDate(m.startDate)!, end: toDate(m.endDate) });
      memberOf.set(id, list);
    }
    const rows: SqlValue[][] = [];
    for (const year of years) {
      const rule = rules.get(year)!;
      const from = new Date(Date.UTC(year, 0, 1));
      const to = new Date(Date.UTC(year, 11, 31, 23, 59, 59));
      const totals = await yearTotals(run, lo, hi, year, rule.aktif.minCakupanPersen);
      for (let j = i; j < Math.min(i + CHUNK, ids.length); j++) {
        const id = ids[j]!;
        const t = totals.get(id);
        const profile = profileOf.get(`${id}|${year}`) ?? null;
        if (!t && !profile) continue;
        // SK kader serving during the year, as refreshPosyanduYears counts them.
        const kaderSk = (memberOf.get(id) ?? []).filter((m) => m.start <= to && (m.end === null || m.end >= from)).length;
        const s = strataOf(t ?? NO_MONTHS, profile, rule.strata);
        const a = aktifOf({ bulanBuka: t?.frekuensi ?? 0, bulanGizi: t?.bulanGizi ?? 0, profile, kaderSk }, rule.aktif);
        rows.push([id, year, s.stratum, a.aktif, s.frekuensi, s.rerataKader, s.dsTahunan, JSON.stringify(s.kurang), JSON.stringify(a.kurang), `${rule.versi.strata}+${rule.versi.aktif}`]);
      }
    }
    // COPY on PostgreSQL (an import's runner, the seeder): a province's 140k rows through Prisma's INSERTs took ≈ 6 s.
    await appendRows(run, "PosyanduYear", COLUMNS, rows);
    written += rows.length;
  }
  return written;
}
