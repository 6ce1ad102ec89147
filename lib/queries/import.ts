// Scoped reads the importers need: which codes the uploader may write to, and
// the rows a file would overwrite. Accepts a transaction client so a commit
// validates against the same snapshot it writes into.
import type { Db } from "../db/client";
import { areaWhere, posyanduWhere, scopeOf, type Viewer } from "../auth/scope";
import { codesBelow } from "../wilayah/codes";

export type Client = Pick<Db, "posyandu" | "area" | "puskesmas" | "monthlyReport" | "nutritionAggregate" | "annualProfile" | "kader" | "nameMapping">;
// No "server-only" here: the CLI importer (scripts/impor.ts) shares these reads.

const CHUNK = 900;
/** Runs `run` on slices of at most CHUNK items (SQLite's parameter limit) and joins the results. */
export async function chunked<T, R>(items: T[], run: (chunk: T[]) => Promise<R[]>): Promise<R[]> {
  const out: R[] = [];
  // Not push(...rows): one slice can return more rows than a call may have arguments (a re-import of 150,000 reports).
  for (let i = 0; i < items.length; i += CHUNK) for (const row of await run(items.slice(i, i + CHUNK))) out.push(row);
  return out;
}

/** Posyandu the viewer may write to, by code (codes outside the scope are simply absent). */
export async function posyanduByCode(client: Client, viewer: Viewer, codes: string[]) {
  const rows = await chunked([...new Set(codes)], (chunk) =>
    client.posyandu.findMany({ where: { AND: [posyanduWhere(scopeOf(viewer)), { code: { in: chunk } }] }, select: { id: true, code: true, name: true, kelurahanCode: true, kecamatanCode: true, kabKotaCode: true, puskesmasId: true, rw: true, address: true, lat: true, lng: true, ilp: true, ilpSince: true, active: true } }),
  );
  return new Map(rows.map((r) => [r.code, r]));
}

/** Kelurahan/desa the viewer may place posyandu in, by code. */
export async function villagesByCode(client: Client, viewer: Viewer, codes: string[]) {
  const rows = await chunked([...new Set(codes)], (chunk) =>
    client.area.findMany({ where: { AND: [areaWhere(scopeOf(viewer)), { code: { in: chunk } }, { level: { in: ["KELURAHAN", "DESA", "DESA_ADAT"] } }] }, select: { code: true, parentCode: true } }),
  );
  return new Map(rows.map((r) => [r.code, r]));
}

/** Puskesmas of a kab/kota by name. */
export async function puskesmasByName(client: Client, kotaCodes: string[]) {
  const rows = await client.puskesmas.findMany({ where: { kotaCode: { in: kotaCodes } }, select: { id: true, name: true, kotaCode: true } });
  return new Map(rows.map((r) => [`${r.kotaCode}|${r.name.toLowerCase()}`, r]));
}

/** Posyandu by code regardless of scope: only to tell "exists elsewhere" from "new" for posyandu imports. */
export async function posyanduCodesTaken(client: Client, codes: string[]) {
  const rows = await chunked([...new Set(codes)], (chunk) => client.posyandu.findMany({ where: { code: { in: chunk } }, select: { code: true } }));
  return new Set(rows.map((r) => r.code));
}

/**
 * Kader by code (any scope: the importer decides what the viewer may change) with their open memberships, the codes
 * of every posyandu they ever served at (`servedAt`, closed memberships too) and their basic training.
 */
export async function kaderByCode(client: Client, codes: string[]) {
  const rows = await chunked([...new Set(codes)], (chunk) =>
    client.kader.findMany({
      where: { code: { in: chunk } },
      select: {
        id: true, code: true, name: true, gender: true, birthYear: true, active: true, level: true, levelOrigin: true,
        memberships: { select: { id: true, posyanduId: true, startDate: true, endDate: true, posyandu: { select: { code: true } } } },
        trainings: { where: { type: "DASAR" }, select: { id: true } },
      },
    }),
  );
  return new Map(rows.map(({ memberships, ...k }) => [k.code, {
    ...k,
    // Open memberships only, named field by field so `endDate` (always null here) stays out of the shape.
    memberships: memberships.filter((m) => m.endDate === null).map((m) => ({ id: m.id, posyanduId: m.posyanduId, startDate: m.startDate, posyandu: m.posyandu })),
    servedAt: [...new Set(memberships.map((m) => m.posyandu.code))],
  }]));
}

/** Kelurahan/desa in the viewer's scope with their names (e-PPGBM files name places, never code them). */
export function villagesInScope(client: Client, viewer: Viewer) {
  return client.area.findMany({
    where: { AND: [areaWhere(scopeOf(viewer)), { level: { in: ["KELURAHAN", "DESA", "DESA_ADAT"] } }] },
    select: { code: true, name: true },
  });
}

/** Posyandu the viewer may write to, with names, for name matching. */
export function posyanduInScope(client: Client, viewer: Viewer) {
  return client.posyandu.findMany({ where: { ...posyanduWhere(scopeOf(viewer)), active: true }, select: { id: true, code: true, name: true, kelurahanCode: true } });
}

/**
 * Every kelurahan/desa of a kab/kota regardless of scope: only to check that a name mapping saved by one user does
 * not take over the name of a village outside their area (lib/import/mapping.ts).
 */
export function villagesOfKabKota(client: Pick<Db, "area">, kabKotaCode: string) {
  return client.area.findMany({ where: { code: codesBelow(kabKotaCode), level: { in: ["KELURAHAN", "DESA", "DESA_ADAT"] } }, select: { code: true, name: true } });
}

/** Remembered e-PPGBM name mappings. */
export function nameMappings(client: Pick<Db, "nameMapping">) {
  return client.nameMapping.findMany({ select: { kind: true, sourceKey: true, kelurahanCode: true, posyanduId: true } });
}

/** Every area in the viewer's scope (code, level, name), for boundary matching. */
export function areasInScope(client: Client, viewer: Viewer) {
  return client.area.findMany({ where: areaWhere(scopeOf(viewer)), select: { code: true, level: true, name: true } });
}
