// A slide map wrote every area's name and value on its shape with no regard for its neighbours: "Hadimulyo Barat"
// and "Yosomulyo" ran together at 1280 px, and a kota's many small kelurahan would pile up. The greedy pass keeps
// the larger areas' labels, shortens or hides the rest, and never lets two placed labels touch.
import { describe, expect, it } from "vitest";
import { geometryArea, placeLabels, rectsTouch, shortAreaName, type LabelCandidate, type Rect } from "@/components/maps/label-layout";

const rect = (left: number, top: number, width: number, height = 50): Rect => ({ left, top, right: left + width, bottom: top + height });
const label = (id: string, priority: number, ...variants: Rect[]): LabelCandidate => ({ id, priority, variants });

describe("placing a slide map's labels", () => {
  it("shortens a long name rather than hide its neighbour (the demo's Hadimulyo Barat beside Yosomulyo)", () => {
    // Measured in Chromium at 1280×720: 5 px apart, their white halos running together.
    const placement = placeLabels([label("barat", 1, rect(358, 232, 159), rect(381, 232, 113)), label("yoso", 1, rect(522, 232, 106))], null, 8);
    expect([...placement]).toEqual([["barat", 1], ["yoso", 0]]);
  });

  it("keeps the larger area's label when two cannot both stand, and hides the smaller one", () => {
    const placement = placeLabels([label("small", 1, rect(100, 100, 120)), label("big", 9, rect(150, 110, 120))], null, 8);
    expect(placement.get("big")).toBe(0);
    expect(placement.get("small")).toBe(-1);
  });

  it("hides a label that would stick out of the map", () => {
    expect(placeLabels([label("edge", 1, rect(-20, 10, 100))], rect(0, 0, 800, 500)).get("edge")).toBe(-1);
  });

  it("leaves no two shown labels touching on a crowded kota map, and shows as many as it can", () => {
    // 60 labels on a 10 × 6 grid of 60 px cells, each 110 px wide in full and 70 px short: crowded on purpose.
    const candidates = Array.from({ length: 60 }, (_, i) => {
      const cx = 40 + (i % 10) * 60;
      const cy = 40 + Math.floor(i / 10) * 60;
      return label(`a${i}`, i % 7, rect(cx - 55, cy - 22, 110, 44), rect(cx - 35, cy - 22, 70, 44));
    });
    const placement = placeLabels(candidates, rect(0, 0, 700, 420), 8);
    const shown = candidates.flatMap((c) => (placement.get(c.id)! >= 0 ? [c.variants[placement.get(c.id)!]!] : []));
    expect(shown.length).toBeGreaterThanOrEqual(20);
    expect(shown.length).toBeLessThan(60);
    for (const [i, a] of shown.entries()) for (const b of shown.slice(i + 1)) expect(rectsTouch(a, b, 8)).toBe(false);
  });

  it("names areas short: later words by their initial, a long first word cut, nothing when it would not be shorter", () => {
    expect(shortAreaName("Hadimulyo Barat")).toBe("Hadimulyo B.");
    expect(shortAreaName("Tejoagungsari Lama")).toBe("Tejoagun… L.");
    expect(shortAreaName("Yosomulyo")).toBeNull();
    expect(shortAreaName("Iring Mulyo")).toBe("Iring M.");
  });

  it("ranks areas by their size, holes left out", () => {
    const square = (x: number, side: number) => [[x, 0], [x + side, 0], [x + side, side], [x, side], [x, 0]];
    expect(geometryArea({ type: "Polygon", coordinates: [square(0, 2)] })).toBe(4);
    expect(geometryArea({ type: "Polygon", coordinates: [square(0, 2), square(0.5, 1)] })).toBe(3);
    expect(geometryArea({ type: "MultiPolygon", coordinates: [[square(0, 1)], [square(5, 1)]] })).toBe(2);
  });
});
