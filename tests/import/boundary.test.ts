import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { kinks } from "@turf/kinks";
import type { Position } from "geojson";
import { freshDb } from "../helpers/db";
import { createRng } from "@/lib/demo/prng";
import { ImportFileError } from "@/lib/import/issues";
import { formatBoundaryIssue, kotaMapPayloadBytes, prepareBoundaries, saveBoundaries, type BoundaryFeature, type KnownArea } from "@/lib/import/boundary";
import { prepareGeometry } from "@/lib/import/geometry";
import { loadWilayah } from "@/lib/wilayah/load";

const FIXTURE = path.resolve(process.cwd(), "../shared/geo/kota-metro-kelurahan.geojson");
const BBOX = [105.262202, -5.17875, 105.359234, -5.054534] as const;

/** The real BIG-derived fixture (geo/README.md); a missing file fails the test, it must not skip. */
function fixture(): string {
  if (!existsSync(FIXTURE)) throw new Error(`Fixture batas Kota Metro tidak ditemukan di ${FIXTURE} (lihat /work/shared/geo/README.md).`);
  return readFileSync(FIXTURE, "utf8");
}

// Kota Metro per Kepmendagri 300.2.2-2138/2025 (domain.md §7), as in tests/wilayah/load.test.ts.
const KELURAHAN: Record<string, string> = {
  "18.72.01.1001": "Metro", "18.72.01.1002": "Hadimulyo Timur", "18.72.01.1003": "Imopuro", "18.72.01.1004": "Hadimulyo Barat", "18.72.01.1005": "Yosomulyo",
  "18.72.02.1001": "Banjarsari", "18.72.02.1002": "Purwosari", "18.72.02.1003": "Karangrejo", "18.72.02.1004": "Purwoasri",
  "18.72.03.1001": "Mulyojati", "18.72.03.1002": "Ganjar Agung", "18.72.03.1003": "Mulyosari", "18.72.03.1004": "Ganjar Asri",
  "18.72.04.1001": "Yosodadi", "18.72.04.1002": "Tejosari", "18.72.04.1003": "Iring Mulyo", "18.72.04.1004": "Yosorejo", "18.72.04.1005": "Tejo Agung",
  "18.72.05.1001": "Rejomulyo", "18.72.05.1002": "Margorejo", "18.72.05.1003": "Sumbersari Bantul", "18.72.05.1004": "Margodadi",
};
const METRO_CODES = Object.keys(KELURAHAN).sort();
const KNOWN: KnownArea[] = [
  { code: "18", level: "PROVINSI", name: "Lampung" },
  { code: "18.72", level: "KOTA", name: "Kota Metro" },
  ...["18.72.01", "18.72.02", "18.72.03", "18.72.04", "18.72.05"].map((code) => ({ code, level: "KECAMATAN", name: `Kecamatan ${code}` })),
  ...METRO_CODES.map((code) => ({ code, level: "KELURAHAN", name: KELURAHAN[code] ?? code })),
];

const rings = (f: BoundaryFeature): Position[][] => (f.geometry.type === "Polygon" ? f.geometry.coordinates : f.geometry.coordinates.flat());
/** Twice the signed area (shoelace); > 0 is counter-clockwise. */
const signedArea = (ring: Position[]) => ring.slice(1).reduce((s, p, i) => s + ((ring[i]?.[0] ?? 0) * (p[1] ?? 0) - (p[0] ?? 0) * (ring[i]?.[1] ?? 0)), 0);

