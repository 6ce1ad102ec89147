// The meeting pack's SVGs are opened offline on a projector laptop: these check
// what a viewer would notice (every area drawn and inside the picture, no-data
// hatched, small n dashed, id-ID numbers, target shown) and that imported names
// cannot inject markup.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { FeatureCollection, MultiPolygon, Polygon } from "geojson";
import { svgBarChart, svgChoropleth, svgLineChart, type SvgArea, type SvgChoroplethInput } from "@/lib/export/svg";

const GEO = path.resolve(__dirname, "../../../shared/geo/kota-metro-kelurahan.geojson");

function square(lon: number, lat: number, dLon = 0.01, dLat = 0.01): Polygon {
  return { type: "Polygon", coordinates: [[[lon, lat], [lon, lat + dLat], [lon + dLon, lat + dLat], [lon + dLon, lat], [lon, lat]]] };
}

function area(code: string, geometry: Polygon | MultiPolygon, extra: Partial<SvgArea> = {}): SvgArea {
  return { code, name: `Kel ${code}`, geometry, color: "#fd8d3c", label: "12,5%", smallN: false, noData: false, ...extra };
}

function mapOf(areas: SvgArea[], extra: Partial<SvgChoroplethInput> = {}): string {
  return svgChoropleth({ areas, width: 800, height: 600, title: "Prevalensi stunting", legend: [{ label: "10–15%", color: "#fd8d3c" }], ...extra });
}

/** Every area-shape path as { code, d, attrs } (attrs = the whole opening tag). */
function shapes(svg: string): { code: string; d: string; tag: string }[] {
  return [...svg.matchAll(/<path class="area-shape" data-code="([^"]*)" d="([^"]*)"[^>]*>/g)].map((m) => ({ code: m[1] ?? "", d: m[2] ?? "", tag: m[0] }));
}

function points(d: string): [number, number][] {
  return [...d.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
}

function viewBox(svg: string): [number, number] {
  const m = svg.match(/viewBox="0 0 ([\d.]+) ([\d.]+)"/);
  if (!m) throw new Error("no viewBox");
  return [Number(m[1]), Number(m[2])];
}

const bbox = (pts: [number, number][]) => ({
  minX: Math.min(...pts.map((p) => p[0])),
  maxX: Math.max(...pts.map((p) => p[0])),
  minY: Math.min(...pts.map((p) => p[1])),
  maxY: Math.max(...pts.map((p) => p[1])),
});

function expectSelfContained(svg: string, label: string) {
  expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ')).toBe(true);
  expect(svg).toContain('role="img"');
  expect(svg).toContain(`aria-label="${label}"`);
  expect(svg.endsWith("</svg>")).toBe(true);
  // Offline projector laptop: nothing may be fetched.
  expect(svg).not.toMatch(/href=|<script|<image|@import/i);
  expect(svg.replace('xmlns="http://www.w3.org/2000/svg"', "")).not.toContain("http");
  expect(svg.match(/url\(([^)]*)\)/g)?.every((u) => u.startsWith("url(#")) ?? true).toBe(true);
}

