import type { Viewer } from "@/lib/auth/scope";
import { periodLabel, measurementFor } from "@/lib/period";
import type { SortState } from "@/lib/sort";
import { env } from "@/lib/env";
import { indicatorDef } from "@/lib/indicators/catalogue";
import { WILAYAH_KERJA } from "@/lib/queries/indicator-root";
import { latestPeriodsOf } from "@/lib/queries/dashboard";
import { getScorecard } from "@/lib/queries/scorecard";
import { getMapData } from "@/lib/queries/map";
import { AreaScoreTable, nutritionSourceOf } from "./area-score-table";
import { DashboardEmpty } from "./dashboard-section";
import { IndicatorMap, NUTRITION_MAP_INDICATORS } from "./indicator-map";
import { ViewFilters } from "./view-filters";

/**
 * The puskesmas's ringkasan: its kelurahan/desa on a map coloured by `indikator`, and × key indicators for a month
 * with the wilayah kerja's total (summed from the posyandu's counts, never averaged from the rows). Each shape and
 * row drills down to the kelurahan page.
 */
export async function WilayahKerjaSection({ viewer, bulan, indikator, sort }: { viewer: Viewer; bulan?: string; indikator: string; sort: SortState }) {
  const latest = await latestPeriodsOf(viewer, WILAYAH_KERJA);
  const month = bulan ?? latest.shown;
  if (!month) return <DashboardEmpty />;
  // Nutrition is measured in February and August: its map shows the latest of those up to the month.
  const gizi = measurementFor(month, latest.measurement);
  const mapPeriode = NUTRITION_MAP_INDICATORS.has(indikator) ? gizi : month;
  const [sc, map] = await Promise.all([
    getScorecard(viewer, WILAYAH_KERJA, month),
    mapPeriode ? getMapData(viewer, WILAYAH_KERJA, indikator, { periode: mapPeriode }) : null,
  ]);
  if (!sc) return <DashboardEmpty />;
  const dl = (format: string) => `/api/skor?wilayah=${WILAYAH_KERJA}&bulan=${sc.periode.bulan}&format=${format}`;
  return (
    <>
      <ViewFilters indikator={indikator} bulan={sc.periode.bulan} months={{ newest: latest.month, oldest: latest.first }} latest={latest} keep={{ urut: sort.urut, arah: sort.arah }} />
      <section aria-labelledby="peta-wilayah-kerja" className="space-y-2">
        <h2 id="peta-wilayah-kerja" className="text-lg font-semibold">{indicatorDef(indikator)!.label} per kelurahan/desa{mapPeriode ? `, ${periodLabel(mapPeriode)}` : ""}</h2>
        <IndicatorMap data={map} indikator={indikator} tileUrl={env().MAP_TILE_URL ?? null} />
      </section>
      <section aria-labelledby="indikator-wilayah-kerja" className="space-y-3">
        <div className="flex flex-wrap items-end justify-between gap-2">
          <div>
            <h2 id="indikator-wilayah-kerja" className="text-lg font-semibold">Indikator per kelurahan/desa</h2>
            <p className="text-sm text-slate-600">
              Bulan {periodLabel(sc.periode.bulan)} · stunting {sc.periode.gizi ? periodLabel(sc.periode.gizi) : "—"} ({nutritionSourceOf(sc)}) · strata {sc.periode.tahunLabel}. Baris total = seluruh posyandu wilayah kerja (jumlah pembilang dibagi jumlah penyebut). Arahkan kursor ke angka untuk melihat n, periode dan sumbernya.
            </p>
          </div>
          <p className="text-sm">Unduh: <a className="text-brand-700 underline" href={dl("xlsx")}>XLSX</a> · <a className="text-brand-700 underline" href={dl("csv")}>CSV</a></p>
        </div>
        <AreaScoreTable sc={sc} sort={sort} base="/" params={{ indikator, bulan: sc.periode.bulan }} label="Indikator per kelurahan/desa" />
      </section>
    </>
  );
}
