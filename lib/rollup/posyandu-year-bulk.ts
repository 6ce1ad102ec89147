// PosyanduYear for every posyandu, streamed in chunks of posyandu ids: the
// strata and Posyandu Aktif rules are versioned data applied by the pure
// indicator functions, so this part of the rebuild stays in JS. Same rows as
// refreshPosyanduYears (posyandu-year.ts) for every posyandu and year.
import type { ActiveRules } from "../queries/rules";
import { computeStrata, type StrataMonth } from "../indicators/strata";
import { computeAktif } from "../indicators/posyandu-aktif";
import { boolOrNull, chunked, insertRows, num, numOrNull, type SqlRunner, type SqlValue } from "./sql";

const CHUNK = 2000;
const COLUMNS = ["posyanduId", "year", "stratum", "aktif", "frekuensi", "rerataKader", "dsTahunan", "kurang", "kurangAktif", "ruleVersion"] as const;

type Profile = {
  cakupanKia: number | null; cakupanKb: number | null; cakupanImunisasi: number | null;
  programTambahan: boolean | null; danaSehat: number | null; alatUkurLengkap: boolean | null;
};
type Raw = Record<string, unknown>;

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
    const [reports, profiles, members] = [
      await run.query<Raw>(`SELECT "posyanduId", "period", "opened", "kaderOnDuty", "s", "d" FROM "MonthlyReport" WHERE "posyanduId" >= ? AND "posyanduId" <= ? AND "period" >= ? AND "period" <= ?`, [lo, hi, `${first}-01`, `${last}-12`]),
      await run.query<Raw>(`SELECT "posyanduId", "year", "cakupanKia", "cakupanKb", "cakupanImunisasi", "programTambahan", "danaSehat", "alatUkurLengkap" FROM "AnnualProfile" WHERE "posyanduId" >= ? AND "posyanduId" <= ? AND "year" >= ? AND "year" <= ?`, [lo, hi, first, last]),
      await run.query<Raw>(`SELECT "posyanduId", "startDate", "endDate" FROM "KaderMembership" WHERE "posyanduId" >= ? AND "posyanduId" <= ? AND "skNumber" IS NOT NULL`, [lo, hi]),
    ];
    const months = new Map<string, StrataMonth[]>();
    for (const r of reports) {
      const key = `${num(r.posyanduId)}|${String(r.period).slice(0, 4)}`;
      const list = months.get(key) ?? [];
      list.push({ opened: boolOrNull(r.opened) === true, kaderOnDuty: numOrNull(r.kaderOnDuty), s: numOrNull(r.s), d: numOrNull(r.d) });
      months.set(key, list);
    }
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
      for (let j = i; j < Math.min(i + CHUNK, ids.length); j++) {
        const id = ids[j]!;
        const ms = months.get(`${id}|${year}`) ?? [];
        const profile = profileOf.get(`${id}|${year}`) ?? null;
        if (ms.length === 0 && !profile) continue;
        // SK kader serving during the year, as refreshPosyanduYears counts them.
        const kaderSk = (memberOf.get(id) ?? []).filter((m) => m.start <= to && (m.end === null || m.end >= from)).length;
        const s = computeStrata(ms, profile, rule.strata);
        const a = computeAktif({ months: ms, profile, kaderSk }, rule.aktif);
        rows.push([id, year, s.stratum, a.aktif, s.frekuensi, s.rerataKader, s.dsTahunan, JSON.stringify(s.kurang), JSON.stringify(a.kurang), `${rule.versi.strata}+${rule.versi.aktif}`]);
      }
    }
    written += await insertRows(run, "PosyanduYear", COLUMNS, rows);
  }
  return written;
}
