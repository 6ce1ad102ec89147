import type { StrataYear } from "@/lib/queries/posyandu-detail";
import { STRATA_COLORS, STRATA_LABELS } from "@/lib/colors";
import { formatDecimal } from "@/lib/format";
import { periodLabel } from "@/lib/period";
import { RUNNING_YEAR_MIN_MONTHS, yearCovered } from "@/lib/indicators/strata-distribution";
import { TableCard, type TableColumn } from "@/components/ui/table-card";

const COLUMNS: TableColumn[] = [
  { label: "Tahun" },
  { label: "Strata" },
  { label: "Buka", className: "text-right" },
  { label: "Rerata kader", className: "text-right" },
  { label: "D/S tahunan", className: "text-right" },
  { label: "Alasan / yang kurang" },
];

/**
 * Stratum and Posyandu Aktif per year with what kept it from the next level (from the rule set of that year). A year
 * the kelurahan's data does not cover from January is listed with its counts but not rated: "buka 2 bulan < 8"
 * would blame the posyandu for months that were simply never recorded here.
 */
export function StrataHistory({ years, mulai }: { years: StrataYear[]; mulai: string | null }) {
  return (
    <TableCard columns={COLUMNS} id="riwayat-strata" title="Riwayat strata" label="Riwayat strata per tahun" empty={years.length === 0 ? "Belum dinilai: strata dihitung dari laporan bulanan dan profil tahunan." : null}>
      {years.map((y) => (
        <tr key={y.tahun} className="border-t border-slate-100 align-top" data-tahun={y.tahun}>
          <th scope="row" className="px-3 py-2 text-left">
            {y.tahun}
            {y.sampai && <span className="block text-xs font-normal text-slate-500">s.d. {periodLabel(y.sampai).split(" ")[0]}{y.dinilai ? ", sementara" : ""}</span>}
          </th>
          {y.dinilai ? <Rated y={y} /> : (
            <td className="px-3 py-2">
              <span className="font-medium text-slate-600">Tidak dinilai</span>
              <span className="block text-xs text-slate-500">data belum lengkap</span>
            </td>
          )}
          <td className="num px-3 py-2 text-right">{y.frekuensi} bln</td>
          <td className="num px-3 py-2 text-right">{y.rerataKader === null ? "—" : formatDecimal(y.rerataKader)}</td>
          <td className="num px-3 py-2 text-right">{y.dsTahunan === null ? "—" : `${formatDecimal(y.dsTahunan)}%`}</td>
          <td className="min-w-[16rem] px-3 py-2 text-xs text-slate-700">
            {y.dinilai ? <Reasons y={y} /> : y.sampai && mulai && yearCovered(y.tahun, mulai)
              ? `Tahun berjalan: data baru sampai ${periodLabel(y.sampai)}, sedangkan Madya dan Posyandu Aktif butuh buka ${RUNNING_YEAR_MIN_MONTHS} bulan. Dinilai mulai ${RUNNING_YEAR_MIN_MONTHS} bulan data, seperti angka wilayah.`
              : `Data kelurahan ini baru tercatat mulai ${mulai ? periodLabel(mulai) : "pertengahan tahun"}: tahun yang tidak tercakup sejak Januari tidak dinilai, seperti angka wilayah.`}
          </td>
        </tr>
      ))}
    </TableCard>
  );
}

function Rated({ y }: { y: StrataYear }) {
  return (
    <td className="px-3 py-2">
      <span className="inline-flex items-center gap-1 font-medium">
        <span aria-hidden="true" className="inline-block h-3 w-3 rounded-full border border-slate-400" style={{ background: STRATA_COLORS[y.strata as keyof typeof STRATA_COLORS] }} />
        {STRATA_LABELS[y.strata as keyof typeof STRATA_LABELS] ?? y.strata}
      </span>
      <span className={`block text-xs ${y.aktif ? "text-emerald-700" : "text-red-700"}`}>{y.aktif ? "Posyandu Aktif" : "belum Aktif"}</span>
    </td>
  );
}

function Reasons({ y }: { y: StrataYear }) {
  return (
    <>
      {y.kurang.length === 0 ? "memenuhi semua syarat Mandiri" : `Naik strata bila: ${y.kurang.join("; ")}`}
      {!y.aktif && y.kurangAktif.length > 0 && <span className="block">Posyandu Aktif: {y.kurangAktif.join("; ")}</span>}
      <span className="block text-slate-500">aturan {y.aturan}</span>
    </>
  );
}
