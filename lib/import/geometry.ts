// Pure geometry helpers for boundary imports: structural checks on untrusted
// GeoJSON, self-intersection tests and the display pipeline (rewind →
// simplify → truncate → centroid). No I/O; messages are Indonesian.
import type { MultiPolygon, Polygon } from "geojson";
import { centroid as turfCentroid } from "@turf/centroid";
import { kinks } from "@turf/kinks";
import { rewind } from "@turf/rewind";
import { simplify } from "@turf/simplify";
import { truncate } from "@turf/truncate";

export type Position2 = [number, number];
export type Ring = Position2[];
/** Rings of one polygon: the exterior first, then holes. */
export type PolygonRings = Ring[];
export type BoundaryGeometry = Polygon | MultiPolygon;

/** turf kinks is O(n²) per polygon; above this many positions the file must be simplified first. */
export const MAX_POLYGON_POSITIONS = 20_000;
/** Output precision: 5 decimals ≈ 1 m, enough for a kelurahan map. */
export const OUTPUT_DECIMALS = 5;

/** True when `text` nests arrays/objects deeper than `maxDepth`; a linear scan, so it cannot overflow the stack. */
export function exceedsJsonDepth(text: string, maxDepth: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      if (++depth > maxDepth) return true;
    } else if (c === 93 || c === 125) depth--;
  }
  return false;
}

/** UTF-8 size of a string without allocating a buffer (works in the browser too). */
export function utf8ByteLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      n += 4; // surrogate pair
      i++;
    } else n += 3;
  }
  return n;
}

type Read<T> = { ok: true; value: T } | { ok: false; message: string };

const show = (v: unknown) => {
  const s = JSON.stringify(v) ?? String(v);
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
};

/** Validates one ring of untrusted input; drops z values and consecutive duplicate positions. */
export function readRing(raw: unknown, where: string): Read<Ring> {
  if (!Array.isArray(raw)) return { ok: false, message: `${where} bukan daftar koordinat` };
  if (raw.length === 0) return { ok: false, message: `${where} kosong` };
  const ring: Ring = [];
  for (let i = 0; i < raw.length; i++) {
    const p: unknown = raw[i];
    if (!Array.isArray(p) || p.length < 2 || !p.every((v) => typeof v === "number" && Number.isFinite(v))) {
      return { ok: false, message: `${where}, koordinat ke-${i + 1} tidak sah (${show(p)}); harus [bujur, lintang] berupa angka` };
    }
    const [lng, lat] = p as [number, number];
    if (lng < -180 || lng > 180 || lat < -90 || lat > 90) {
      const hint = Math.abs(lng) <= 90 && Math.abs(lat) <= 180 ? "; urutan mungkin tertukar — GeoJSON memakai [bujur, lintang]" : "";
      return { ok: false, message: `${where}, koordinat ke-${i + 1} di luar jangkauan (bujur ${lng}, lintang ${lat}): bujur harus -180..180 dan lintang -90..90${hint}` };
    }
    const prev = ring[ring.length - 1];
    if (!prev || prev[0] !== lng || prev[1] !== lat) ring.push([lng, lat]);
  }
  const first = raw[0] as number[] | undefined;
  const last = raw[raw.length - 1] as number[] | undefined;
  if (!first || !last || first[0] !== last[0] || first[1] !== last[1]) {
    return { ok: false, message: `${where} tidak tertutup: titik pertama dan terakhir harus sama` };
  }
  if (ring.length < 4) {
    return { ok: false, message: `${where} hanya memiliki ${ring.length} titik berbeda (termasuk penutup); minimal 4` };
  }
  return { ok: true, value: ring };
}

function readPolygon(raw: unknown, label: string): Read<PolygonRings> {
  if (!Array.isArray(raw) || raw.length === 0) return { ok: false, message: `${label} tidak memiliki ring` };
  const rings: PolygonRings = [];
  for (let r = 0; r < raw.length; r++) {
    const where = `${label}, ring ${r === 0 ? "luar" : `dalam ke-${r}`}`;
    const ring = readRing(raw[r], where);
    if (!ring.ok) return ring;
    rings.push(ring.value);
  }
  const positions = rings.reduce((n, ring) => n + ring.length, 0);
  if (positions > MAX_POLYGON_POSITIONS) {
    return { ok: false, message: `${label} memiliki ${positions} titik (batas ${MAX_POLYGON_POSITIONS}); sederhanakan dulu, misalnya dengan mapshaper atau QGIS` };
  }
  return { ok: true, value: rings };
}