describe("prepareBoundaries on the real Kota Metro fixture", () => {
  it("accepts all 22 kelurahan with valid, simplified, RFC 7946 shapes", () => {
    const r = prepareBoundaries(fixture(), KNOWN);
    expect(r.issues.items.map(formatBoundaryIssue)).toEqual([]);
    expect(r.features.map((f) => f.code).sort()).toEqual(METRO_CODES);
    expect(r.unmatched).toEqual([]);
    expect(r.missing).toEqual([]);
    expect(r.bytes).toBe(80_829);
    expect(r.payloadBytes).toBe(kotaMapPayloadBytes(r.features));
    expect(r.payloadBytes).toBeLessThan(300 * 1024);
    for (const f of r.features) {
      expect(kinks(f.geometry).features, f.code).toEqual([]);
      for (const ring of rings(f)) {
        expect(ring.length, f.code).toBeGreaterThanOrEqual(4);
        expect(ring[0], f.code).toEqual(ring[ring.length - 1]);
        for (const p of ring) for (const v of p) expect(Math.abs(v * 1e5 - Math.round(v * 1e5))).toBeLessThan(1e-6);
      }
      // The fixture's rings are clockwise; output exteriors must be counter-clockwise.
      expect(signedArea(rings(f)[0] ?? []), f.code).toBeGreaterThan(0);
      const [lng, lat] = f.centroid;
      expect(lng).toBeGreaterThan(BBOX[0]);
      expect(lat).toBeGreaterThan(BBOX[1]);
      expect(lng).toBeLessThan(BBOX[2]);
      expect(lat).toBeLessThan(BBOX[3]);
      expect(f.vertices).toBe(rings(f).reduce((n, ring) => n + ring.length, 0));
    }
  });

  it("is deterministic", () => {
    const a = prepareBoundaries(fixture(), KNOWN);
    const b = prepareBoundaries(fixture(), KNOWN);
    expect(JSON.stringify(b.features)).toBe(JSON.stringify(a.features));
  });

  it("warns about codes not loaded (and skips them) and about kelurahan without a shape", () => {
    const fc = JSON.parse(fixture()) as { features: { properties: Record<string, unknown> }[] };
    const dropped = fc.features.findIndex((f) => f.properties.kode === "18.72.05.1004");
    fc.features.splice(dropped, 1);
    const first = fc.features[0];
    if (first) first.properties = { KDEPUM: "18.71.01.1001", WADMKD: "Di Luar Kota" };
    const r = prepareBoundaries(JSON.stringify(fc), KNOWN);
    expect(r.issues.hasErrors).toBe(false);
    expect(r.unmatched).toEqual(["18.71.01.1001"]);
    expect(r.missing.sort()).toEqual(["18.72.01.1001", "18.72.05.1004"]);
    expect(r.features).toHaveLength(20);
    expect(r.issues.warnings.map(formatBoundaryIssue)).toEqual(
      expect.arrayContaining([
        "fitur 1, properti KDEPUM: kode 18.71.01.1001 tidak ada di daftar wilayah yang sudah dimuat; fitur ini dilewati",
        "berkas: Kelurahan Margodadi (18.72.05.1004) tidak memiliki batas di berkas ini",
      ]),
    );
  });
});

// A unit square near Metro, counter-clockwise, closed.
const SQUARE: Position[] = [[105.30, -5.12], [105.31, -5.12], [105.31, -5.11], [105.30, -5.11], [105.30, -5.12]];
const feature = (properties: Record<string, unknown> | null, geometry: unknown) => ({ type: "Feature", properties, geometry });
const poly = (ring: unknown[]) => ({ type: "Polygon", coordinates: [ring] });
const fc = (...features: unknown[]) => JSON.stringify({ type: "FeatureCollection", features });
const ok = (code = "18.72.01.1001") => feature({ kode: code }, poly(SQUARE));

