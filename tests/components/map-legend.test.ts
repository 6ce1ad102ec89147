// The legend's posyandu swatches look like the markers: dark border and white halo from the markers' own styles
// (they kept a thin slate-700 border after the markers got their two rings).
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { MapLegendBox } from "@/components/maps/map-legend";
import { MARKER_BORDER, MARKER_HALO, markerStyles } from "@/components/maps/legend";
import { NO_DATA_COLOR, STRATA_COLORS, STRATA_LABELS } from "@/lib/colors";

const legend = { title: "D/S", classes: [{ from: 0, to: 100, color: "#ffffb2" }], unit: "%", noDataLabel: "Tidak ada data", smallNLabel: "n kecil" };

describe("map legend marker swatches", () => {
  const html = renderToStaticMarkup(createElement(MapLegendBox, { legend, schematic: false, strata: true }));
  const strata = html.slice(html.indexOf('aria-label="Strata posyandu"'));

  const rows: [string, string][] = [...Object.entries(STRATA_COLORS).map(([s, c]): [string, string] => [STRATA_LABELS[s as keyof typeof STRATA_LABELS], c]), ["Belum dinilai", NO_DATA_COLOR]];
  it.each(rows)(
    "draws %s with the marker's fill, dark border and white halo",
    (label, fill) => {
      const { dot, halo } = markerStyles(null);
      expect(dot.weight).toBe(2);
      expect(halo.weight).toBe(7);
      expect(strata).toContain(`style="background:${fill};border:2px solid ${MARKER_BORDER};box-shadow:0 0 0 2.5px ${MARKER_HALO}"></span>${label}</li>`);
    },
  );

  it("keeps no swatch of the old single slate-700 ring", () => {
    expect(strata).not.toContain("border-slate-700");
    expect(strata.match(/box-shadow:0 0 0 2\.5px/g)).toHaveLength(5);
  });
});