describe("svgChoropleth", () => {
  const areas = [
    area("18.72.01.1001", square(105.30, -5.10)),
    area("18.72.01.1002", square(105.31, -5.10), { noData: true, label: "tidak ada data" }),
    area("18.72.01.1003", square(105.30, -5.11), { smallN: true }),
    area("18.72.01.1004", square(105.31, -5.11), { color: "#bd0026" }),
  ];

  it("draws one shape per area, each with its data-code and fill colour", () => {
    const svg = mapOf(areas);
    expectSelfContained(svg, "Prevalensi stunting");
    const drawn = shapes(svg);
    expect(drawn).toHaveLength(areas.length);
    expect(drawn.map((s) => s.code).sort()).toEqual(areas.map((a) => a.code).sort());
    expect(drawn.find((s) => s.code === "18.72.01.1004")?.tag).toContain('fill="#bd0026"');
  });

  it("hatches no-data areas with a defined pattern and lists it in the legend", () => {
    const svg = mapOf(areas);
    const id = svg.match(/<pattern id="([^"]+)"/)?.[1];
    expect(id).toBeTruthy();
    const noData = shapes(svg).find((s) => s.code === "18.72.01.1002");
    expect(noData?.tag).toContain(`fill="url(#${id})"`);
    expect(shapes(svg).filter((s) => s.tag.includes("url(#"))).toHaveLength(1);
    expect(svg).toContain("Tidak ada data");
    // Without no-data areas the legend does not claim any.
    expect(mapOf(areas.filter((a) => !a.noData))).not.toContain("Tidak ada data");
  });

  it("outlines small-n areas with a dashed dark stroke, others without dashes", () => {
    const drawn = shapes(mapOf(areas));
    const dashed = drawn.filter((s) => s.tag.includes("stroke-dasharray"));
    expect(dashed.map((s) => s.code)).toEqual(["18.72.01.1003"]);
    expect(dashed[0]?.tag).toMatch(/stroke="#[0-9a-f]{6}"/);
    expect(dashed[0]?.tag).not.toContain('stroke="#ffffff"');
  });

  it("keeps every vertex inside the viewBox, north up, and corrects longitude by cos(latitude)", () => {
    const svg = mapOf(areas);
    const [w, h] = viewBox(svg);
    for (const s of shapes(svg)) {
      for (const [x, y] of points(s.d)) {
        expect(x).toBeGreaterThanOrEqual(0);
        expect(x).toBeLessThanOrEqual(w);
        expect(y).toBeGreaterThanOrEqual(0);
        expect(y).toBeLessThanOrEqual(h);
      }
    }
    const north = bbox(points(shapes(svg).find((s) => s.code === "18.72.01.1001")!.d));
    const south = bbox(points(shapes(svg).find((s) => s.code === "18.72.01.1003")!.d));
    expect(north.maxY).toBeLessThanOrEqual(south.minY + 0.5);
    // 0.02° of longitude at 60° latitude is as long as 0.01° of latitude: a square on the map.
    const high = shapes(mapOf([area("X", square(10, 60, 0.02, 0.01))]))[0]!;
    const b = bbox(points(high.d));
    expect((b.maxX - b.minX) / (b.maxY - b.minY)).toBeCloseTo(1, 1);
  });

  it("labels each area at its centroid with name and value, over a white halo", () => {
    const svg = mapOf([area("A", square(105.3, -5.1), { name: "Metro", label: "23,2%" })]);
    const shape = bbox(points(shapes(svg)[0]!.d));
    const text = svg.match(/<text x="([\d.]+)" y="([\d.]+)"><tspan[^>]*>Metro<\/tspan><tspan[^>]*>23,2%<\/tspan>/);
    expect(text).not.toBeNull();
    expect(Number(text![1])).toBeCloseTo((shape.minX + shape.maxX) / 2, 0);
    expect(Number(text![2])).toBeCloseTo((shape.minY + shape.maxY) / 2, 0);
    expect(svg).toMatch(/class="area-labels"[^>]*stroke="#ffffff"[^>]*paint-order="stroke"/);
  });

  it("draws every part of a MultiPolygon in one shape", () => {
    const multi: MultiPolygon = { type: "MultiPolygon", coordinates: [square(105.3, -5.1).coordinates, square(105.33, -5.1).coordinates] };
    const drawn = shapes(mapOf([area("M", multi)]));
    expect(drawn).toHaveLength(1);
    expect(drawn[0]!.d.match(/M/g)).toHaveLength(2);
  });

  it("escapes names, labels, codes, title and note", () => {
    const nasty = area('1"2', square(105.3, -5.1), { name: "<script>alert(1)</script>", label: "A & B's" });
    const svg = mapOf([nasty], { title: "Peta <b>stunting</b> & gizi", note: "Catatan: <img src=x onerror=alert(1)>" });
    expect(svg).not.toContain("<script");
    expect(svg).not.toContain("<b>");
    expect(svg).not.toContain("<img");
    expect(svg).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(svg).toContain("A &amp; B&apos;s");
    expect(svg).toContain('data-code="1&quot;2"');
    expect(svg).not.toMatch(/&(?!amp;|lt;|gt;|quot;|apos;)/);
  });

  it("is deterministic", () => {
    expect(mapOf(areas)).toBe(mapOf(areas));
  });

  it("draws the 22 real Kota Metro kelurahan compactly and inside the picture", () => {
    const fc = JSON.parse(readFileSync(GEO, "utf8")) as FeatureCollection<Polygon | MultiPolygon, { kode: string; nama: string }>;
    expect(fc.features).toHaveLength(22);
    const real = fc.features.map((f, i) =>
      area(f.properties.kode, f.geometry, { name: f.properties.nama, label: `${i + 10},0%`, noData: i === 3, smallN: i === 5 }),
    );
    const svg = svgChoropleth({ areas: real, width: 1200, height: 800, title: "Kota Metro", legend: [], note: "Sumber: e-PPGBM" });
    expectSelfContained(svg, "Kota Metro");
    const drawn = shapes(svg);
    expect(drawn).toHaveLength(22);
    expect(new Set(drawn.map((s) => s.code))).toEqual(new Set(fc.features.map((f) => f.properties.kode)));
    expect(Buffer.byteLength(svg, "utf8")).toBeLessThan(150_000);
    const [w, h] = viewBox(svg);
    const all = drawn.flatMap((s) => points(s.d));
    expect(all.length).toBeGreaterThan(22 * 4);
    const b = bbox(all);
    expect(b.minX).toBeGreaterThanOrEqual(0);
    expect(b.maxX).toBeLessThanOrEqual(w);
    expect(b.minY).toBeGreaterThanOrEqual(0);
    expect(b.maxY).toBeLessThanOrEqual(h);
    // The map fills its box on at least one axis (fit, not a postage stamp).
    expect(Math.max((b.maxX - b.minX) / w, (b.maxY - b.minY) / h)).toBeGreaterThan(0.7);
    for (const f of fc.features) expect(svg).toContain(`>${f.properties.nama}</tspan>`);
  });
});

