// The posyandu table of a kelurahan page: per posyandu its stratum and what is
// missing to move up, Posyandu Aktif, active kader, last report, D/S of the
// month and stunting of the measurement period. Figures from the engine.
import "server-only";
import { db } from "../db/client";
import { canViewArea, posyanduWhere, scopeOf, type Viewer } from "../auth/scope";
import type { Rate } from "../indicators/rate";
import { AreaAccessError, getIndicatorReport } from "./indicators";
import { parseReasons } from "./posyandu-detail";
import { cachedByScope } from "./cache";
import { SOURCE_LABEL } from "../indicators/nutrition-sources";
import { latestPeriods } from "./latest-periods";
import { strataYearFor, strataYearLabel, yearRated } from "../indicators/strata-distribution";

export type PosyanduStatus = {
  kode: string;
  nama: string;
  /** `tahunLabel`: "2026 (s.d. Oktober, sementara)" while the year runs. */
  strata: { tahun: number; tahunLabel: string; strata: string; aktif: boolean; kurang: string[]; kurangAktif: string[] } | null;
  kader: number;
  laporanTerakhir: string | null;
  ds: Rate | null;
  stunting: Rate | null;
  /** The source the stunting figure was read in ("e-PPGBM", "rekap manual"), as the kelurahan total chose it. */
  sumberGizi: string | null;
};

/** One row per active posyandu of the kelurahan `kode` for `bulan` (and its latest Feb/Aug `gizi`). */
async function getPosyanduStatusUncached(viewer: Viewer, kode: string, bulan: string, gizi: string | null): Promise<PosyanduStatus[]> {
  if (!canViewArea(scopeOf(viewer), kode)) throw new AreaAccessError(`Wilayah ${kode} di luar cakupan akun Anda.`);
  // The strata of the month's year, or of the year before while that one is too young to rate (as the ringkasan);
  // a year that is not rated (the data's first, partial year) shows no stratum.
  const latest = await latestPeriods(kode);
  const tahun = strataYearFor(bulan, latest.first, latest.month);
  const [month, nutrition, posyandu] = await Promise.all([
    getIndicatorReport(viewer, kode, { periode: bulan }),
    gizi ? getIndicatorReport(viewer, kode, { periode: gizi }, undefined, { kader: false }) : null,
    db().posyandu.findMany({
      where: { AND: [posyanduWhere(scopeOf(viewer)), { kelurahanCode: kode, active: true }] },
      select: { id: true, code: true, years: { where: { year: { lte: tahun } }, orderBy: { year: "desc" }, take: 3 } },
    }),
  ]);
  const last = await db().monthlyReport.groupBy({ by: ["posyanduId"], where: { posyanduId: { in: posyandu.map((p) => p.id) } }, _max: { period: true } });
  const lastOf = new Map(last.map((l) => [l.posyanduId, l._max.period]));
  const byCode = new Map(posyandu.map((p) => [p.code, p]));
  return month.anak.map((a): PosyanduStatus => {
    const p = byCode.get(a.wilayah.kode);
    const y = p?.years.find((x) => yearRated(x.year, latest.first, latest.month));
    const kader = a.indikator.kader_per_posyandu as { pembilang: number } | undefined;
    return {
      kode: a.wilayah.kode,
      nama: a.wilayah.nama,
      strata: y ? { tahun: y.year, tahunLabel: strataYearLabel(y.year, latest.month), strata: y.stratum, aktif: y.aktif, kurang: parseReasons(y.kurang), kurangAktif: parseReasons(y.kurangAktif) } : null,
      kader: kader?.pembilang ?? 0,
      laporanTerakhir: p ? (lastOf.get(p.id) ?? null) : null,
      ds: (a.indikator.d_s as Rate | undefined) ?? null,
      sumberGizi: nutrition?.sumber_gizi ? (SOURCE_LABEL[nutrition.sumber_gizi] ?? nutrition.sumber_gizi) : null,
      stunting: (nutrition?.anak.find((x) => x.wilayah.kode === a.wilayah.kode)?.indikator.stunting as Rate | undefined) ?? null,
    };
  });
}

/** Cached per data version and scope (lib/queries/cache.ts). */
export const getPosyanduStatus = cachedByScope("posyandu-status", getPosyanduStatusUncached);
