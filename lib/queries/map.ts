// Map data of an area: every kelurahan inside it with its boundary and the
// chosen indicator, and the posyandu as markers (stratum, kader, last report).
// A province is mapped by kab/kota instead (thousands of desa and tens of
// thousands of posyandu are no map to read; each kab/kota's page has them).
import "server-only";
import { db } from "../db/client";
import { posyanduWhere, scopeOf, type Viewer } from "../auth/scope";
import type { Rate } from "../indicators/rate";
import { getIndicatorReport, WILAYAH_KERJA, type AreaIndicators, type When } from "./indicators";
import { cachedByScope } from "./cache";

export type MapRow = { code: string; name: string; kecamatan: string; geometry: string | null; rate: Rate | null };

/**
 * Rows (value of `indicator` for `when`): kelurahan below `kode` (or of a puskesmas's wilayah kerja: WILAYAH_KERJA),
 * or the kab/kota of a province; posyandu markers below a kab/kota.
 */
async function getMapDataUncached(viewer: Viewer, kode: string, indicator: string, when: When) {
  // The wilayah kerja maps like a kecamatan: its children are kelurahan (each named with its own kecamatan below).
  const virtual = kode === WILAYAH_KERJA;
  const depth = virtual ? 3 : kode.split(".").length;
  // Kader figures need membership reads; only the kader map asks for them.
  const opts = { kader: indicator.startsWith("posyandu_kader") || indicator.startsWith("kader") };
  const top = await getIndicatorReport(viewer, kode, when, undefined, opts);
  const areas: { area: AreaIndicators; kecamatan: string }[] =
    depth >= 4
      ? [{ area: top, kecamatan: "" }]
      : depth === 3
        ? await kelurahanOf(top, virtual)
        : depth === 1
          ? top.anak.map((a) => ({ area: a, kecamatan: "" }))
          : // Each kecamatan's kelurahan with the kota's nutrition source: one map, one source (its own choice could differ).
            (await Promise.all(top.anak.map((k) => getIndicatorReport(viewer, k.wilayah.kode, when, undefined, { ...opts, sumberGizi: top.sumber_gizi }))))
              .flatMap((r) => r.anak.map((a) => ({ area: a, kecamatan: r.wilayah.nama })));
  const codes = areas.map((k) => k.area.wilayah.kode);
  // The scope filter alone bounds a wilayah kerja's posyandu.
  const below = virtual ? {} : depth === 2 ? { kabKotaCode: kode } : depth === 3 ? { kecamatanCode: kode } : { kelurahanCode: kode };
  const [boundaries, posyandu] = await Promise.all([
    db().areaBoundary.findMany({ where: { areaCode: { in: codes } }, select: { areaCode: true, geojson: true, schematic: true } }),
    depth === 1
      ? []
      : db().posyandu.findMany({
          where: { AND: [posyanduWhere(scopeOf(viewer)), below, { active: true }, { lat: { not: null } }, { lng: { not: null } }] },
          select: { id: true, code: true, name: true, lat: true, lng: true, years: { orderBy: { year: "desc" }, take: 1, select: { stratum: true, year: true } } },
        }),
  ]);
  const ids = posyandu.map((p) => p.id);
  const [kader, reports] = ids.length === 0 ? [[], []] : await Promise.all([
    db().kaderMembership.groupBy({ by: ["posyanduId"], where: { posyanduId: { in: ids }, endDate: null, kader: { active: true } }, _count: { _all: true } }),
    db().monthlyReport.groupBy({ by: ["posyanduId"], where: { posyanduId: { in: ids } }, _max: { period: true } }),
  ]);
  const kaderOf = new Map(kader.map((k) => [k.posyanduId, k._count._all]));
  const lastOf = new Map(reports.map((r) => [r.posyanduId, r._max.period]));
  const geometry = new Map(boundaries.map((b) => [b.areaCode, b.geojson]));
  return {
    report: top,
    /** What a row is: the kab/kota of a province, else kelurahan/desa. */
    unit: depth === 1 ? ("kabupaten/kota" as const) : ("kelurahan" as const),
    schematic: boundaries.some((b) => b.schematic),
    rows: areas.map(({ area, kecamatan }): MapRow => ({
      code: area.wilayah.kode,
      name: area.wilayah.nama,
      kecamatan,
      geometry: geometry.get(area.wilayah.kode) ?? null,
      rate: (area.indikator[indicator] as Rate | undefined) ?? null,
    })),
    markers: posyandu.map((p) => ({
      code: p.code, name: p.name, lat: p.lat!, lng: p.lng!,
      stratum: (p.years[0]?.stratum ?? null) as "PRATAMA" | "MADYA" | "PURNAMA" | "MANDIRI" | null,
      kader: kaderOf.get(p.id) ?? 0,
      lastReport: lastOf.get(p.id) ?? null,
    })),
  };
}

/** A kecamatan's (or wilayah kerja's) kelurahan rows, each with the name of its kecamatan. */
async function kelurahanOf(top: AreaIndicators & { anak: AreaIndicators[] }, virtual: boolean) {
  if (!virtual) return top.anak.map((a) => ({ area: a, kecamatan: top.wilayah.nama }));
  const parents = await db().area.findMany({ where: { code: { in: top.anak.map((a) => a.wilayah.kode) } }, select: { code: true, parent: { select: { name: true } } } });
  const nameOf = new Map(parents.map((p) => [p.code, p.parent?.name ?? ""]));
  return top.anak.map((a) => ({ area: a, kecamatan: nameOf.get(a.wilayah.kode) ?? "" }));
}

/** Cached per data version and scope (lib/queries/cache.ts). */
export const getMapData = cachedByScope("map", getMapDataUncached);
