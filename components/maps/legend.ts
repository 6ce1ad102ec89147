// Pure helpers of the area map (no Leaflet, no DOM): legend labels, GeoJSON,
// bounds, path styles and the HTML of tooltips and popups. Tested under Node.
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from "geojson";
import { NO_DATA_COLOR, STRATA_COLORS, STRATA_LABELS } from "@/lib/colors";
import { formatDate, formatDecimal, formatInt } from "@/lib/format";
import { shortAreaName } from "./label-layout";
import type { MapArea, MapLegend, MapMarker, Stratum } from "./types";

/** Id of the SVG hatch pattern that fills areas without data (one per map SVG, identical content). */
export const HATCH_PATTERN_ID = "hatch-no-data";
export const SCHEMATIC_LABEL = "batas skematis (data demo)";
/** Hatch colours, shared by the SVG pattern on the map and the CSS swatch in the legend. */
export const HATCH_BACKGROUND = NO_DATA_COLOR;
export const HATCH_STRIPE = "#71717a";
const AREA_STROKE = "#475569";
/** The map canvas behind the areas (no tiles by default); areas are filled at 85 % over it. */
export const MAP_BACKGROUND = "#f1f5f9";
export const AREA_FILL_OPACITY = 0.85;
export const SMALL_N_STROKE = "#1e293b";

/** A legend class as "10,0–15,0 %" (id-ID decimals, en dash, unit after a space). */
export function formatLegendRange(from: number, to: number, unit: string): string {
  const range = `${formatDecimal(from)}–${formatDecimal(to)}`;
  return unit ? `${range} ${unit}` : range;
}

/** Legend rows in display order: the colour classes with their labels. */
export function legendRows(legend: MapLegend): { label: string; color: string }[] {
  return legend.classes.map((c) => ({ label: formatLegendRange(c.from, c.to, legend.unit), color: c.color }));
}

export type AreaProperties = Omit<MapArea, "geometry">;
export type AreaFeatureCollection = FeatureCollection<Polygon | MultiPolygon, AreaProperties>;

/** MapArea[] → a GeoJSON FeatureCollection whose properties carry everything but the geometry. */
export function areasToFeatureCollection(areas: MapArea[]): AreaFeatureCollection {
  return {
    type: "FeatureCollection",
    features: areas.map(({ geometry, ...properties }): Feature<Polygon | MultiPolygon, AreaProperties> => ({
      type: "Feature",
      id: properties.code,
      geometry,
      properties,
    })),
  };
}

/** [[south, west], [north, east]] in Leaflet's lat/lng order. */
export type LatLngBox = [[number, number], [number, number]];

/** The bounding box of every ring of every area, or null when there is nothing to fit. */
export function areasBounds(areas: MapArea[]): LatLngBox | null {
  const positions: Position[] = [];
  for (const { geometry } of areas) {
    const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
    for (const polygon of polygons) for (const ring of polygon) positions.push(...ring);
  }
  return boxOf(positions.map(([lng, lat]) => [lat ?? NaN, lng ?? NaN]));
}

/** The bounding box of the markers, or null when there are none. */
export function markersBounds(markers: MapMarker[]): LatLngBox | null {
  return boxOf(markers.map((m) => [m.lat, m.lng]));
}

function boxOf(points: [number, number][]): LatLngBox | null {
  const valid = points.filter(([lat, lng]) => Number.isFinite(lat) && Number.isFinite(lng));
  if (valid.length === 0) return null;
  const lats = valid.map((p) => p[0]);
  const lngs = valid.map((p) => p[1]);
  return [[Math.min(...lats), Math.min(...lngs)], [Math.max(...lats), Math.max(...lngs)]];
}

/** Structurally a Leaflet PathOptions, kept Leaflet-free so it runs under Node. */
export type AreaStyle = {
  color: string;
  weight: number;
  opacity: number;
  dashArray: string | undefined;
  fillColor: string;
  fillOpacity: number;
};

/** Fill = the caller's colour, or the grey hatch without data; small n = thick dashed dark outline. */
export function areaStyle(area: Pick<MapArea, "value" | "color" | "smallN">): AreaStyle {
  const noData = area.value === null;
  return {
    color: area.smallN ? SMALL_N_STROKE : AREA_STROKE,
    weight: area.smallN ? 3.5 : 1,
    opacity: 1,
    dashArray: area.smallN ? "7 5" : undefined,
    fillColor: noData ? `url(#${HATCH_PATTERN_ID})` : area.color,
    fillOpacity: noData ? 1 : AREA_FILL_OPACITY,
  };
}

/** Escapes text for Leaflet tooltips and popups, which take HTML strings. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/** Hover text of an area: name, value label, optional detail and the small-n note. */
export function areaTooltipHtml(area: AreaProperties, smallNLabel: string): string {
  const lines = [`<strong>${escapeHtml(area.name)}</strong>`, escapeHtml(area.valueLabel)];
  if (area.detail) lines.push(escapeHtml(area.detail));
  // Wrapped (Leaflet tooltips do not wrap): a caveat sentence on one line would run across half the map.
  if (area.note) lines.push(`<span class="map-tooltip-note">${escapeHtml(area.note)}</span>`);
  if (area.smallN) lines.push(`<em>${escapeHtml(smallNLabel)}</em>`);
  return lines.join("<br>");
}