describe("prepareBoundaries rejects bad files", () => {
  const deep = "[".repeat(100_000) + "]".repeat(100_000);
  it.each([
    ["invalid JSON", '{"type":"FeatureCollection","features":[', 0, null, "Berkas bukan JSON yang sah"],
    ["a Feature instead of a FeatureCollection", JSON.stringify(ok()), 0, null, "harus berupa GeoJSON FeatureCollection (ditemukan: Feature)"],
    ["no features", fc(), 0, null, "FeatureCollection tidak berisi fitur apa pun."],
    ["deeply nested JSON", deep, 0, null, "Struktur JSON bersarang terlalu dalam (lebih dari 64 tingkat)"],
    ["a Point geometry", fc(feature({ kode: "18.72.01.1001" }, { type: "Point", coordinates: [105.3, -5.1] })), 1, "geometry", 'jenis geometri "Point" tidak didukung; gunakan Polygon atau MultiPolygon'],
    ["no geometry", fc(feature({ kode: "18.72.01.1001" }, null)), 1, "geometry", "fitur tidak memiliki geometri"],
    ["an unclosed ring", fc(feature({ kode: "18.72.01.1001" }, poly(SQUARE.slice(0, 4)))), 1, "geometry", "poligon, ring luar tidak tertutup: titik pertama dan terakhir harus sama"],
    ["a ring of 3 positions", fc(feature({ kode: "18.72.01.1001" }, poly([[105.3, -5.1], [105.31, -5.1], [105.3, -5.1]]))), 1, "geometry", "hanya memiliki 3 titik berbeda (termasuk penutup); minimal 4"],
    ["swapped [lat, lng]", fc(feature({ kode: "18.72.01.1001" }, poly(SQUARE.map(([x, y]) => [y ?? 0, x ?? 0])))), 1, "geometry", "urutan mungkin tertukar"],
    ["a non-numeric coordinate", fc(feature({ kode: "18.72.01.1001" }, poly([[105.3, "-5.1"], ...SQUARE]))), 1, "geometry", "koordinat ke-1 tidak sah"],
    [
      "a self-intersecting bow-tie",
      fc(feature({ kode: "18.72.01.1002", nama: "Hadimulyo Timur" }, poly([[105.30, -5.12], [105.31, -5.11], [105.31, -5.12], [105.30, -5.11], [105.30, -5.12]]))),
      1, "geometry", "batas Hadimulyo Timur (18.72.01.1002) berpotongan dengan dirinya sendiri di sekitar [105.30500, -5.11500]",
    ],
    ["a feature without code", fc(feature({ nama: "Metro" }, poly(SQUARE))), 1, null, "kode wilayah tidak ada; isi properti KDEPUM, kode, atau code"],
    ["a malformed code", fc(feature({ code: "18.72.1.1001" }, poly(SQUARE))), 1, "code", 'kode "18.72.1.1001" bukan kode Kemendagri; bentuknya PP.KK.CC.DDDD'],
    ["an undotted (BPS-like) code", fc(feature({ KDEPUM: "1872011001" }, poly(SQUARE))), 1, "KDEPUM", "tanpa titik (mungkin kode BPS)"],
    ["a duplicate code", fc(ok(), ok()), 2, "kode", "kode 18.72.01.1001 ganda; sudah dipakai fitur 1"],
    ["an array element that is not a Feature", fc(ok(), 42), 2, null, "bukan objek GeoJSON Feature"],
  ])("%s", (_label, text, row, column, message) => {
    const r = prepareBoundaries(text, KNOWN);
    const errors = r.issues.errors;
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0]).toMatchObject({ row, column, severity: "error" });
    expect(errors[0]?.message).toContain(message);
    expect(r.features).toEqual([]);
  });

  it("rejects a file over maxBytes before parsing it", () => {
    const r = prepareBoundaries(fc(ok()), KNOWN, { maxBytes: 100 });
    expect(r.issues.errors.map(formatBoundaryIssue)).toEqual([expect.stringMatching(/^berkas: Berkas terlalu besar \(.* MB\); batas .* MB\.$/)]);
    expect(r.features).toEqual([]);
  });

  it("rejects the whole file when one feature is bad, but still lists every problem", () => {
    const r = prepareBoundaries(fc(ok("18.72.01.1001"), ok("18.72.01.1002"), feature({ kode: "18.72.01.1003" }, poly(SQUARE.slice(0, 4))), ok("bad")), KNOWN);
    expect(r.features).toEqual([]);
    expect(r.issues.errors.map((e) => e.row)).toEqual([3, 4]);
    expect(formatBoundaryIssue(r.issues.errors[1]!)).toBe('fitur 4, properti kode: kode "bad" bukan kode Kemendagri; bentuknya PP.KK.CC.DDDD, misalnya 18.72.01.1001');
  });
});