describe("svgBarChart", () => {
  const base = {
    labels: ["Metro Pusat", "Metro Utara", "Metro Barat"],
    values: [23.24, 46.5, null],
    n: [412, 1234, 0],
    unit: "%" as const,
    target: 80,
    title: "D/S per kecamatan",
    width: 800,
    height: 300,
  };

  it("draws one row per label, a bar per value and 'tidak ada data' for null", () => {
    const svg = svgBarChart(base);
    expectSelfContained(svg, "D/S per kecamatan");
    expect(svg.match(/class="bar-row"/g)).toHaveLength(3);
    expect(svg.match(/<rect class="bar"/g)).toHaveLength(2);
    expect(svg).toContain(">tidak ada data</text>");
    for (const l of base.labels) expect(svg).toContain(`>${l}</text>`);
  });

  it("writes values and n in id-ID format", () => {
    const svg = svgBarChart(base);
    expect(svg).toContain(">23,2%<");
    expect(svg).toContain(">46,5%<");
    expect(svg).toContain("n = 1.234");
    expect(svg).not.toMatch(/\d\.\d%/);
  });

  it("draws a dashed target line labelled 'Target 80%' at 80% of the axis", () => {
    const svg = svgBarChart({ ...base, values: [100, 50, null] });
    const line = svg.match(/<line class="target-line" x1="([\d.]+)"[^>]*stroke-dasharray/);
    expect(line).not.toBeNull();
    expect(svg).toContain(">Target 80%</text>");
    const bars = [...svg.matchAll(/<rect class="bar" x="([\d.]+)" y="[\d.]+" width="([\d.]+)"/g)].map((m) => [Number(m[1]), Number(m[2])] as const);
    const [x0, full] = bars[0]!;
    expect(bars[1]![1]).toBeCloseTo(full / 2, 0);
    expect(Number(line![1])).toBeCloseTo(x0 + full * 0.8, 0);
    expect(svgBarChart({ ...base, target: null })).not.toContain("target-line");
  });

  it("uses 0..100 for percentages and a round maximum for counts", () => {
    expect(svgBarChart({ ...base, values: [5, 10, 20] })).toContain(">100%</text>");
    const counts = svgBarChart({ ...base, unit: "", values: [1234, 600, null], n: undefined, target: undefined });
    expect(counts).toContain(">1.234<");
    expect(counts).toContain(">1.250</text>");
    expect(counts).not.toMatch(/%</);
  });

  it("escapes labels and is deterministic", () => {
    const svg = svgBarChart({ ...base, labels: ["<script>x</script>", "A & B", "C"] });
    expect(svg).not.toContain("<script");
    expect(svg).toContain("A &amp; B");
    expect(svgBarChart(base)).toBe(svgBarChart(base));
  });
});

