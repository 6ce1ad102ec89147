import { periodLabel } from "@/lib/period";
import type { SortState } from "@/lib/sort";
import { WILAYAH_KERJA } from "@/lib/queries/indicator-root";
import { AreaScoreTable, columnContext, type Scorecard } from "./area-score-table";
import { DashboardEmpty } from "./dashboard-section";
import { ViewFilters } from "./view-filters";

/**
 * The puskesmas's ringkasan: its kelurahan/desa × key indicators for a month, with the wilayah kerja's total
 * (summed from the posyandu's counts, never averaged from the rows). Each row drills down to the kelurahan page.
 */
export function WilayahKerjaSection({ sc, sort, months }: { sc: Scorecard | null; sort: SortState; months: { newest: string | null; oldest: string | null } }) {
  if (!sc) return <DashboardEmpty />;
  const dl = (format: string) => `/api/skor?wilayah=${WILAYAH_KERJA}&bulan=${sc.periode.bulan}&format=${format}`;
  return (
    <section aria-labelledby="indikator-wilayah-kerja" className="space-y-3">
      <ViewFilters bulan={sc.periode.bulan} months={months} keep={{ urut: sort.urut, arah: sort.arah }} />
      <div className="flex flex-wrap items-end justify-between gap-2">
        <div>
          <h2 id="indikator-wilayah-kerja" className="text-lg font-semibold">Indikator per kelurahan/desa</h2>
          <p className="text-sm text-slate-600">
            Bulan {periodLabel(sc.periode.bulan)} · stunting {sc.periode.gizi ? periodLabel(sc.periode.gizi) : "—"} ({columnContext(sc, "gizi").sumber}) · strata {sc.periode.tahun}. Baris total = seluruh posyandu wilayah kerja (jumlah pembilang dibagi jumlah penyebut). Arahkan kursor ke angka untuk melihat n, periode dan sumbernya.
          </p>
        </div>
        <p className="text-sm">Unduh: <a className="text-brand-700 underline" href={dl("xlsx")}>XLSX</a> · <a className="text-brand-700 underline" href={dl("csv")}>CSV</a></p>
      </div>
      <AreaScoreTable sc={sc} sort={sort} base="/" params={{ bulan: sc.periode.bulan }} label="Indikator per kelurahan/desa" />
    </section>
  );
}
