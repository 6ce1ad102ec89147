import "server-only";
// Scoped reads of the data-entry pages (/laporan, /gizi, /profil): which
// kelurahan and posyandu the viewer may fill in, and the values stored so far.
import { db } from "../db/client";
import { areaWhere, canViewArea, posyanduWhere, scopeOf, type Viewer } from "../auth/scope";
import { addMonths } from "../period";
import { NUTRITION_SOURCES, type NutritionSourceKey } from "../validations/reports";

export type EntryVillage = { code: string; name: string; kecamatanName: string };

/** Kelurahan/desa in the viewer's scope (for a puskesmas: its wilayah kerja), by code. */
export async function listEntryVillages(viewer: Viewer): Promise<EntryVillage[]> {
  const rows = await db().area.findMany({
    where: { AND: [areaWhere(scopeOf(viewer)), { level: { in: ["KELURAHAN", "DESA", "DESA_ADAT"] } }] },
    select: { code: true, name: true, parent: { select: { name: true } } },
    orderBy: { code: "asc" },
  });
  return rows.map((r) => ({ code: r.code, name: r.name, kecamatanName: r.parent?.name ?? "" }));
}

export type StoredReport = {
  opened: boolean; kaderOnDuty: number | null; s: number | null; k: number | null; d: number | null; n: number | null;
  o: number | null; b: number | null; bgm: number | null; t2: number | null; source: string; qualityFlags: string | null;
};
export type GridRowData = { posyanduId: number; code: string; name: string; rw: string | null; report: StoredReport | null; lastS: number | null };

/** Active posyandu of one kelurahan with their report of `period` and last month's S; empty outside the scope. */
export async function getMonthlyGrid(viewer: Viewer, kelurahanCode: string, period: string): Promise<GridRowData[]> {
  const scope = scopeOf(viewer);
  if (!canViewArea(scope, kelurahanCode)) return [];
  const previous = addMonths(period, -1);
  const rows = await db().posyandu.findMany({
    where: { AND: [posyanduWhere(scope), { kelurahanCode, active: true }] },
    select: {
      id: true, code: true, name: true, rw: true,
      reports: {
        where: { period: { in: [period, previous] } },
        select: { period: true, opened: true, kaderOnDuty: true, s: true, k: true, d: true, n: true, o: true, b: true, bgm: true, t2: true, source: true, qualityFlags: true },
      },
    },
    orderBy: [{ name: "asc" }, { code: "asc" }],
  });
  return rows.map((p) => {
    const current = p.reports.find((r) => r.period === period);
    const last = p.reports.find((r) => r.period === previous);
    const report: StoredReport | null = current
      ? { opened: current.opened, kaderOnDuty: current.kaderOnDuty, s: current.s, k: current.k, d: current.d, n: current.n, o: current.o, b: current.b, bgm: current.bgm, t2: current.t2, source: current.source, qualityFlags: current.qualityFlags }
      : null;
    return { posyanduId: p.id, code: p.code, name: p.name, rw: p.rw, report, lastS: last?.s ?? null };
  });
}

export type EntryPosyandu = { id: number; code: string; name: string; kelurahanCode: string; kelurahanName: string };

/** Active posyandu the viewer may fill in, ordered by kelurahan then name. */
export async function listEntryPosyandu(viewer: Viewer): Promise<EntryPosyandu[]> {
  const rows = await db().posyandu.findMany({
    where: { ...posyanduWhere(scopeOf(viewer)), active: true },
    select: { id: true, code: true, name: true, kelurahanCode: true, kelurahan: { select: { name: true } } },
    orderBy: [{ kelurahanCode: "asc" }, { name: "asc" }],
  });
  return rows.map((r) => ({ id: r.id, code: r.code, name: r.name, kelurahanCode: r.kelurahanCode, kelurahanName: r.kelurahan.name }));
}

/** The stored nutrition aggregate of one posyandu × period × source, or null (also outside the scope). */
export function getNutritionEntry(viewer: Viewer, posyanduId: number, period: string, sumber: NutritionSourceKey) {
  return db().nutritionAggregate.findFirst({
    where: { posyanduId, period, source: NUTRITION_SOURCES[sumber], posyandu: posyanduWhere(scopeOf(viewer)) },
    select: {
      diukurTb: true, sangatPendek: true, pendek: true, diukurBbTb: true, giziBuruk: true, giziKurang: true,
      diukurBb: true, bbSangatKurang: true, bbKurang: true, updatedAt: true, importBatchId: true,
    },
  });
}

/** The stored annual profile of one posyandu × year, or null (also outside the scope). */
export function getProfileEntry(viewer: Viewer, posyanduId: number, year: number) {
  return db().annualProfile.findFirst({
    where: { posyanduId, year, posyandu: posyanduWhere(scopeOf(viewer)) },
    select: {
      cakupanKia: true, cakupanKb: true, cakupanImunisasi: true, programTambahan: true, danaSehat: true, alatUkurLengkap: true,
      updatedAt: true, importBatchId: true,
    },
  });
}
