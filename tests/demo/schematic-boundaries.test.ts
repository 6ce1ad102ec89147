import { describe, expect, it } from "vitest";
import { kinks } from "@turf/kinks";
import type { Position } from "geojson";
import { freshDb } from "../helpers/db";
import { METRO_CENTRE, SCHEMATIC_SOURCE, saveSchematicBoundaries, schematicBoundaries, type SchematicKelurahan } from "@/lib/demo/schematic-boundaries";
import { kotaMapPayloadBytes, saveBoundaries, type BoundaryFeature } from "@/lib/import/boundary";
import { readOfficialAreas } from "@/lib/wilayah/idn-area";
import { loadWilayah } from "@/lib/wilayah/load";

/** Kelurahan/desa of a kota from the official list, as the demo generator would pass them. */
function kelurahanOf(kota: string): SchematicKelurahan[] {
  return readOfficialAreas(kota)
    .filter((a) => a.level === "KELURAHAN" || a.level === "DESA")
    .map((a) => ({ code: a.code, name: a.name, kecamatanCode: a.parentCode ?? "" }));
}

const ring = (f: BoundaryFeature): Position[] => (f.geometry.type === "Polygon" ? (f.geometry.coordinates[0] ?? []) : []);
const KM_LAT = 110.574;
const kmLng = (lat: number) => 111.32 * Math.cos((lat * Math.PI) / 180);

/** True when the convex polygons a and b overlap by more than `tol` along every axis (separating axis theorem). */
function convexOverlap(a: Position[], b: Position[], tol: number): boolean {
  for (const poly of [a, b]) {
    for (let i = 0; i + 1 < poly.length; i++) {
      const [x1, y1] = poly[i] as [number, number];
      const [x2, y2] = poly[i + 1] as [number, number];
      const len = Math.hypot(x2 - x1, y2 - y1);
      const [nx, ny] = [-(y2 - y1) / len, (x2 - x1) / len];
      const project = (p: Position[]) => p.map(([x, y]) => (x ?? 0) * nx + (y ?? 0) * ny);
      const [pa, pb] = [project(a), project(b)];
      const gap = Math.max(Math.min(...pa) - Math.max(...pb), Math.min(...pb) - Math.max(...pa));
      if (gap > -tol) return false; // a separating (or merely touching) axis
    }
  }
  return true;
}

/** Twice the signed area (shoelace); > 0 is counter-clockwise. */
const signedArea = (r: Position[]) => r.slice(1).reduce((s, p, i) => s + ((r[i]?.[0] ?? 0) * (p[1] ?? 0) - (p[0] ?? 0) * (r[i]?.[1] ?? 0)), 0);