describe("geometry handling", () => {
  it("accepts KDEPUM, a MultiPolygon with a hole, z values and a BOM; rewinds exterior CCW and holes CW", () => {
    const cw = [...SQUARE].reverse().map(([x, y]) => [x ?? 0, y ?? 0, 0]);
    const hole = [[105.303, -5.117], [105.306, -5.117], [105.306, -5.114], [105.303, -5.114], [105.303, -5.117]];
    const far = SQUARE.map(([x, y]) => [(x ?? 0) + 0.02, y ?? 0]);
    const text = "\uFEFF" + fc(feature({ KDEPUM: "18.72.01.1001", WADMKD: "Metro" }, { type: "MultiPolygon", coordinates: [[cw, hole], [far]] }));
    const r = prepareBoundaries(text, KNOWN);
    expect(r.issues.errors).toEqual([]);
    const f = r.features[0]!;
    expect(f.geometry.type).toBe("MultiPolygon");
    const [outer, inner, other] = rings(f);
    expect(signedArea(outer!)).toBeGreaterThan(0);
    expect(signedArea(inner!)).toBeLessThan(0);
    expect(signedArea(other!)).toBeGreaterThan(0);
    expect(outer!.every((p) => p.length === 2)).toBe(true);
    expect(f.vertices).toBe(15);
  });

  it("sums up long lists of unknown codes in one warning instead of failing", () => {
    const others = Array.from({ length: 30 }, (_, i) => ok(`18.71.01.${1001 + i}`));
    const r = prepareBoundaries(fc(ok(), ...others), KNOWN);
    expect(r.issues.hasErrors).toBe(false);
    expect(r.features.map((f) => f.code)).toEqual(["18.72.01.1001"]);
    expect(r.unmatched).toHaveLength(30);
    expect(r.missing).toHaveLength(21);
    expect(r.issues.warnings).toHaveLength(20 + 1 + 20 + 1);
    expect(r.issues.warnings.map((w) => w.message)).toContain("10 kode lain juga tidak ada di daftar wilayah yang sudah dimuat dan dilewati");
  });

  it("warns when the file's name differs from the official one", () => {
    const r = prepareBoundaries(fc(feature({ kode: "18.72.01.1001", nama: "Metro Kota" }, poly(SQUARE))), KNOWN);
    expect(r.issues.hasErrors).toBe(false);
    expect(r.issues.warnings[0]).toMatchObject({ row: 1, column: "nama" });
    expect(r.features).toHaveLength(1);
  });

  it("keeps the unsimplified ring when simplifying would make it cross itself", () => {
    // A "C" whose lower arm has a shallow dip under a finger hanging from the upper arm:
    // dropping the dip (0.08 × 1e-3° from its chord) would cut through the finger.
    const unit = [[-1, -1], [6, -1], [6, 0.05], [4, 0.05], [2, -0.03], [0, 0.05], [0, 0.5], [1.9, 0.5], [1.9, 0.02], [2.1, 0.02], [2.1, 0.5], [6, 0.5], [6, 1], [-1, 1], [-1, -1]];
    const ring = unit.map(([x, y]) => [105.3 + (x ?? 0) * 0.001, -5.1 + (y ?? 0) * 0.001] as [number, number]);
    const g = prepareGeometry([[ring]], 0.0001);
    expect(g.fallbacks).toBe(1);
    expect(g.vertices).toBe(ring.length);
    expect(kinks(g.geometry).features).toEqual([]);
  });

  it("keeps a full-resolution kota of 60 kelurahan far below 300 KB", () => {
    // 60 cells of ~1.2 km, every edge digitised each ~15 m with a meandering offset (like BIG 1:10.000).
    const rng = createRng(7, "kota");
    const step = 0.011;
    const known: KnownArea[] = [];
    const features = Array.from({ length: 60 }, (_, i) => {
      const [cx, cy] = [105.25 + (i % 10) * step, -5.05 - Math.floor(i / 10) * step];
      const s = step * 0.95;
      const corners = [[cx, cy], [cx + s, cy], [cx + s, cy - s], [cx, cy - s]];
      const ring: Position[] = [];
      corners.forEach((a, e) => {
        const b = corners[(e + 1) % 4]!;
        let off = 0;
        let vel = 0;
        for (let k = 0; k < 80; k++) {
          const t = k / 80;
          vel = vel * 0.8 + rng.float(-0.00004, 0.00004);
          off = Math.max(-0.0003, Math.min(0.0003, off + vel));
          const w = off * Math.sin(Math.PI * t);
          ring.push([a[0]! + (b[0]! - a[0]!) * t - ((b[1]! - a[1]!) / step) * w, a[1]! + (b[1]! - a[1]!) * t + ((b[0]! - a[0]!) / step) * w]);
        }
      });
      ring.push(ring[0]!);
      const code = `99.71.${String(1 + Math.floor(i / 12)).padStart(2, "0")}.${1001 + (i % 12)}`;
      known.push({ code, level: "KELURAHAN", name: code });
      return feature({ kode: code }, poly(ring));
    });
    const text = fc(...features);
    const full = prepareBoundaries(text, known, { toleranceDeg: 0 });
    const r = prepareBoundaries(text, known);
    expect(r.issues.errors).toEqual([]);
    expect(full.payloadBytes).toBeGreaterThan(300 * 1024);
    expect(r.payloadBytes).toBeLessThan(100 * 1024);
    for (const f of r.features) expect(kinks(f.geometry).features).toEqual([]);
  });
});

