// Reads of the posyandu and kader register pages, always inside the viewer's scope.
import "server-only";
import { db } from "../db/client";
import { areaWhere, posyanduWhere, scopeOf, type Scope, type Viewer } from "../auth/scope";
import { codesBelow } from "../wilayah/codes";

const VILLAGE_LEVELS = ["KELURAHAN", "DESA", "DESA_ADAT"] as const;
export const POSYANDU_PAGE_SIZE = 100;

/** Kota/kabupaten codes a scope touches (puskesmas belong to one). */
function kotaWhere(scope: Scope) {
  if (scope.kind === "set") return { kotaCode: { in: [...new Set(scope.kelurahan.map((k) => k.split(".").slice(0, 2).join(".")))] } };
  if (scope.kind === "none") return { kotaCode: { in: [] as string[] } };
  const parts = scope.root.split(".");
  return parts.length === 1 ? { kotaCode: codesBelow(scope.root) } : { kotaCode: parts.slice(0, 2).join(".") };
}

/** Kelurahan/desa of the viewer's scope with their kecamatan, for selects and filters. */
export async function listVillageOptions(viewer: Viewer) {
  const rows = await db().area.findMany({
    where: { AND: [areaWhere(scopeOf(viewer)), { level: { in: [...VILLAGE_LEVELS] } }] },
    select: { code: true, name: true, level: true, parent: { select: { name: true } } },
    orderBy: { code: "asc" },
  });
  return rows.map((r) => ({ code: r.code, name: r.name, level: r.level, kecamatanName: r.parent?.name ?? "" }));
}

/** Puskesmas of the kota/kabupaten the viewer works in. */
export function listPuskesmasOptions(viewer: Viewer) {
  return db().puskesmas.findMany({ where: kotaWhere(scopeOf(viewer)), select: { id: true, name: true, kotaCode: true }, orderBy: { name: "asc" } });
}

/** One page of posyandu in scope (optionally one kelurahan), with their active kader count. */
export async function listPosyandu(viewer: Viewer, opts: { kelurahanCode?: string | null; page?: number } = {}) {
  const where = { AND: [posyanduWhere(scopeOf(viewer)), opts.kelurahanCode ? { kelurahanCode: opts.kelurahanCode } : {}] };
  const page = Math.max(1, opts.page ?? 1);
  const [total, rows] = await Promise.all([
    db().posyandu.count({ where }),
    db().posyandu.findMany({
      where,
      orderBy: [{ kelurahanCode: "asc" }, { code: "asc" }],
      skip: (page - 1) * POSYANDU_PAGE_SIZE,
      take: POSYANDU_PAGE_SIZE,
      select: {
        id: true, code: true, name: true, rw: true, ilp: true, active: true, lat: true,
        kelurahan: { select: { code: true, name: true } }, puskesmas: { select: { name: true } },
      },
    }),
  ]);
  const counts = await db().kaderMembership.groupBy({
    by: ["posyanduId"],
    where: { endDate: null, kader: { active: true }, posyanduId: { in: rows.map((r) => r.id) } },
    _count: { kaderId: true },
  });
  const kader = new Map(counts.map((c) => [c.posyanduId, c._count.kaderId]));
  return {
    total,
    page,
    pageSize: POSYANDU_PAGE_SIZE,
    rows: rows.map((r) => ({
      code: r.code, name: r.name, rw: r.rw, ilp: r.ilp, active: r.active, hasCoordinates: r.lat !== null,
      kelurahanCode: r.kelurahan.code, kelurahanName: r.kelurahan.name, puskesmasName: r.puskesmas?.name ?? null, kaderAktif: kader.get(r.id) ?? 0,
    })),
  };
}

/** A posyandu of the viewer's scope by code, or null (the page then shows 404). */
export function getPosyandu(viewer: Viewer, code: string) {
  return db().posyandu.findFirst({
    where: { AND: [posyanduWhere(scopeOf(viewer)), { code }] },
    select: {
      id: true, code: true, name: true, kelurahanCode: true, puskesmasId: true, rw: true, address: true, lat: true, lng: true,
      ilp: true, ilpSince: true, active: true,
      kelurahan: { select: { name: true, parent: { select: { name: true } } } }, puskesmas: { select: { name: true } },
    },
  });
}

export type RosterKader = Awaited<ReturnType<typeof getKaderRoster>>[number];

/**
 * Every kader who serves or served at a posyandu of the viewer's scope, with
 * their memberships there and all their trainings; serving kader first.
 */
export async function getKaderRoster(viewer: Viewer, posyanduCode: string) {
  const posyandu = await db().posyandu.findFirst({ where: { AND: [posyanduWhere(scopeOf(viewer)), { code: posyanduCode }] }, select: { id: true } });
  if (!posyandu) return [];
  const kader = await db().kader.findMany({
    where: { memberships: { some: { posyanduId: posyandu.id } } },
    select: {
      code: true, name: true, gender: true, birthYear: true, active: true, level: true, levelOrigin: true,
      memberships: { where: { posyanduId: posyandu.id }, select: { id: true, startDate: true, endDate: true, skNumber: true }, orderBy: { startDate: "asc" } },
      trainings: { select: { id: true, type: true, date: true, organizer: true }, orderBy: { date: "asc" } },
    },
    orderBy: { name: "asc" },
  });
  return kader
    .map((k) => ({ ...k, servingHere: k.memberships.some((m) => m.endDate === null) }))
    .sort((a, b) => Number(b.servingHere) - Number(a.servingHere));
}
