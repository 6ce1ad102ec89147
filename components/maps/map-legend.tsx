// The map's legend as plain HTML outside the Leaflet canvas, so screenshots,
// printouts and screen readers get it. No Leaflet here.
import { STRATA_COLORS, STRATA_LABELS } from "@/lib/colors";
import { HATCH_BACKGROUND, HATCH_STRIPE, SCHEMATIC_LABEL, SMALL_N_STROKE, legendRows, markerSwatchStyle } from "./legend";
import type { MapLegend } from "./types";

const swatch = "inline-block h-4 w-6 shrink-0 rounded-sm border border-slate-400";
// A marker's size on the map: radius 6 plus the border's outer pixel; its outline comes from markerSwatchStyle.
const markerSwatch = "inline-block h-3.5 w-3.5 shrink-0 rounded-full";
const hatchBackground = `repeating-linear-gradient(45deg, ${HATCH_STRIPE} 0 2px, ${HATCH_BACKGROUND} 2px 6px)`;

/** Colour classes, the no-data hatch, the small-n outline, optional strata and the schematic note; `large` on a slide. */
export function MapLegendBox({ legend, schematic, strata, large = false }: { legend: MapLegend; schematic: boolean; strata: boolean; large?: boolean }) {
  return (
    <div className={`map-legend rounded border border-slate-200 bg-white p-3 text-slate-800 ${large ? "text-xl" : "text-sm"}`}>
      <p className="mb-2 font-medium">{legend.title}</p>
      <ul className="flex flex-wrap gap-x-4 gap-y-1.5">
        {legendRows(legend).map((row) => (
          <li key={row.label} className="num flex items-center gap-1.5">
            <span aria-hidden className={swatch} style={{ background: row.color }} />
            {row.label}
          </li>
        ))}
        <li className="flex items-center gap-1.5">
          <span aria-hidden className={swatch} style={{ background: hatchBackground }} />
          {legend.noDataLabel}
        </li>
        <li className="flex items-center gap-1.5">
          <span
            aria-hidden
            className="inline-block h-4 w-6 shrink-0 rounded-sm bg-white"
            style={{ border: `3px dashed ${SMALL_N_STROKE}` }}
          />
          {legend.smallNLabel}
        </li>
      </ul>
      {strata && (
        <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1.5" aria-label="Strata posyandu">
          {(Object.keys(STRATA_COLORS) as (keyof typeof STRATA_COLORS)[]).map((s) => (
            <li key={s} className="flex items-center gap-1.5">
              <span aria-hidden className={markerSwatch} style={markerSwatchStyle(s)} />
              {STRATA_LABELS[s]}
            </li>
          ))}
          <li className="flex items-center gap-1.5">
            <span aria-hidden className={markerSwatch} style={markerSwatchStyle(null)} />
            Belum dinilai
          </li>
        </ul>
      )}
      {schematic && <p className={`mt-2 text-slate-600 ${large ? "text-base" : "text-xs"}`}>Catatan: {SCHEMATIC_LABEL}; bukan batas wilayah resmi.</p>}
    </div>
  );
}