describe("saveBoundaries (real SQLite)", () => {
  it("stores the fixture once, sets centroids, and changes nothing on a second import", async () => {
    const { db } = freshDb();
    await loadWilayah(db, "18.72");
    const { features } = prepareBoundaries(fixture(), KNOWN);
    expect(await saveBoundaries(db, features, "BIG via cahyadsn/wilayah_boundaries")).toEqual({ inserted: 22, updated: 0, unchanged: 0 });
    const before = await db.areaBoundary.findMany({ orderBy: { areaCode: "asc" } });
    const areasBefore = await db.area.findMany({ where: { code: { in: METRO_CODES } }, orderBy: { code: "asc" } });
    expect(await saveBoundaries(db, features, "BIG via cahyadsn/wilayah_boundaries")).toEqual({ inserted: 0, updated: 0, unchanged: 22 });
    expect(await db.areaBoundary.findMany({ orderBy: { areaCode: "asc" } })).toEqual(before);
    expect(await db.area.findMany({ where: { code: { in: METRO_CODES } }, orderBy: { code: "asc" } })).toEqual(areasBefore);
    expect(before).toHaveLength(22);
    expect(before.every((b) => !b.schematic && b.source === "BIG via cahyadsn/wilayah_boundaries")).toBe(true);
    const byCode = new Map(features.map((f) => [f.code, f]));
    for (const a of areasBefore) {
      expect(a.centroidLng).toBe(byCode.get(a.code)?.centroid[0]);
      expect(a.centroidLat).toBe(byCode.get(a.code)?.centroid[1]);
    }
    expect(JSON.parse(before[0]!.geojson)).toEqual(byCode.get(before[0]!.areaCode)?.geometry);

    // One changed shape is one update; a schematic save never replaces a real boundary.
    const moved = { ...features[0]!, geometry: { type: "Polygon" as const, coordinates: [SQUARE] }, centroid: [105.305, -5.115] as [number, number] };
    expect(await saveBoundaries(db, [moved, ...features.slice(1)], "BIG via cahyadsn/wilayah_boundaries")).toEqual({ inserted: 0, updated: 1, unchanged: 21 });
    expect(await saveBoundaries(db, [moved], "skematis", { schematic: true })).toEqual({ inserted: 0, updated: 0, unchanged: 1 });
    expect(await db.areaBoundary.count({ where: { schematic: true } })).toBe(0);
    await db.$disconnect();
  });

  it("writes nothing when an area is not loaded", async () => {
    const { db } = freshDb();
    await loadWilayah(db, "18.72");
    const { features } = prepareBoundaries(fixture(), KNOWN);
    const stranger = { ...features[0]!, code: "18.71.01.1001" };
    await expect(saveBoundaries(db, [...features, stranger], "x")).rejects.toThrow(ImportFileError);
    await expect(saveBoundaries(db, [...features, stranger], "x")).rejects.toThrow("Wilayah 18.71.01.1001 belum dimuat");
    await expect(saveBoundaries(db, [features[0]!, features[0]!], "x")).rejects.toThrow("muncul lebih dari sekali");
    expect(await db.areaBoundary.count()).toBe(0);
    await db.$disconnect();
  });
});
