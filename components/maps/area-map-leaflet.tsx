"use client";

// The only Leaflet importer: loaded with next/dynamic({ ssr: false }) from
// ./area-map.tsx because Leaflet touches `window` at import time.
import "leaflet/dist/leaflet.css";
import L from "leaflet";
import type { MultiPolygon, Polygon } from "geojson";
import { useEffect, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { NavLink } from "@/components/ui/nav-link";
import {
  HATCH_BACKGROUND,
  HATCH_PATTERN_ID,
  HATCH_STRIPE,
  MAP_BACKGROUND,
  SCHEMATIC_LABEL,
  areaLabelHtml,
  areaStyle,
  areaTooltipHtml,
  areasBounds,
  areasToFeatureCollection,
  escapeHtml,
  markerPopupHtml,
  markerStyles,
  markersBounds,
  type AreaProperties,
} from "./legend";
import { MapLegendBox } from "./map-legend";
import { geometryArea } from "./label-layout";
import { layoutSlideLabels, type SlideLabel } from "./slide-labels";
import type { AreaMapProps, MapMarker } from "./types";

const NO_MARKERS: MapMarker[] = [];
const INDONESIA: L.LatLngTuple = [-2.5, 118];
const SVG_NS = "http://www.w3.org/2000/svg";

/** Adds the no-data hatch <pattern> to the renderer's SVG once (fill="url(#hatch-no-data)"). */
function injectHatch(svg: SVGSVGElement) {
  if (svg.querySelector(`#${HATCH_PATTERN_ID}`)) return;
  const make = (tag: string, attrs: Record<string, string>) => {
    const el = document.createElementNS(SVG_NS, tag);
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    return el;
  };
  const defs = svg.querySelector("defs") ?? svg.insertBefore(make("defs", {}), svg.firstChild);
  const pattern = make("pattern", {
    id: HATCH_PATTERN_ID,
    patternUnits: "userSpaceOnUse",
    width: "8",
    height: "8",
    patternTransform: "rotate(45)",
  });
  pattern.append(
    make("rect", { width: "8", height: "8", fill: HATCH_BACKGROUND }),
    make("rect", { width: "2.5", height: "8", fill: HATCH_STRIPE }),
  );
  defs.append(pattern);
}

/** Choropleth of areas plus optional posyandu points, with its legend outside the canvas. */
export default function AreaMapLeaflet({
  areas,
  markers = NO_MARKERS,
  legend,
  schematic,
  tileUrl = null,
  height = 420,
  ariaLabel,
  showMarkersToggle = false,
  presentation = false,
}: AreaMapProps) {
  const router = useRouter();
  const containerRef = useRef<HTMLDivElement>(null);
  const mapRef = useRef<L.Map | null>(null);
  const [showMarkers, setShowMarkers] = useState(true);
  // Labels of a crowded slide map left off so they do not overlap (slide-labels.ts); the note says so.
  const [hiddenLabels, setHiddenLabels] = useState(0);
  const { unit, noDataLabel, smallNLabel } = legend;
  // Read once, when the map is made: a slide's labels must not fade out over the next slide's for 200 ms.
  const fade = useRef(!presentation);
  // Nobody zooms a projected slide: the +/− buttons would only cover a corner of the map.
  const zoomControl = useRef(!presentation);

  // The map itself: an SVG renderer (patterns need SVG), removed on unmount.
  useEffect(() => {
    const el = containerRef.current;
    if (!el) return;
    const renderer = L.svg({ padding: 0.5 });
    const map = L.map(el, { renderer, center: INDONESIA, zoom: 5, zoomSnap: 0.25, fadeAnimation: fade.current, zoomControl: zoomControl.current });
    renderer.addTo(map);
    const svg = map.getPanes().overlayPane.querySelector("svg");
    if (svg) injectHatch(svg);
    mapRef.current = map;
    return () => {
      map.remove();
      mapRef.current = null;
    };
  }, []);

  // Optional base tiles; without them the plain background keeps the map usable offline.
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !tileUrl) return;
    const osm = tileUrl.includes("openstreetmap");
    const tiles = L.tileLayer(tileUrl, { maxZoom: 19, attribution: osm ? "© kontributor OpenStreetMap" : "" });
    tiles.addTo(map);
    return () => {
      tiles.remove();
    };
  }, [tileUrl]);

  useEffect(() => {
    const map = mapRef.current;
    if (!map) return;
    const labels: SlideLabel[] = [];
    const layer = L.geoJSON<AreaProperties>(areasToFeatureCollection(areas), {
      style: (feature) => (feature ? areaStyle(feature.properties) : {}),
      onEachFeature: (feature, lyr) => {
        const area = feature.properties;
        const path = lyr as L.Path;
        // A projector has no hover: a slide writes each area's name and value on it, like the pack's SVG maps.
        if (presentation) {
          path.bindTooltip(areaLabelHtml(area, { unit, noDataLabel }), { permanent: true, direction: "center", className: "area-label", interactive: false });
          const tooltip = path.getTooltip();
          if (tooltip) labels.push({ code: area.code, priority: geometryArea(feature.geometry as Polygon | MultiPolygon), tooltip });
        } else path.bindTooltip(areaTooltipHtml(area, smallNLabel), { sticky: true, direction: "top" });
        path.on("add", () => {
          const el = path.getElement();
          if (!el) return;
          el.classList.add("area-shape");
          el.setAttribute("data-code", area.code);
          if (!area.href) (el as SVGElement).style.cursor = "default";
        });
        path.on("mouseover", () => path.setStyle({ weight: areaStyle(area).weight + 2 }));
        path.on("mouseout", () => path.setStyle(areaStyle(area)));
        const href = area.href;
        // Client-side, like every in-app link (components/ui/nav-link.tsx).
        if (href) path.on("click", () => router.push(href));
      },
    });
    layer.addTo(map);
    if (!presentation) return () => void layer.remove();
    // After every move, zoom or resize (and once Leaflet has placed the labels): crowded labels shorten or hide.
    let frame = 0;
    const relayout = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => setHiddenLabels(layoutSlideLabels(labels, map.getContainer())));
    };
    map.on("zoomend moveend resize", relayout);
    relayout();
    return () => {
      cancelAnimationFrame(frame);
      map.off("zoomend moveend resize", relayout);
      layer.remove();
    };
  }, [areas, unit, noDataLabel, smallNLabel, presentation, router]);

  useEffect(() => {
    const map = mapRef.current;
    const box = areasBounds(areas) ?? markersBounds(markers);
    if (map && box) map.fitBounds(box, { padding: [16, 16] });
  }, [areas, markers]);

  // A filling map changes size with its slide (F for full screen, a projector's resolution): Leaflet only
  // follows the window, so redraw and refit whenever the container itself resizes.
  useEffect(() => {
    const el = containerRef.current;
    const map = mapRef.current;
    if (!el || !map || height !== "fill") return;
    const observer = new ResizeObserver(() => {
      map.invalidateSize();
      const box = areasBounds(areas) ?? markersBounds(markers);
      if (box) map.fitBounds(box, { padding: [24, 24] });
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [height, areas, markers]);

  useEffect(() => {
    const map = mapRef.current;
    if (!map || markers.length === 0 || !showMarkers) return;
    // Every halo under every dot: a neighbour's halo must not cover a dot. Halos take no clicks (the area's do).
    const halos = markers.map((m) => L.circleMarker([m.lat, m.lng], { ...markerStyles(m.stratum).halo, interactive: false, className: "posyandu-marker-halo" }));
    const dots = markers.map((m) =>
      L.circleMarker([m.lat, m.lng], { ...markerStyles(m.stratum).dot, className: "posyandu-marker" })
        .bindTooltip(escapeHtml(m.name), { direction: "top" })
        .bindPopup(markerPopupHtml(m)),
    );
    const group = L.layerGroup([...halos, ...dots]);
    group.addTo(map);
    return () => {
      group.remove();
    };
  }, [markers, showMarkers]);

  const markersVisible = markers.length > 0 && showMarkers;
  const fill = height === "fill";
  return (
    <section aria-label={ariaLabel} className={`area-map space-y-2 ${fill ? "flex min-h-0 flex-1 flex-col" : ""}`}>
      {showMarkersToggle && markers.length > 0 && (
        <label className="flex w-fit items-center gap-2 text-sm">
          <input type="checkbox" checked={showMarkers} onChange={(e) => setShowMarkers(e.target.checked)} className="h-4 w-4" />
          Tampilkan posyandu
        </label>
      )}
      <div className={`relative overflow-hidden rounded border border-slate-200 ${fill ? "min-h-[240px] flex-1" : ""}`}>
        <div ref={containerRef} style={{ height: fill ? "100%" : height, background: MAP_BACKGROUND }} />
        {schematic && (
          <span className="pointer-events-none absolute bottom-2 left-2 z-[1000] rounded bg-white/90 px-2 py-0.5 text-xs font-medium text-slate-700 shadow-sm">
            {SCHEMATIC_LABEL}
          </span>
        )}
        {presentation && hiddenLabels > 0 && (
          <span className="pointer-events-none absolute left-2 top-2 z-[1000] rounded bg-white/90 px-2 py-0.5 text-base text-slate-700 shadow-sm" data-hidden-labels="">
            {hiddenLabels} nama wilayah tidak ditulis agar tidak bertumpuk; angkanya ada di tabel.
          </span>
        )}
      </div>
      {/* On a slide the legend and the list stand beside the map (./area-map.tsx). */}
      {!presentation && <MapLegendBox legend={legend} schematic={schematic} strata={markersVisible} />}
      {!presentation && <details className="text-sm">
        <summary className="cursor-pointer text-slate-700">Daftar wilayah ({areas.length})</summary>
        <ul className="mt-1 space-y-0.5">
          {areas.map((a) => (
            <li key={a.code}>
              {a.href ? <NavLink href={a.href} className="underline">{a.name}</NavLink> : a.name}: <span className="num">{a.valueLabel}</span>
              {a.smallN && <span className="text-slate-500"> ({legend.smallNLabel})</span>}
              {a.note && <span className="text-amber-900"> ({a.note})</span>}
            </li>
          ))}
        </ul>
      </details>}
    </section>
  );
}
