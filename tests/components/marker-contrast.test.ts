// Posyandu markers sit on choropleth fills from pale yellow to dark red or blue. A Madya dot (#fdae61) with only a
// thin dark border disappeared on orange kelurahan; the outline (dark border + white halo) must stand out on every
// fill class the map can paint: WCAG non-text contrast ≥ 3 for at least one of its rings against each fill.
import { describe, expect, it } from "vitest";
import { colorClasses, NO_DATA_COLOR, STRATA_COLORS } from "@/lib/colors";
import { AREA_FILL_OPACITY, HATCH_BACKGROUND, HATCH_STRIPE, MAP_BACKGROUND, markerStyles } from "@/components/maps/legend";

const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as [number, number, number];
const toHex = (c: number[]) => `#${c.map((v) => Math.round(v * 255).toString(16).padStart(2, "0")).join("")}`;
/** WCAG 2.x relative luminance and contrast ratio. */
const luminance = (hex: string) => {
  const [r, g, b] = rgb(hex).map((v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};
/** A class colour as it shows: painted at the areas' fill opacity over the map background. */
const shown = (hex: string) => toHex(rgb(hex).map((v, i) => AREA_FILL_OPACITY * v + (1 - AREA_FILL_OPACITY) * rgb(MAP_BACKGROUND)[i]!));

const FILLS = [
  ...colorClasses([0, 100], "turun-baik").map((c) => shown(c.color)),
  ...colorClasses([0, 100], "naik-baik").map((c) => shown(c.color)),
  shown(NO_DATA_COLOR),
  HATCH_BACKGROUND,
  HATCH_STRIPE,
  MAP_BACKGROUND,
];
const STRATA = [...Object.keys(STRATA_COLORS), null] as (keyof typeof STRATA_COLORS | null)[];

describe("posyandu marker outline", () => {
  it("covers both polarities' five classes, no data and the background", () => {
    expect(new Set(FILLS).size).toBe(14);
  });

  it.each(STRATA.flatMap((s) => FILLS.map((f) => [s ?? "belum dinilai", f, s] as const)))("%s on %s: an outline ring contrasts ≥ 3", (_label, fill, stratum) => {
    const { halo, dot } = markerStyles(stratum);
    // The halo is what touches the fill; where it is too pale (a pale fill), the dark border right inside it shows.
    const best = Math.max(contrast(halo.color, fill), contrast(dot.color, fill));
    expect(best, `${halo.color}/${dot.color} on ${fill}`).toBeGreaterThanOrEqual(3);
  });

  it("draws the two rings apart from each other and the halo visibly outside the dot", () => {
    const { halo, dot } = markerStyles("MADYA");
    expect(contrast(halo.color, dot.color)).toBeGreaterThanOrEqual(3);
    expect(halo.radius).toBe(dot.radius);
    // Both strokes are centred on the same circle: the halo's outer half must reach ≥ 2 px past the dot's border.
    expect(halo.weight / 2 - dot.weight / 2).toBeGreaterThanOrEqual(2);
    expect(halo.fill).toBe(false);
    expect(dot.fillColor).toBe(STRATA_COLORS.MADYA);
  });
});
