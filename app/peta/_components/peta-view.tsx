import Link from "next/link";
import type { MultiPolygon, Polygon } from "geojson";
import type { getMapData } from "@/lib/queries/map";
import { indicatorDef } from "@/lib/indicators/catalogue";
import { colorClasses, colorOf } from "@/lib/colors";
import { formatDecimal, formatInt } from "@/lib/format";
import { periodLabel } from "@/lib/period";
import { AreaMap } from "@/components/maps/area-map";

export const MAP_INDICATORS = [
  { id: "stunting", label: "Prevalensi stunting" },
  { id: "wasting", label: "Wasting" },
  { id: "underweight", label: "Underweight" },
  { id: "d_s", label: "D/S" },
  { id: "kelengkapan_laporan", label: "Kelengkapan laporan" },
  { id: "posyandu_kader_cukup", label: "Posyandu dengan ≥ 5 kader" },
] as const;

type Data = Awaited<ReturnType<typeof getMapData>>;

/** Indicator and month selectors (a GET form, so the URL reproduces the view), the map and the table. */
export function PetaView({ wilayah, indikator, periode, data, tileUrl }: { wilayah: string; indikator: string; periode: string | null; data: Data | null; tileUrl: string | null }) {
  const def = indicatorDef(indikator)!;
  const rows = data?.rows ?? [];
  const classes = colorClasses(rows.map((r) => r.rate?.nilai ?? null), def.polaritas);
  const areas = rows.filter((r) => r.geometry).map((r) => ({
    code: r.code, name: r.name, geometry: JSON.parse(r.geometry!) as Polygon | MultiPolygon, value: r.rate?.nilai ?? null,
    valueLabel: r.rate?.nilai === null || !r.rate ? "tidak ada data" : `${formatDecimal(r.rate.nilai)}% (n = ${formatInt(r.rate.n)})`,
    color: colorOf(r.rate?.nilai ?? null, classes), smallN: r.rate?.n_kecil ?? false, href: `/posyandu?wilayah=${r.code}`, detail: r.kecamatan ? `Kec. ${r.kecamatan}` : undefined,
  }));
  const sorted = [...rows].sort((a, b) => (b.rate?.nilai ?? -1) - (a.rate?.nilai ?? -1));
  return (
    <>
      <div>
        <h1 className="text-2xl font-semibold">Peta {data?.report.wilayah.nama ?? ""}: {def.label}</h1>
        <p className="text-sm text-slate-600">{periode ? `${periodLabel(periode)} · ` : ""}Sumber: {def.sumber}. Klik kelurahan untuk melihat posyandunya.</p>
      </div>
      <form method="get" className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-3 shadow-sm">
        <input type="hidden" name="wilayah" value={wilayah} />
        <label className="text-sm">
          <span className="block font-medium">Indikator</span>
          <select name="indikator" defaultValue={indikator} className="mt-1 rounded border border-slate-300 px-2 py-1.5">
            {MAP_INDICATORS.map((m) => <option key={m.id} value={m.id}>{m.label}</option>)}
          </select>
        </label>
        <label className="text-sm">
          <span className="block font-medium">Bulan</span>
          <input type="month" name="periode" defaultValue={periode ?? ""} className="mt-1 rounded border border-slate-300 px-2 py-1.5" />
        </label>
        <button type="submit" className="rounded bg-brand-700 px-4 py-2 text-sm text-white">Tampilkan</button>
      </form>
      {!data || areas.length === 0 ? (
        <p className="rounded-lg border border-slate-200 bg-white p-4 text-slate-700">
          Belum ada batas wilayah atau data untuk pilihan ini. <Link className="text-brand-700 underline" href="/impor?jenis=batas-wilayah">Impor batas wilayah</Link>.
        </p>
      ) : (
        <AreaMap
          areas={areas}
          markers={data.markers.map((m) => ({ ...m, href: `/posyandu/${m.code}/kader`, lastReport: m.lastReport ? periodLabel(m.lastReport) : null }))}
          legend={{ title: `${def.label} (%)`, classes, unit: "%", noDataLabel: "tidak ada data", smallNLabel: "n < 30 (kecil)" }}
          schematic={data.schematic}
          tileUrl={tileUrl}
          ariaLabel={`Peta ${def.label} per kelurahan`}
          showMarkersToggle
        />
      )}
      <section aria-labelledby="tabel-peta" className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
        <h2 id="tabel-peta" className="border-b border-slate-200 px-4 py-3 text-lg font-semibold">Kelurahan ({def.polaritas === "turun-baik" ? "tertinggi dulu = paling perlu perhatian" : "tertinggi dulu"})</h2>
        <table className="w-full text-left text-sm">
          <thead className="bg-slate-100"><tr><th className="px-3 py-2">Kelurahan</th><th className="px-3 py-2">Kecamatan</th><th className="px-3 py-2 text-right">{def.label}</th><th className="px-3 py-2 text-right">n</th></tr></thead>
          <tbody>
            {sorted.map((r) => (
              <tr key={r.code} className="border-t border-slate-100" data-kode={r.code}>
                <td className="px-3 py-1"><Link href={`/posyandu?wilayah=${r.code}`} className="text-brand-700 underline">{r.name}</Link></td>
                <td className="px-3 py-1">{r.kecamatan}</td>
                <td className="num px-3 py-1 text-right">{r.rate?.nilai === null || !r.rate ? "tidak ada data" : `${formatDecimal(r.rate.nilai)}%`}{r.rate?.n_kecil ? " · n kecil" : ""}</td>
                <td className="num px-3 py-1 text-right">{formatInt(r.rate?.n ?? 0)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}
