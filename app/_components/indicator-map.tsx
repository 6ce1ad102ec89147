import { NavLink } from "@/components/ui/nav-link";
import type { MultiPolygon, Polygon } from "geojson";
import type { getMapData } from "@/lib/queries/map";
import { indicatorDef } from "@/lib/indicators/catalogue";
import { colorClasses, colorOf } from "@/lib/colors";
import { formatDecimal, formatInt } from "@/lib/format";
import { periodLabel } from "@/lib/period";
import { leftOutText, SOURCE_LABEL } from "@/lib/indicators/nutrition-sources";
import { AreaMap } from "@/components/maps/area-map";

/** The indicators a map can colour by (rates per kelurahan). */
export const MAP_INDICATORS = [
  { id: "stunting", label: "Prevalensi stunting" },
  { id: "wasting", label: "Wasting" },
  { id: "underweight", label: "Underweight" },
  { id: "d_s", label: "D/S" },
  { id: "kelengkapan_laporan", label: "Kelengkapan laporan" },
  { id: "posyandu_kader_cukup", label: "Posyandu dengan ≥ 5 kader" },
] as const;
export const MAP_INDICATOR_IDS = MAP_INDICATORS.map((m) => m.id) as unknown as [string, ...string[]];
export const NUTRITION_MAP_INDICATORS = new Set(["stunting", "wasting", "underweight"]);

export type MapData = Awaited<ReturnType<typeof getMapData>>;

/** The nutrition source a map's figures were read in (one map, one source: lib/queries/map.ts); null for other indicators. */
export function mapNutritionSource(indikator: string, data: MapData | null): string | null {
  const sumber = NUTRITION_MAP_INDICATORS.has(indikator) ? data?.report.sumber_gizi : null;
  return sumber ? (SOURCE_LABEL[sumber] ?? sumber) : null;
}

/** Kelurahan shapes coloured by `indikator` (classed, colour-blind-safe), posyandu markers, drill-down links. */
export function IndicatorMap({ data, indikator, tileUrl, height }: { data: MapData | null; indikator: string; tileUrl: string | null; height?: number }) {
  const def = indicatorDef(indikator)!;
  const rows = data?.rows ?? [];
  // The legend names the nutrition source.
  const source = mapNutritionSource(indikator, data);
  const classes = colorClasses(rows.map((r) => r.rate?.nilai ?? null), def.polaritas);
  const areas = rows.filter((r) => r.geometry).map((r) => ({
    code: r.code,
    name: r.name,
    geometry: JSON.parse(r.geometry!) as Polygon | MultiPolygon,
    value: r.rate?.nilai ?? null,
    valueLabel: r.rate?.nilai === null || !r.rate ? "tidak ada data" : `${formatDecimal(r.rate.nilai)}% (n = ${formatInt(r.rate.n)})`,
    note: leftOutText(r.rate?.sumber_lain),
    color: colorOf(r.rate?.nilai ?? null, classes),
    smallN: r.rate?.n_kecil ?? false,
    href: `/wilayah/${r.code}`,
    detail: r.kecamatan ? `Kec. ${r.kecamatan}` : undefined,
  }));
  // No data: the caller found no period to map (a nutrition indicator before the first Feb/Aug weighing).
  if (!data) return <p className="rounded-lg border border-slate-200 bg-white p-4 text-slate-700">Belum ada data penimbangan Februari/Agustus untuk indikator ini.</p>;
  if (areas.length === 0) {
    return (
      <p className="rounded-lg border border-slate-200 bg-white p-4 text-slate-700">
        Belum ada batas wilayah untuk pilihan ini. <NavLink className="text-brand-700 underline" href="/impor?jenis=batas-wilayah">Impor batas wilayah</NavLink>.
      </p>
    );
  }
  return (
    <AreaMap
      areas={areas}
      markers={data.markers.map((m) => ({ ...m, href: `/posyandu/${encodeURIComponent(m.code)}`, lastReport: m.lastReport ? periodLabel(m.lastReport) : null }))}
      legend={{ title: `${def.label} (%)${source ? `, ${source}` : ""}`, classes, unit: "%", noDataLabel: "tidak ada data", smallNLabel: "n < 30 (kecil)" }}
      schematic={data.schematic}
      tileUrl={tileUrl}
      height={height}
      ariaLabel={`Peta ${def.label} per ${data.unit}`}
      showMarkersToggle
    />
  );
}
