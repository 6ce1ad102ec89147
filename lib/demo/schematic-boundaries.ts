// Schematic demo boundaries: the shipped demo must not show real borders, so
// every kelurahan becomes one hexagon of a honeycomb around the kota centre.
// Kecamatan take consecutive pie slices of the honeycomb (clockwise, in code
// order; the first holds the centre); inside a slice the lowest kelurahan code
// sits nearest the centre.
// Hexagons are inset by `gap`, so neighbours nearly touch but never overlap.
// Same input (in any order) → identical output; no randomness, no clock.
import { centroid as turfCentroid } from "@turf/centroid";
import type { Polygon } from "geojson";
import type { Db } from "../db/client";
import { saveBoundaries, type BoundaryFeature, type BoundarySaveResult } from "../import/boundary";

export type SchematicKelurahan = { code: string; name: string; kecamatanCode: string };

export type SchematicOptions = {
  /** [lng, lat] of the kota centre; default Kota Metro. */
  centre?: [number, number];
  /** Diameter in km of the circle enclosing the honeycomb; default 10. */
  diameterKm?: number;
  /** Share of each hexagon's radius left empty at its rim (0–0.5); default 0.04. */
  gap?: number;
};

/** Kota Metro, Lampung (approximate town centre). */
export const METRO_CENTRE: [number, number] = [105.31, -5.115];
/** AreaBoundary.source of the generated shapes; the map labels schematic rows "batas skematis". */
export const SCHEMATIC_SOURCE = "Batas skematis demo (heksagon buatan, bukan batas wilayah resmi)";

const KM_PER_DEG_LAT = 110.574;
const KM_PER_DEG_LNG_AT_EQUATOR = 111.32;
const DECIMALS = 5;

// A hexagon cell in axial coordinates (pointy-top, circumradius 1).
type Cell = { q: number; r: number; x: number; y: number; norm: number; bearing: number };

function makeCell(q: number, r: number): Cell {
  const x = Math.sqrt(3) * (q + r / 2);
  const y = 1.5 * r;
  // norm = (x² + y²) / 3 exactly, an integer: ties between equally distant cells stay exact.
  const norm = q * q + q * r + r * r;
  // Clockwise from the first neighbour direction (30° east of north), in [0, 2π), so the
  // first slice starts with the centre cell and its neighbour; the centre sorts first.
  const b = Math.atan2(x, y) - Math.PI / 6;
  const bearing = norm === 0 ? -1 : b < 0 ? b + 2 * Math.PI : b;
  return { q, r, x, y, norm, bearing };
}

const byDistance = (a: Cell, b: Cell) => a.norm - b.norm || a.bearing - b.bearing || a.q - b.q;

/** The n cells nearest the centre: a roughly round honeycomb. */
function honeycomb(n: number): Cell[] {
  const reach = Math.ceil(Math.sqrt(n)) + 2;
  const pool: Cell[] = [];
  for (let q = -reach; q <= reach; q++) {
    for (let r = Math.max(-reach, -q - reach); r <= Math.min(reach, -q + reach); r++) pool.push(makeCell(q, r));
  }
  return pool.sort(byDistance).slice(0, n);
}

const round = (v: number, decimals: number) => {
  const f = 10 ** decimals;
  return Math.round(v * f) / f;
};

/** Deterministic schematic hexagons, one per kelurahan, shaped like prepareBoundaries' features. */
export function schematicBoundaries(kelurahan: readonly SchematicKelurahan[], opts: SchematicOptions = {}): BoundaryFeature[] {
  const [lng0, lat0] = opts.centre ?? METRO_CENTRE;
  const diameterKm = opts.diameterKm ?? 10;
  const gap = opts.gap ?? 0.04;
  if (!(diameterKm > 0) || !(gap >= 0 && gap < 0.5)) throw new RangeError("diameterKm harus > 0 dan gap 0–0,5");
  const sorted = [...kelurahan].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i]?.code === sorted[i - 1]?.code) throw new RangeError(`Kode kelurahan ${sorted[i]?.code} muncul lebih dari sekali`);
  }
  if (sorted.length === 0) return [];

  const groups = new Map<string, SchematicKelurahan[]>();
  for (const k of sorted) groups.set(k.kecamatanCode, [...(groups.get(k.kecamatanCode) ?? []), k]);
  const kecamatan = [...groups.keys()].sort();

  const cells = honeycomb(sorted.length);
  const extent = Math.max(...cells.map((c) => Math.hypot(c.x, c.y))) + 1;
  const kmPerUnit = diameterKm / 2 / extent;
  const kmPerDegLng = KM_PER_DEG_LNG_AT_EQUATOR * Math.cos((lat0 * Math.PI) / 180);
  const toLngLat = (x: number, y: number): [number, number] => [
    round(lng0 + (x * kmPerUnit) / kmPerDegLng, DECIMALS),
    round(lat0 + (y * kmPerUnit) / KM_PER_DEG_LAT, DECIMALS),
  ];

  // Pie slices: sweep the cells clockwise and cut one run per kecamatan.
  const sweep = [...cells].sort((a, b) => a.bearing - b.bearing || a.norm - b.norm || a.q - b.q);
  const features: BoundaryFeature[] = [];
  let next = 0;
  for (const kec of kecamatan) {
    const members = groups.get(kec) ?? [];
    const slice = sweep.slice(next, next + members.length).sort(byDistance);
    next += members.length;
    members.forEach((k, i) => {
      const cell = slice[i];
      if (!cell) return;
      const ring: [number, number][] = [];
      // Corners at 30° + 60°·i counter-clockwise from east: an RFC 7946 exterior ring.
      for (let corner = 0; corner < 6; corner++) {
        const a = ((30 + 60 * corner) * Math.PI) / 180;
        ring.push(toLngLat(cell.x + (1 - gap) * Math.cos(a), cell.y + (1 - gap) * Math.sin(a)));
      }
      ring.push(ring[0] as [number, number]);
      const geometry: Polygon = { type: "Polygon", coordinates: [ring] };
      const [cLng, cLat] = turfCentroid(geometry).geometry.coordinates;
      features.push({ code: k.code, geometry, centroid: [round(cLng ?? lng0, 6), round(cLat ?? lat0, 6)], vertices: ring.length });
    });
  }
  return features.sort((a, b) => (a.code < b.code ? -1 : 1));
}

/** Stores schematic shapes (schematic = true); a real boundary already present is kept. */
export function saveSchematicBoundaries(db: Db, features: readonly BoundaryFeature[]): Promise<BoundarySaveResult> {
  return saveBoundaries(db, features, SCHEMATIC_SOURCE, { schematic: true });
}
