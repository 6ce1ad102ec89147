import { NavLink } from "@/components/ui/nav-link";
import { indicatorDef } from "@/lib/indicators/catalogue";
import { formatDecimal, formatInt } from "@/lib/format";
import { periodLabel } from "@/lib/period";
import { sortRows, type SortState } from "@/lib/sort";
import { SortHeader } from "@/components/ui/sort-header";
import { IndicatorMap, mapNutritionSource, type MapData } from "@/app/_components/indicator-map";
import { ViewFilters } from "@/app/_components/view-filters";
import type { LatestPeriods } from "@/lib/queries/latest-periods";

/** Indicator and month selectors (a GET form, so the URL reproduces the view), the map and a sortable table. */
/** `bulan` is the month picked; `periode` the one the figures are of (a nutrition map: the last weighing up to it). */
export function PetaView({ wilayah, indikator, bulan, periode, months, latest, data, tileUrl, sort }: { wilayah: string; indikator: string; bulan: string | null; periode: string | null; months: { newest: string | null; oldest: string | null }; latest?: Pick<LatestPeriods, "shown" | "skipped">; data: MapData | null; tileUrl: string | null; sort: SortState }) {
  const def = indicatorDef(indikator)!;
  const rows = sortRows(data?.rows ?? [], (r) => (sort.urut === "nilai" ? (r.rate?.nilai ?? null) : sort.urut === "n" ? (r.rate?.n ?? null) : sort.urut === "kecamatan" ? r.kecamatan : r.name), sort.arah);
  const params = { wilayah, indikator, periode: bulan };
  const weighing = periode && bulan && periode !== bulan ? `penimbangan ${periodLabel(periode)} (terakhir sampai ${periodLabel(bulan)})` : periode ? periodLabel(periode) : null;
  // The source the figures were read in (e-PPGBM or a manual recap), not the catalogue's list of possible ones.
  const sumber = mapNutritionSource(indikator, data) ?? def.sumber;
  const source = `${sumber}${periode ? ` · ${periodLabel(periode)}` : ""}`;
  // A province is mapped by kab/kota (lib/queries/map.ts): no parent column, no posyandu markers.
  const kota = data?.unit === "kabupaten/kota";
  const unit = kota ? "Kabupaten/kota" : "Kelurahan";
  return (
    <>
      <div>
        <h1 className="text-2xl font-semibold">Peta {data?.report.wilayah.nama ?? ""}: {def.label}</h1>
        <p className="text-sm text-slate-600">
          {weighing ? `${weighing} · ` : ""}Sumber: {sumber}. {kota ? "Klik kabupaten/kota untuk membuka halamannya (dengan peta kelurahan dan posyandunya)." : "Klik kelurahan untuk membuka halamannya; klik titik posyandu untuk detailnya."}
        </p>
      </div>
      <ViewFilters indikator={indikator} bulan={bulan} months={months} latest={latest} keep={{ wilayah }} monthName="periode" />
      <IndicatorMap data={data} indikator={indikator} tileUrl={tileUrl} />
      <section aria-labelledby="tabel-peta" className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
        <h2 id="tabel-peta" className="border-b border-slate-200 px-4 py-3 text-lg font-semibold">{unit}</h2>
        <table className="w-full text-left text-sm">
          <thead className="bg-slate-100">
            <tr>
              <SortHeader label={unit} column="nama" sort={sort} base="/peta" params={params} align="left" firstDir="naik" />
              {!kota && <SortHeader label="Kecamatan" column="kecamatan" sort={sort} base="/peta" params={params} align="left" firstDir="naik" />}
              <SortHeader label={def.label} column="nilai" sort={sort} base="/peta" params={params} />
              <SortHeader label="n" column="n" sort={sort} base="/peta" params={params} />
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.code} className="border-t border-slate-100" data-kode={r.code}>
                <td className="px-3 py-1"><NavLink href={`/wilayah/${r.code}`} className="text-brand-700 underline">{r.name}</NavLink></td>
                {!kota && <td className="px-3 py-1">{r.kecamatan}</td>}
                <td className="num px-3 py-1 text-right" title={r.rate && r.rate.nilai !== null ? `${formatInt(r.rate.pembilang)} dari ${formatInt(r.rate.penyebut)} · ${source}` : `tidak ada data · ${source}`}>
                  {r.rate?.nilai === null || !r.rate ? "tidak ada data" : `${formatDecimal(r.rate.nilai)}%`}{r.rate?.n_kecil ? " · n kecil" : ""}
                </td>
                <td className="num px-3 py-1 text-right">{formatInt(r.rate?.n ?? 0)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}
