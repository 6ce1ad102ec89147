// Everything the page of one posyandu shows besides its SKDN chart: profile,
// strata history with the reasons, kader summary and nutrition by period.
// Scoped: a posyandu outside the viewer's scope is simply not found.
import "server-only";
import { db } from "../db/client";
import { posyanduWhere, scopeOf, type Viewer } from "../auth/scope";
import { kaderCountsOf, kaderIndicators } from "../indicators/kader";
import { nutritionIndicators, type NutritionIndicators } from "../indicators/nutrition";
import { z } from "../validations/z";
import { ruleVersionText } from "../reference/seed";
import { yearRated, yearRunningUntil } from "../indicators/strata-distribution";
import { latestPeriods } from "./latest-periods";

const reasons = z.array(z.string()).catch([]);
/** PosyanduYear.kurang / kurangAktif are JSON arrays of Indonesian sentences. */
export const parseReasons = (json: string): string[] => {
  try {
    return reasons.parse(JSON.parse(json));
  } catch {
    return [];
  }
};

export type StrataYear = {
  tahun: number; strata: string; aktif: boolean; frekuensi: number; rerataKader: number | null; dsTahunan: number | null; kurang: string[]; kurangAktif: string[]; aturan: string;
  /**
   * False when the kelurahan's data begins after January of the year, or the year runs with fewer than 8 months
   * (yearRated, as the area figures rule): the stored stratum then rests on the months recorded, not the months a
   * year gives to open, and is not shown as a rating.
   */
  dinilai: boolean;
  /** The kelurahan's latest month while the year runs ("2026-10"): the rating is provisional, or not yet made. */
  sampai: string | null;
};
export type NutritionRow = { periode: string; sumber: string; indikator: NutritionIndicators; dicatat: string };

/** The posyandu `code` as seen by `viewer`, or null (→ 404). */
export async function getPosyanduDetail(viewer: Viewer, code: string) {
  const p = await db().posyandu.findFirst({
    where: { AND: [posyanduWhere(scopeOf(viewer)), { code }] },
    select: {
      id: true, code: true, name: true, kelurahanCode: true, rw: true, dusun: true, address: true, lat: true, lng: true, ilp: true, ilpSince: true, skNumber: true, active: true,
      kelurahan: { select: { name: true, parent: { select: { name: true } } } },
      puskesmas: { select: { name: true } },
    },
  });
  if (!p) return null;
  const [years, memberships, nutrition, last, profile, first, area] = await Promise.all([
    db().posyanduYear.findMany({ where: { posyanduId: p.id }, orderBy: { year: "desc" } }),
    db().kaderMembership.findMany({
      where: { posyanduId: p.id, endDate: null, kader: { active: true } },
      select: { kader: { select: { level: true, trainings: { where: { type: "DASAR" }, select: { id: true }, take: 1 } } } },
    }),
    db().nutritionAggregate.findMany({ where: { posyanduId: p.id }, orderBy: [{ period: "desc" }, { source: "asc" }], take: 24 }),
    db().monthlyReport.findFirst({ where: { posyanduId: p.id }, orderBy: { period: "desc" }, select: { period: true, enteredAt: true, source: true } }),
    db().annualProfile.findFirst({ where: { posyanduId: p.id }, orderBy: { year: "desc" } }),
    db().monthlyReport.findFirst({ where: { posyanduId: p.id }, orderBy: { period: "asc" }, select: { period: true } }),
    latestPeriods(p.kelurahanCode),
  ]);
  const kader = kaderIndicators(kaderCountsOf(memberships.map((m) => ({ trained: m.kader.trainings.length > 0, level: m.kader.level }))));
  return {
    profil: {
      kode: p.code, nama: p.name, kelurahanKode: p.kelurahanCode, kelurahan: p.kelurahan.name, kecamatan: p.kelurahan.parent?.name ?? "",
      rw: p.rw, dusun: p.dusun, alamat: p.address, puskesmas: p.puskesmas?.name ?? null, ilp: p.ilp, ilpSejak: p.ilpSince, sk: p.skNumber, aktif: p.active,
      koordinat: p.lat !== null && p.lng !== null ? { lat: p.lat, lng: p.lng } : null,
    },
    laporanTerakhir: last ? { periode: last.period, dicatat: last.enteredAt.toISOString(), sumber: last.source } : null,
    /** The month of the first report (the month picker lists from it to the last). */
    laporanPertama: first?.period ?? null,
    /** The first month of the kelurahan's data: years it does not cover from January are not rated. */
    dataKelurahanMulai: area.first,
    profilTahunan: profile,
    strata: years.map((y): StrataYear => ({
      tahun: y.year, strata: y.stratum, aktif: y.aktif, frekuensi: y.frekuensi, rerataKader: y.rerataKader, dsTahunan: y.dsTahunan,
      kurang: parseReasons(y.kurang), kurangAktif: parseReasons(y.kurangAktif), aturan: ruleVersionText(y.ruleVersion),
      dinilai: yearRated(y.year, area.first, area.month),
      sampai: yearRunningUntil(y.year, area.month),
    })),
    kader,
    gizi: nutrition.map((g): NutritionRow => ({ periode: g.period, sumber: g.source, indikator: nutritionIndicators(g), dicatat: g.updatedAt.toISOString() })),
  };
}
