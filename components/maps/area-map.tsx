"use client";

// Leaflet touches `window`, so the map itself loads only in the browser
// (docs: shared/stack.md). Server pages render <AreaMap> with plain props.
import NextDynamic from "next/dynamic";
import type { AreaMapProps } from "./types";

const AreaMapLeaflet = NextDynamic<AreaMapProps>(() => import("./area-map-leaflet"), {
  ssr: false,
  loading: () => (
    <div
      role="status"
      className="flex h-[420px] items-center justify-center rounded border border-slate-200 bg-slate-100 text-sm text-slate-600"
    >
      Memuat peta…
    </div>
  ),
});

/** Choropleth of wilayah with optional posyandu points; see ./types for the props. */
export function AreaMap(props: AreaMapProps) {
  return <AreaMapLeaflet {...props} />;
}

export type { AreaMapProps, MapArea, MapLegend, MapMarker } from "./types";
