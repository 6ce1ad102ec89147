// PosyanduYear: strata and Posyandu Aktif per posyandu-year, recomputed from
// the year's reports, profile and SK kader with the rule set of that year.
import type { Tx } from "../import/kind";
import { periodRange } from "../period";
import { computeStrata } from "../indicators/strata";
import { computeAktif } from "../indicators/posyandu-aktif";
import { activeRules } from "../queries/rules";

/** Replaces the PosyanduYear rows of `ids` × `years`; posyandu without data that year are not assessed. */
export async function refreshPosyanduYears(tx: Tx, ids: number[], years: number[]): Promise<void> {
  for (const year of years) {
    const rules = await activeRules(tx, year);
    const from = new Date(Date.UTC(year, 0, 1));
    const to = new Date(Date.UTC(year, 11, 31, 23, 59, 59));
    const rows: { posyanduId: number; year: number; stratum: string; aktif: boolean; frekuensi: number; rerataKader: number | null; dsTahunan: number | null; kurang: string; kurangAktif: string; ruleVersion: string }[] = [];
    for (let i = 0; i < ids.length; i += 500) {
      const chunk = ids.slice(i, i + 500);
      const [reports, profiles, sk] = await Promise.all([
        tx.monthlyReport.findMany({ where: { posyanduId: { in: chunk }, period: { in: periodRange(`${year}-01`, `${year}-12`) } }, select: { posyanduId: true, opened: true, kaderOnDuty: true, s: true, d: true } }),
        tx.annualProfile.findMany({ where: { posyanduId: { in: chunk }, year } }),
        tx.kaderMembership.groupBy({ by: ["posyanduId"], where: { posyanduId: { in: chunk }, skNumber: { not: null }, startDate: { lte: to }, OR: [{ endDate: null }, { endDate: { gte: from } }] }, _count: { _all: true } }),
      ]);
      const monthsOf = new Map<number, typeof reports>();
      for (const r of reports) monthsOf.set(r.posyanduId, [...(monthsOf.get(r.posyanduId) ?? []), r]);
      const profileOf = new Map(profiles.map((p) => [p.posyanduId, p]));
      const skOf = new Map(sk.map((g) => [g.posyanduId, g._count._all]));
      for (const id of chunk) {
        const months = monthsOf.get(id) ?? [];
        const profile = profileOf.get(id) ?? null;
        if (months.length === 0 && !profile) continue;
        const s = computeStrata(months, profile, rules.strata);
        const a = computeAktif({ months, profile, kaderSk: skOf.get(id) ?? 0 }, rules.aktif);
        rows.push({ posyanduId: id, year, stratum: s.stratum, aktif: a.aktif, frekuensi: s.frekuensi, rerataKader: s.rerataKader, dsTahunan: s.dsTahunan, kurang: JSON.stringify(s.kurang), kurangAktif: JSON.stringify(a.kurang), ruleVersion: `${rules.versi.strata}+${rules.versi.aktif}` });
      }
    }
    for (let i = 0; i < ids.length; i += 500) await tx.posyanduYear.deleteMany({ where: { posyanduId: { in: ids.slice(i, i + 500) }, year } });
    for (let i = 0; i < rows.length; i += 5000) await tx.posyanduYear.createMany({ data: rows.slice(i, i + 5000) });
  }
}