/** An area's value as written on a slide map: "15,7%", "12,5 per 1.000" or the legend's no-data label. */
export function areaValueText(value: number | null, legend: Pick<MapLegend, "unit" | "noDataLabel">): string {
  if (value === null) return legend.noDataLabel;
  return legend.unit === "%" ? `${formatDecimal(value)}%` : `${formatDecimal(value)}${legend.unit ? ` ${legend.unit}` : ""}`;
}

/**
 * The permanent label of an area on a slide map: its name over its value (the pack's SVG maps label alike), with
 * the short form of a long name beside it, shown instead when the map is crowded (slide-labels.ts).
 */
export function areaLabelHtml(area: Pick<MapArea, "name" | "value">, legend: Pick<MapLegend, "unit" | "noDataLabel">): string {
  const short = shortAreaName(area.name);
  const shortHtml = short ? `<span class="area-label-short" aria-hidden="true">${escapeHtml(short)}</span>` : "";
  return `<span class="area-label-name">${escapeHtml(area.name)}</span>${shortHtml}<br><span class="num">${escapeHtml(areaValueText(area.value, legend))}</span>`;
}

/**
 * A posyandu marker's outline: a dark border on the stratum colour, and around it a white halo. The choropleth runs
 * from pale yellow to dark red or blue, so no single colour stands out on every class (a Madya dot with a thin dark
 * border vanished on orange kelurahan): white carries it on the dark fills, the dark border on the pale ones.
 * tests/components/marker-contrast.test.ts checks the contrast against every fill class.
 */
export const MARKER_BORDER = "#1e293b";
export const MARKER_HALO = "#ffffff";

/** Structurally Leaflet CircleMarkerOptions, kept Leaflet-free so it runs under Node. */
export type MarkerStyle = { radius: number; color: string; weight: number; opacity: number; fill: boolean; fillColor: string; fillOpacity: number };

/** The two circles drawn per posyandu: the halo (drawn under every dot) and the dot itself. */
export function markerStyles(stratum: Stratum | null): { halo: MarkerStyle; dot: MarkerStyle } {
  const radius = 6;
  return {
    // Centred on the dot's edge: 2.5 px of it show outside the dot's 1 px half-border.
    halo: { radius, color: MARKER_HALO, weight: 7, opacity: 1, fill: false, fillColor: MARKER_HALO, fillOpacity: 0 },
    dot: { radius, color: MARKER_BORDER, weight: 2, opacity: 1, fill: true, fillColor: markerColor(stratum), fillOpacity: 1 },
  };
}

/**
 * The legend's swatch of a posyandu marker as CSS, from markerStyles: the dot's fill and border, the halo as a ring
 * outside it (a CSS border lies inside the box, Leaflet's stroke on the circle's edge, so the halo shows by the half
 * of its width the dot's border does not cover).
 */
export function markerSwatchStyle(stratum: Stratum | null): { background: string; border: string; boxShadow: string } {
  const { halo, dot } = markerStyles(stratum);
  return { background: dot.fillColor, border: `${dot.weight}px solid ${dot.color}`, boxShadow: `0 0 0 ${(halo.weight - dot.weight) / 2}px ${halo.color}` };
}

/** Marker fill by strata; grey when the posyandu has not been assessed. */
export function markerColor(stratum: Stratum | null): string {
  return stratum ? STRATA_COLORS[stratum] : NO_DATA_COLOR;
}

export function stratumLabel(stratum: Stratum | null): string {
  return stratum ? STRATA_LABELS[stratum] : "Strata belum dinilai";
}

const monthYear = new Intl.DateTimeFormat("id-ID", { month: "long", year: "numeric", timeZone: "UTC" });

/** "2026-05-12" → "12 Mei 2026", "2026-05" → "Mei 2026", other text unchanged, null → "belum ada". */
export function formatLastReport(lastReport: string | null): string {
  if (!lastReport) return "belum ada";
  const month = /^(\d{4})-(\d{2})$/.exec(lastReport);
  if (month) return monthYear.format(new Date(Date.UTC(Number(month[1]), Number(month[2]) - 1, 1)));
  if (/^\d{4}-\d{2}-\d{2}(T.*)?$/.test(lastReport)) {
    const d = new Date(lastReport.length === 10 ? `${lastReport}T00:00:00+07:00` : lastReport);
    if (!Number.isNaN(d.getTime())) return formatDate(d);
  }
  return lastReport;
}

/** Popup of a posyandu marker: name, strata, active kader, last report and a link. */
export function markerPopupHtml(marker: MapMarker): string {
  return [
    `<strong>${escapeHtml(marker.name)}</strong>`,
    `Strata: ${escapeHtml(stratumLabel(marker.stratum))}`,
    `Kader aktif: ${formatInt(marker.kader)}`,
    `Laporan terakhir: ${escapeHtml(formatLastReport(marker.lastReport))}`,
    // data-nav: client-side, like every in-app link (components/ui/nav-link.tsx); Leaflet lets the click bubble.
    `<a href="${escapeHtml(marker.href)}" data-nav="">Buka posyandu</a>`,
  ].join("<br>");
}
