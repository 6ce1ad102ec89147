import { periodLabel } from "@/lib/period";
import type { SortState } from "@/lib/sort";
import { AreaScoreTable, nutritionSourceOf, type Scorecard } from "@/app/_components/area-score-table";
import { ViewFilters } from "@/app/_components/view-filters";
import type { LatestPeriods } from "@/lib/queries/latest-periods";

/** Rows = child areas, columns = key indicators; sorting and downloads keep the URL's choices. */
export function ScoreTable({ sc, sort, months, latest }: { sc: Scorecard; sort: SortState; months: { newest: string | null; oldest: string | null }; latest?: Pick<LatestPeriods, "shown" | "skipped"> }) {
  const dl = (format: string) => `/api/skor?wilayah=${sc.wilayah.kode}&bulan=${sc.periode.bulan}&format=${format}`;
  return (
    <>
      <div className="flex flex-wrap items-end justify-between gap-2">
        <div>
          <h1 className="text-2xl font-semibold">Skor {sc.wilayah.nama}</h1>
          <p className="text-sm text-slate-600">
            Bulan {periodLabel(sc.periode.bulan)} · stunting {sc.periode.gizi ? periodLabel(sc.periode.gizi) : "—"} ({nutritionSourceOf(sc)}) · strata {sc.periode.tahunLabel}. Hijau = memenuhi target/acuan, merah = di bawah target, kuning = di bawah acuan tanpa target tahunan; panah = perubahan (poin) sejak periode sebelumnya. Arahkan kursor ke angka untuk melihat n, periode dan sumbernya.
          </p>
        </div>
        <p className="text-sm">Unduh: <a className="text-brand-700 underline" href={dl("xlsx")}>XLSX</a> · <a className="text-brand-700 underline" href={dl("csv")}>CSV</a></p>
      </div>
      <ViewFilters bulan={sc.periode.bulan} months={months} latest={latest} keep={{ wilayah: sc.wilayah.kode, urut: sort.urut, arah: sort.arah }} />
      <AreaScoreTable sc={sc} sort={sort} base="/skor" params={{ wilayah: sc.wilayah.kode, bulan: sc.periode.bulan }} />
    </>
  );
}