/** Reads a Polygon or MultiPolygon geometry of untrusted input into a list of polygons. */
export function readGeometry(raw: unknown): Read<PolygonRings[]> {
  if (raw === null || typeof raw !== "object") return { ok: false, message: "fitur tidak memiliki geometri" };
  const g = raw as { type?: unknown; coordinates?: unknown };
  if (g.type === "Polygon") {
    const p = readPolygon(g.coordinates, "poligon");
    return p.ok ? { ok: true, value: [p.value] } : p;
  }
  if (g.type === "MultiPolygon") {
    if (!Array.isArray(g.coordinates) || g.coordinates.length === 0) return { ok: false, message: "MultiPolygon tidak berisi poligon" };
    const polygons: PolygonRings[] = [];
    for (let i = 0; i < g.coordinates.length; i++) {
      const p = readPolygon(g.coordinates[i], `poligon ke-${i + 1}`);
      if (!p.ok) return p;
      polygons.push(p.value);
    }
    return { ok: true, value: polygons };
  }
  return { ok: false, message: `jenis geometri ${show(g.type ?? null)} tidak didukung; gunakan Polygon atau MultiPolygon` };
}

/** First self-intersection of a polygon (its rings against themselves and each other), or null. */
export function firstKink(rings: PolygonRings): Position2 | null {
  const found = kinks({ type: "Polygon", coordinates: rings }).features[0];
  if (!found) return null;
  const [lng, lat] = found.geometry.coordinates;
  return [lng ?? 0, lat ?? 0];
}

const round = (v: number, decimals: number) => {
  const f = 10 ** decimals;
  return Math.round(v * f) / f;
};

function dedupe(ring: Ring): Ring {
  const out: Ring = [];
  for (const p of ring) {
    const prev = out[out.length - 1];
    if (!prev || prev[0] !== p[0] || prev[1] !== p[1]) out.push(p);
  }
  return out;
}

function truncateRing(ring: Ring): Ring {
  const line = truncate({ type: "LineString", coordinates: ring }, { precision: OUTPUT_DECIMALS, coordinates: 2 });
  return dedupe(line.coordinates as Ring);
}

const usable = (ring: Ring) => ring.length >= 4 && !firstKink([ring]);

function simplifyRing(ring: Ring, tolerance: number): { ring: Ring; fellBack: boolean } {
  if (tolerance > 0) {
    const simple = simplify({ type: "Polygon", coordinates: [ring] }, { tolerance, highQuality: false });
    const candidate = truncateRing(simple.coordinates[0] as Ring);
    if (usable(candidate)) return { ring: candidate, fellBack: false };
  }
  // Simplifying (or rounding) broke the ring: keep every vertex instead.
  const full = truncateRing(ring);
  return { ring: usable(full) ? full : ring, fellBack: tolerance > 0 };
}

export type PreparedGeometry = { geometry: BoundaryGeometry; centroid: Position2; vertices: number; fallbacks: number };

/** Rewinds to RFC 7946, simplifies each ring (falling back when that creates a kink), rounds, and computes the centroid. */
export function prepareGeometry(polygons: PolygonRings[], tolerance: number): PreparedGeometry {
  const wound = polygons.map((rings) => (rewind({ type: "Polygon", coordinates: rings }) as Polygon).coordinates as PolygonRings);
  let fallbacks = 0;
  const out = wound.map((rings) => {
    const simple = rings.map((ring) => simplifyRing(ring, tolerance));
    fallbacks += simple.filter((s) => s.fellBack).length;
    const result = simple.map((s) => s.ring);
    // Rings simplified apart may now cross each other (a hole poking out): keep the polygon whole.
    if (result.length > 1 && firstKink(result)) {
      fallbacks++;
      return rings.map(truncateRing);
    }
    return result;
  });
  const geometry: BoundaryGeometry =
    out.length === 1 ? { type: "Polygon", coordinates: out[0] as PolygonRings } : { type: "MultiPolygon", coordinates: out };
  const [lng, lat] = turfCentroid(geometry).geometry.coordinates;
  const vertices = out.reduce((n, rings) => n + rings.reduce((m, ring) => m + ring.length, 0), 0);
  return { geometry, centroid: [round(lng ?? 0, 6), round(lat ?? 0, 6)], vertices, fallbacks };
}