describe("svgLineChart", () => {
  const base = {
    labels: ["Feb 2025", "Agu 2025", "Feb 2026", "Agu 2026"],
    series: [
      { label: "Kota Metro", values: [18.1, 16.2, 15, 14.34], emphasis: true },
      { label: "Metro Pusat", values: [20, null, 17.5, 16] },
    ],
    unit: "%" as const,
    target: 14,
    title: "Tren stunting",
    width: 800,
    height: 400,
  };
  const paths = (svg: string) => [...svg.matchAll(/<g class="series" data-series="(\d+)"[^>]*><title>[^<]*<\/title><path d="([^"]*)"[^>]*stroke-width="([\d.]+)"/g)];

  it("draws one line per series with a legend entry each, emphasis thick and on top", () => {
    const svg = svgLineChart(base);
    expectSelfContained(svg, "Tren stunting");
    const drawn = paths(svg);
    expect(drawn.map((m) => m[1])).toEqual(["1", "0"]);
    expect(drawn[1]?.[3]).toBe("4");
    expect(svg).toContain(">Kota Metro</text>");
    expect(svg).toContain(">Metro Pusat</text>");
  });

  it("leaves a gap for null instead of joining across it", () => {
    const d = paths(svgLineChart(base)).find((m) => m[1] === "1")?.[2] ?? "";
    expect(d.match(/M/g)).toHaveLength(2);
    expect(d.match(/L/g)).toHaveLength(1);
  });

  it("has y ticks, x labels, id-ID values and a dashed target", () => {
    const svg = svgLineChart(base);
    expect(svg).toContain(">0%</text>");
    expect(svg).toContain(">20%</text>");
    for (const l of base.labels) expect(svg).toContain(`>${l}</text>`);
    expect(svg).toContain("Kota Metro, Agu 2026: 14,3%");
    expect(svg).toMatch(/class="target-line"[^>]*stroke-dasharray/);
    expect(svg).toContain(">Target 14%</text>");
    expect(svgLineChart({ ...base, target: null })).not.toContain("target-line");
  });

  it("keeps points inside the viewBox, higher values higher up", () => {
    const svg = svgLineChart(base);
    const [w, h] = viewBox(svg);
    const d = paths(svg).find((m) => m[1] === "0")?.[2] ?? "";
    const pts = points(d);
    expect(pts).toHaveLength(4);
    for (const [x, y] of pts) expect(x > 0 && x < w && y > 0 && y < h).toBe(true);
    expect(pts[0]![1]).toBeLessThan(pts[3]![1]);
  });

  it("escapes labels and is deterministic", () => {
    const svg = svgLineChart({ ...base, labels: ["<script>", "&", "b", "c"], series: [{ label: "A<b>", values: [1, 2, 3, 4] }] });
    expect(svg).not.toContain("<script");
    expect(svg).not.toContain("A<b>");
    expect(svgLineChart(base)).toBe(svgLineChart(base));
  });
});
