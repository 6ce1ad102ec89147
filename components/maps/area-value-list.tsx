// The areas of a slide map with their values, beside the map in projector type: a room reads the figures here
// when a label on a small area is hard to make out. Plain HTML, no Leaflet (rendered on the server too).
import type { MapArea, MapLegend } from "./types";

/** One row per area: name, value label (with n), the small-n note and any caveat. */
export function AreaValueList({ areas, legend }: { areas: Pick<MapArea, "code" | "name" | "valueLabel" | "smallN" | "note">[]; legend: Pick<MapLegend, "title" | "smallNLabel"> }) {
  // A long list (a kota's kelurahan) steps down a size so it still fits beside the map.
  const size = areas.length > 12 ? "text-base" : "text-xl";
  return (
    <table className={`w-full text-left ${size}`} aria-label={`Angka per wilayah: ${legend.title}`} data-area-values="">
      <thead className="bg-slate-100 text-slate-700">
        <tr><th className="px-2 py-1 font-semibold">Wilayah</th><th className="px-2 py-1 text-right font-semibold">Nilai</th></tr>
      </thead>
      <tbody>
        {areas.map((a) => (
          <tr key={a.code} className="border-t border-slate-200" data-kode={a.code}>
            <th scope="row" className="px-2 py-1 font-medium">{a.name}</th>
            <td className="num px-2 py-1 text-right">
              {a.valueLabel}
              {a.smallN && <span className="block text-base text-slate-600">{legend.smallNLabel}</span>}
              {a.note && <span className="block text-base text-amber-900">{a.note}</span>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
