// Reads the rollup tables for a set of areas and turns them into the same
// Counts the per-posyandu path produces (lib/rollup keeps them equal).
import type { Db } from "../db/client";
import { sumCounts } from "../indicators/rate";
import { ZERO_NUTRITION } from "../indicators/nutrition";
import { monthsOfWhen, type Counts, type When } from "./indicators";
import { ZERO_SKDN } from "../indicators/skdn";
import { ZERO_KADER, type KaderCounts } from "../indicators/kader";

type Part = Partial<Pick<Counts, "skdn" | "gizi" | "strata">> & { last: Date | null };

/** Rolled-up counts per area code for a month or a year. */
export async function rollupCounts(client: Db, codes: string[], when: When): Promise<Map<string, Part>> {
  const out = new Map<string, Part>();
  const part = (code: string) => out.get(code) ?? out.set(code, { last: null }).get(code)!;
  const seen = (p: Part, at: Date | null) => {
    if (at && (!p.last || at > p.last)) p.last = at;
  };
  if ("tahun" in when) {
    for (const r of await client.areaYear.findMany({ where: { areaCode: { in: codes }, year: when.tahun } })) {
      const p = part(r.areaCode);
      p.strata = { pratama: r.pratama, madya: r.madya, purnama: r.purnama, mandiri: r.mandiri, aktif: r.aktif, dinilai: r.dinilai };
      seen(p, r.lastEntered);
    }
    return out;
  }
  const periods = monthsOfWhen(when);
  const [months, nutrition] = await Promise.all([
    client.areaMonth.findMany({ where: { areaCode: { in: codes }, period: { in: periods } } }),
    "periode" in when ? client.areaNutrition.findMany({ where: { areaCode: { in: codes }, period: when.periode } }) : [],
  ]);
  for (const { areaCode, period: _p, parentCode: _c, lastEntered, ...counts } of months) {
    void _p; void _c;
    const p = part(areaCode);
    p.skdn = sumCounts([p.skdn ?? ZERO_SKDN, { ...counts, posyanduAktif: 0 }], ZERO_SKDN);
    seen(p, lastEntered);
  }
  for (const { areaCode, period: _p, parentCode: _c, lastEntered, source, ...counts } of nutrition) {
    void _p; void _c;
    const p = part(areaCode);
    p.gizi = { ...p.gizi, [source]: sumCounts([counts], ZERO_NUTRITION) };
    seen(p, lastEntered);
  }
  return out;
}

/** Adds rolled-up counts into per-posyandu sums (which carry kader and the active-posyandu count). */
export function merge(into: Counts, r: Part): void {
  if (r.skdn) into.skdn = { ...r.skdn, posyanduAktif: into.skdn.posyanduAktif };
  if (r.gizi) into.gizi = r.gizi;
  if (r.strata) into.strata = r.strata;
  if (r.last && (!into.last || r.last > into.last)) into.last = r.last;
}

/** The AreaKader month a report reads: its month, the last month of a rolling window, December of a year. */
export const kaderPeriodOf = (when: When) => ("tahun" in when ? `${when.tahun}-12` : "rolling" in when ? when.rolling : when.periode);

/**
 * Kader counts of `kode` and of each child per period from AreaKader, for the
 * periods whose rows are complete: a provinsi (depth 1) sums its kab/kota rows
 * and needs every one of them (its own row may sum only some); deeper areas
 * need their own row and every child's. Other periods are left out (the caller
 * falls back to memberships).
 */
export async function kaderRollup(client: Db, kode: string, children: string[], periods: string[]): Promise<Map<string, { total: KaderCounts; children: Map<string, KaderCounts> }>> {
  const provinsi = kode.split(".").length === 1;
  if (provinsi && children.length === 0) return new Map();
  const rows = await client.areaKader.findMany({ where: { areaCode: { in: provinsi ? children : [kode, ...children] }, period: { in: periods } } });
  const at = new Map(rows.map((r) => [`${r.areaCode}|${r.period}`, kaderOf(r)]));
  const out = new Map<string, { total: KaderCounts; children: Map<string, KaderCounts> }>();
  for (const period of periods) {
    const own = children.map((c) => at.get(`${c}|${period}`));
    if (own.some((c) => !c)) continue;
    const total = provinsi ? sumCounts(own as KaderCounts[], ZERO_KADER) : at.get(`${kode}|${period}`);
    if (!total) continue;
    out.set(period, { total, children: new Map(children.map((c, i) => [c, own[i]!])) });
  }
  return out;
}

const kaderOf = (r: KaderCounts): KaderCounts => ({
  posyanduAktif: r.posyanduAktif, kaderAktif: r.kaderAktif, posyanduKaderCukup: r.posyanduKaderCukup,
  kaderTerlatih: r.kaderTerlatih, purwa: r.purwa, madya: r.madya, utama: r.utama,
});
