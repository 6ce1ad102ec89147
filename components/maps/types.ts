// Props of the area map. Plain types only: imported by server pages, the
// client wrapper and the Leaflet component alike.
import type { MultiPolygon, Polygon } from "geojson";

export type Stratum = "PRATAMA" | "MADYA" | "PURNAMA" | "MANDIRI";

/** One wilayah drawn on the map; `color` is already computed by the caller (lib/colors.ts). */
export type MapArea = {
  code: string;
  name: string;
  geometry: Polygon | MultiPolygon;
  value: number | null;
  valueLabel: string;
  color: string;
  smallN: boolean;
  href: string | null;
  detail?: string;
  /** A caveat on the value (e.g. another nutrition source's data it leaves out), shown wrapped under it. */
  note?: string | null;
};

/** One posyandu as a point; `lastReport` is shown as given (ISO dates are formatted id-ID). */
export type MapMarker = {
  lat: number;
  lng: number;
  name: string;
  stratum: Stratum | null;
  kader: number;
  lastReport: string | null;
  href: string;
};

export type MapLegend = {
  title: string;
  classes: { from: number; to: number; color: string }[];
  unit: string;
  noDataLabel: string;
  smallNLabel: string;
};

export type AreaMapProps = {
  areas: MapArea[];
  markers?: MapMarker[];
  legend: MapLegend;
  /** Boundaries are schematic (demo data), not official: labelled on the map and in the legend. */
  schematic: boolean;
  /** Optional tile server; without it the map draws on a plain background (works offline). */
  tileUrl?: string | null;
  /** Pixels, or "fill": the rest of a flex column's height (a slide), refitted when it changes size. */
  height?: number | "fill";
  /**
   * Projector layout (a meeting slide): each area's name and value written on it, and the legend and the list of
   * areas with their values beside the map in large type, instead of the collapsed "Daftar wilayah" below it.
   */
  presentation?: boolean;
  ariaLabel: string;
  showMarkersToggle?: boolean;
};
