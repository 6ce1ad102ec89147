"use client";

// Leaflet touches `window`, so the map itself loads only in the browser
// (docs: shared/stack.md). Server pages render <AreaMap> with plain props.
import NextDynamic from "next/dynamic";
import { AreaValueList } from "./area-value-list";
import { MapLegendBox } from "./map-legend";
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
  if (!props.presentation) return <AreaMapLeaflet {...props} />;
  // On a slide the legend and the figures stand beside the map, outside the browser-only part, so they show
  // (and are read by a screen reader) before Leaflet has loaded.
  return (
    <div className="grid min-h-0 flex-1 grid-cols-[minmax(0,1fr)_minmax(20rem,32%)] gap-4" data-slide-map="">
      <div className="flex min-h-0 flex-col"><AreaMapLeaflet {...props} /></div>
      <aside className="min-h-0 space-y-3 overflow-auto" aria-label={`Keterangan ${props.ariaLabel}`}>
        <MapLegendBox legend={props.legend} schematic={props.schematic} strata={(props.markers?.length ?? 0) > 0} large />
        <AreaValueList areas={props.areas} legend={props.legend} />
      </aside>
    </div>
  );
}

export type { AreaMapProps, MapArea, MapLegend, MapMarker } from "./types";