describe("schematicBoundaries", () => {
  const metro = kelurahanOf("18.72");

  it("gives Kota Metro's 22 kelurahan one simple, convex, CCW hexagon each, ~10 km across, around the centre", () => {
    expect(metro).toHaveLength(22);
    const features = schematicBoundaries(metro);
    expect(features.map((f) => f.code)).toEqual(metro.map((k) => k.code).sort());
    const lngs: number[] = [];
    const lats: number[] = [];
    for (const f of features) {
      const r = ring(f);
      expect(f.geometry.type).toBe("Polygon");
      expect(r).toHaveLength(7);
      expect(f.vertices).toBe(7);
      expect(r[0]).toEqual(r[6]);
      expect(kinks(f.geometry).features).toEqual([]);
      expect(signedArea(r)).toBeGreaterThan(0);
      for (const [x, y] of r) {
        lngs.push(x ?? 0);
        lats.push(y ?? 0);
      }
      const cx = r.slice(0, 6).reduce((s, p) => s + (p[0] ?? 0), 0) / 6;
      expect(Math.abs(f.centroid[0] - cx)).toBeLessThan(1e-5);
    }
    const width = (Math.max(...lngs) - Math.min(...lngs)) * kmLng(METRO_CENTRE[1]);
    const height = (Math.max(...lats) - Math.min(...lats)) * KM_LAT;
    expect(width).toBeGreaterThan(7);
    expect(width).toBeLessThan(10.5);
    expect(height).toBeGreaterThan(6);
    expect(height).toBeLessThan(10.5);
    const meanLng = features.reduce((s, f) => s + f.centroid[0], 0) / features.length;
    const meanLat = features.reduce((s, f) => s + f.centroid[1], 0) / features.length;
    expect(Math.abs(meanLng - METRO_CENTRE[0]) * kmLng(METRO_CENTRE[1])).toBeLessThan(1.5);
    expect(Math.abs(meanLat - METRO_CENTRE[1]) * KM_LAT).toBeLessThan(1.5);
  });

  it("is deterministic and ignores input order", () => {
    const a = schematicBoundaries(metro);
    const b = schematicBoundaries([...metro].reverse());
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    expect(schematicBoundaries([])).toEqual([]);
    expect(() => schematicBoundaries([...metro, metro[0]!])).toThrow("muncul lebih dari sekali");
  });

  it.each([
    ["Kota Metro", "18.72", 22],
    ["Kota Malang", "35.73", 57],
    ["Kota Batam", "21.71", 64],
    ["Kota Palangka Raya", "62.71", 30],
  ])("%s: no overlaps, every kelurahan touches a neighbour, each kecamatan is one connected block", (_name, kota, n) => {
    const kel = kelurahanOf(kota);
    expect(kel).toHaveLength(n);
    const features = schematicBoundaries(kel);
    expect(features).toHaveLength(n);
    expect(kotaMapPayloadBytes(features)).toBeLessThan(300 * 1024);
    const rings = features.map(ring);
    const centres = features.map((f) => [f.centroid[0] * kmLng(METRO_CENTRE[1]), f.centroid[1] * KM_LAT] as const);
    const dist = (i: number, j: number) => Math.hypot((centres[i]?.[0] ?? 0) - (centres[j]?.[0] ?? 0), (centres[i]?.[1] ?? 0) - (centres[j]?.[1] ?? 0));
    let spacing = Infinity;
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) spacing = Math.min(spacing, dist(i, j));
    const adjacent = (i: number, j: number) => i !== j && dist(i, j) < spacing * 1.05;
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) expect(convexOverlap(rings[i]!, rings[j]!, 1e-7), `${features[i]?.code} × ${features[j]?.code}`).toBe(false);
      expect(features.some((_, j) => adjacent(i, j))).toBe(true);
    }
    // Neighbours nearly touch: the rim gap between adjacent hexagons is under 10% of the spacing.
    const [a, b] = [0, features.findIndex((_, j) => adjacent(0, j))];
    const gapKm = Math.min(...rings[a]!.flatMap(([x1, y1]) => rings[b]!.map(([x2, y2]) => Math.hypot(((x1 ?? 0) - (x2 ?? 0)) * kmLng(METRO_CENTRE[1]), ((y1 ?? 0) - (y2 ?? 0)) * KM_LAT))));
    expect(gapKm).toBeLessThan(spacing * 0.1);
    for (const kec of new Set(kel.map((k) => k.kecamatanCode))) {
      const members = features.map((f, i) => (f.code.startsWith(`${kec}.`) ? i : -1)).filter((i) => i >= 0);
      const reached = new Set([members[0]]);
      for (let grew = true; grew; ) {
        grew = false;
        for (const i of members) {
          if (!reached.has(i) && members.some((j) => reached.has(j) && adjacent(i, j))) {
            reached.add(i);
            grew = true;
          }
        }
      }
      expect(reached.size, kec).toBe(members.length);
    }
  });

  it("saves with schematic = true, idempotently, and a real import replaces them", async () => {
    const { db } = freshDb();
    await loadWilayah(db, "18.72");
    const features = schematicBoundaries(metro);
    expect(await saveSchematicBoundaries(db, features)).toEqual({ inserted: 22, updated: 0, unchanged: 0 });
    expect(await saveSchematicBoundaries(db, features)).toEqual({ inserted: 0, updated: 0, unchanged: 22 });
    const rows = await db.areaBoundary.findMany();
    expect(rows).toHaveLength(22);
    expect(rows.every((r) => r.schematic && r.source === SCHEMATIC_SOURCE)).toBe(true);
    const area = await db.area.findUniqueOrThrow({ where: { code: features[0]!.code } });
    expect([area.centroidLng, area.centroidLat]).toEqual(features[0]!.centroid);

    const real = { ...features[0]!, geometry: { type: "Polygon" as const, coordinates: [[[105.3, -5.12], [105.31, -5.12], [105.31, -5.11], [105.3, -5.12]]] } };
    expect(await saveBoundaries(db, [real], "BIG")).toEqual({ inserted: 0, updated: 1, unchanged: 0 });
    expect(await saveSchematicBoundaries(db, features)).toEqual({ inserted: 0, updated: 0, unchanged: 22 });
    expect(await db.areaBoundary.count({ where: { schematic: false } })).toBe(1);
    await db.$disconnect();
  });
});
