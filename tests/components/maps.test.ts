import { readFileSync, readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { describe, expect, it } from "vitest";
import type { Polygon } from "geojson";
import { NO_DATA_COLOR, STRATA_COLORS } from "@/lib/colors";
import {
  HATCH_PATTERN_ID,
  areaStyle,
  areaTooltipHtml,
  areasBounds,
  areasToFeatureCollection,
  formatLastReport,
  formatLegendRange,
  legendRows,
  markerColor,
  markerPopupHtml,
  markersBounds,
} from "@/components/maps/legend";
import type { MapArea, MapMarker } from "@/components/maps/types";

function square(west: number, south: number, east: number, north: number): Polygon {
  return { type: "Polygon", coordinates: [[[west, south], [east, south], [east, north], [west, north], [west, south]]] };
}

function area(code: string, geometry: MapArea["geometry"], over: Partial<MapArea> = {}): MapArea {
  return { code, name: `Wilayah ${code}`, geometry, value: 12.5, valueLabel: "12,5 %", color: "#fd8d3c", smallN: false, href: null, ...over };
}

const marker: MapMarker = { lat: -5.1, lng: 105.3, name: "Posyandu Mawar", stratum: "MADYA", kader: 6, lastReport: "2026-05", href: "/posyandu/7" };

describe("legend labels", () => {
  it.each([
    [10, 15, "%", "10,0–15,0 %"],
    [0, 2.25, "%", "0,0–2,3 %"],
    [1000, 1500.5, "balita", "1.000,0–1.500,5 balita"],
    [3, 4, "", "3,0–4,0"],
  ])("%s–%s %s → %s", (from, to, unit, label) => {
    expect(formatLegendRange(from, to, unit)).toBe(label);
  });

  it("lists every class in order with its colour", () => {
    const rows = legendRows({
      title: "Stunting",
      unit: "%",
      noDataLabel: "Tidak ada data",
      smallNLabel: "Sampel kecil",
      classes: [{ from: 5, to: 10, color: "#ffffb2" }, { from: 10, to: 15, color: "#fecc5c" }],
    });
    expect(rows).toEqual([{ label: "5,0–10,0 %", color: "#ffffb2" }, { label: "10,0–15,0 %", color: "#fecc5c" }]);
  });
});

describe("GeoJSON and bounds", () => {
  const a = area("18.72.01", square(0, 0, 1, 1));
  const b = area("18.72.02", square(2, -1, 3, 0.5), { value: null });

  it("builds one feature per area, properties without the geometry", () => {
    const fc = areasToFeatureCollection([a, b]);
    expect(fc.type).toBe("FeatureCollection");
    expect(fc.features.map((f) => f.properties.code)).toEqual(["18.72.01", "18.72.02"]);
    expect(fc.features[1]?.geometry).toBe(b.geometry);
    expect(fc.features[1]?.properties.value).toBeNull();
    expect(fc.features[0]?.properties).not.toHaveProperty("geometry");
  });

  it("bounds of two squares are [[south, west], [north, east]] in lat/lng order", () => {
    expect(areasBounds([a, b])).toEqual([[-1, 0], [1, 3]]);
  });

  it("covers every polygon of a MultiPolygon and tolerates no areas", () => {
    const multi = area("18.72.03", { type: "MultiPolygon", coordinates: [square(10, 10, 11, 11).coordinates, square(-4, 5, -3, 6).coordinates] });
    expect(areasBounds([multi])).toEqual([[5, -4], [11, 11]]);
    expect(areasBounds([])).toBeNull();
    expect(markersBounds([marker, { ...marker, lat: -5.2, lng: 105.4 }])).toEqual([[-5.2, 105.3], [-5.1, 105.4]]);
  });
});

describe("area styles and texts", () => {
  it("fills with the caller's colour, the hatch without data, and dashes small n", () => {
    const normal = areaStyle({ value: 3, color: "#41b6c4", smallN: false });
    expect(normal.fillColor).toBe("#41b6c4");
    expect(normal.dashArray).toBeUndefined();
    expect(areaStyle({ value: null, color: NO_DATA_COLOR, smallN: false }).fillColor).toBe(`url(#${HATCH_PATTERN_ID})`);
    const small = areaStyle({ value: 3, color: "#41b6c4", smallN: true });
    expect(small.dashArray).toBeTruthy();
    expect(small.weight).toBeGreaterThan(normal.weight);
  });

  it("tooltip shows name, value label, detail and the small-n note, escaped", () => {
    const [feature] = areasToFeatureCollection([area("1", square(0, 0, 1, 1), { name: "A<b>", detail: "D/S 80 %", smallN: true })]).features;
    const html = areaTooltipHtml(feature!.properties, "Sampel kecil");
    expect(html).toContain("A&#60;b&#62;");
    expect(html).toContain("12,5 %");
    expect(html).toContain("D/S 80 %");
    expect(html).toContain("Sampel kecil");
  });

  it("tooltip puts a caveat on its own wrapping line, escaped, and leaves it out when there is none", () => {
    const [withNote, without] = areasToFeatureCollection([
      area("1", square(0, 0, 1, 1), { note: "juga ada data <rekap manual> (n = 120)" }),
      area("2", square(1, 0, 2, 1), { note: null }),
    ]).features;
    expect(areaTooltipHtml(withNote!.properties, "Sampel kecil")).toContain('<br><span class="map-tooltip-note">juga ada data &#60;rekap manual&#62; (n = 120)</span>');
    expect(areaTooltipHtml(without!.properties, "Sampel kecil")).not.toContain("map-tooltip-note");
  });

  it("markers are coloured by strata, grey without one", () => {
    expect(markerColor("MANDIRI")).toBe(STRATA_COLORS.MANDIRI);
    expect(markerColor(null)).toBe(NO_DATA_COLOR);
  });

  it("popup names the posyandu, strata, kader, last report and links to it", () => {
    const html = markerPopupHtml(marker);
    expect(html).toContain("Posyandu Mawar");
    expect(html).toContain("Madya");
    expect(html).toContain("Kader aktif: 6");
    expect(html).toContain("Laporan terakhir: Mei 2026");
    expect(html).toContain('<a href="/posyandu/7" data-nav="">Buka posyandu</a>');
    expect(markerPopupHtml({ ...marker, stratum: null, lastReport: null })).toContain("Laporan terakhir: belum ada");
  });

  it.each([
    ["2026-05-12", "12 Mei 2026"],
    ["2026-01", "Januari 2026"],
    ["minggu lalu", "minggu lalu"],
  ])("last report %s → %s", (input, shown) => {
    expect(formatLastReport(input)).toBe(shown);
  });
});

describe("Leaflet stays inside components/maps", () => {
  const root = process.cwd();
  const skip = new Set(["node_modules", ".next", ".git", "data", "test-results"]);
  const importsLeaflet = /(?:from\s*|import\s*\(\s*|require\s*\(\s*|import\s+)["'](?:react-)?leaflet(?:\/[^"']*)?["']/;

  function sourceFiles(dir: string): string[] {
    return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
      const full = join(dir, e.name);
      if (e.isDirectory()) return skip.has(e.name) || e.name.startsWith(".") || full.endsWith(join("lib", "generated")) ? [] : sourceFiles(full);
      return /\.(tsx?|jsx?|mjs|cjs)$/.test(e.name) ? [full] : [];
    });
  }

  const importers = sourceFiles(root)
    .filter((f) => importsLeaflet.test(readFileSync(f, "utf8")))
    .map((f) => relative(root, f).split(sep).join("/"));

  it("only the client-only map component imports leaflet", () => {
    expect(importers.length).toBeGreaterThan(0);
    expect(importers.filter((f) => !f.startsWith("components/maps/"))).toEqual([]);
    expect(importers).toContain("components/maps/area-map-leaflet.tsx");
    expect(importers).not.toContain("components/maps/area-map.tsx");
  });

  it("the wrapper loads it with ssr: false and both are client files", () => {
    const wrapper = readFileSync(join(root, "components/maps/area-map.tsx"), "utf8");
    expect(wrapper).toMatch(/^"use client";/);
    expect(wrapper).toMatch(/import\("\.\/area-map-leaflet"\)[\s\S]*ssr:\s*false/);
    for (const f of importers) expect(readFileSync(join(root, f), "utf8")).toMatch(/^"use client";/);
  });
});
