import { NavLink } from "@/components/ui/nav-link";
import type { PosyanduStatus } from "@/lib/queries/kelurahan";
import type { Rate } from "@/lib/indicators/rate";
import { STRATA_COLORS, STRATA_LABELS } from "@/lib/colors";
import { formatDecimal, formatInt } from "@/lib/format";
import { periodLabel } from "@/lib/period";
import { sortRows, type SortState } from "@/lib/sort";
import { SortHeader } from "@/components/ui/sort-header";

export const POSYANDU_SORT_COLUMNS = ["nama", "strata", "kader", "laporan", "ds", "stunting"] as const;
const RANK: Record<string, number> = { PRATAMA: 1, MADYA: 2, PURNAMA: 3, MANDIRI: 4 };

function RateTd({ rate, context }: { rate: Rate | null; context: string }) {
  const none = !rate || rate.nilai === null;
  return (
    <td className="num px-3 py-2 text-right" title={none ? `tidak ada data · ${context}` : `${formatInt(rate.pembilang)} dari ${formatInt(rate.penyebut)} (n = ${formatInt(rate.n)}) · ${context}`}>
      {none ? <span className="text-slate-500">—</span> : `${formatDecimal(rate.nilai!)}%`}
      {rate?.n_kecil && <span className="block text-xs text-amber-800">n kecil ({formatInt(rate.n)})</span>}
    </td>
  );
}

/** The posyandu of a kelurahan: stratum and what is missing to move up, kader, last report, D/S and stunting. */
export function PosyanduStatusTable({ rows, bulan, gizi, sort, base, params }: {
  rows: PosyanduStatus[];
  bulan: string;
  gizi: string | null;
  sort: SortState;
  base: string;
  params: Record<string, string | null | undefined>;
}) {
  const value = (r: PosyanduStatus) => {
    switch (sort.urut) {
      case "strata": return r.strata ? RANK[r.strata.strata] ?? 0 : null;
      case "kader": return r.kader;
      case "laporan": return r.laporanTerakhir;
      case "ds": return r.ds?.nilai ?? null;
      case "stunting": return r.stunting?.nilai ?? null;
      default: return r.nama;
    }
  };
  const sorted = sortRows(rows, value, sort.arah);
  const h = { sort, base, params };
  return (
    <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="w-full text-sm" aria-label="Posyandu di kelurahan">
        <thead className="bg-slate-100">
          <tr>
            <SortHeader label="Posyandu" column="nama" align="left" firstDir="naik" {...h} />
            <SortHeader label="Strata dan yang kurang" column="strata" align="left" firstDir="naik" {...h} />
            <SortHeader label="Kader aktif" column="kader" firstDir="naik" {...h} />
            <SortHeader label="Laporan terakhir" column="laporan" firstDir="naik" {...h} />
            <SortHeader label={`D/S ${periodLabel(bulan)}`} column="ds" firstDir="naik" {...h} />
            <SortHeader label={`Stunting ${gizi ? periodLabel(gizi) : ""}`} column="stunting" {...h} />
          </tr>
        </thead>
        <tbody>
          {sorted.map((r) => (
            <tr key={r.kode} className="border-t border-slate-100 align-top" data-kode={r.kode}>
              <th scope="row" className="px-3 py-2 text-left font-medium">
                <NavLink href={`/posyandu/${encodeURIComponent(r.kode)}`} className="text-brand-700 underline">{r.nama}</NavLink>
              </th>
              <td className="min-w-[14rem] px-3 py-2" data-strata={r.strata?.strata ?? ""}>
                {r.strata ? (
                  <>
                    <span className="inline-flex items-center gap-1 font-medium">
                      <span aria-hidden="true" className="inline-block h-3 w-3 rounded-full border border-slate-400" style={{ background: STRATA_COLORS[r.strata.strata as keyof typeof STRATA_COLORS] }} />
                      {STRATA_LABELS[r.strata.strata as keyof typeof STRATA_LABELS] ?? r.strata.strata} {r.strata.tahunLabel}
                    </span>
                    <span className={`ml-2 text-xs ${r.strata.aktif ? "text-emerald-700" : "text-red-700"}`} title={r.strata.kurangAktif.join("; ")}>{r.strata.aktif ? "Posyandu Aktif" : "belum Aktif"}</span>
                    {r.strata.kurang.length > 0 && <span className="block text-xs text-slate-600">Kurang: {r.strata.kurang.join("; ")}</span>}
                  </>
                ) : (
                  <span className="text-slate-500">belum dinilai</span>
                )}
              </td>
              <td className={`num px-3 py-2 text-right ${r.kader < 5 ? "font-semibold text-red-700" : ""}`} title="kader dengan keanggotaan aktif · data kader">
                {formatInt(r.kader)}{r.kader < 5 && <span className="block text-xs font-normal">kurang dari 5</span>}
              </td>
              <td className={`px-3 py-2 text-right ${!r.laporanTerakhir || r.laporanTerakhir < bulan ? "text-red-700" : ""}`}>
                {r.laporanTerakhir ? periodLabel(r.laporanTerakhir) : "belum pernah"}
              </td>
              <RateTd rate={r.ds} context={`${periodLabel(bulan)} · laporan bulanan`} />
              <RateTd rate={r.stunting} context={[gizi ? periodLabel(gizi) : null, r.sumberGizi ?? "data gizi"].filter(Boolean).join(" · ")} />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
