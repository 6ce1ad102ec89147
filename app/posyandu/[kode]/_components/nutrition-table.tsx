import type { NutritionRow } from "@/lib/queries/posyandu-detail";
import type { Rate } from "@/lib/indicators/rate";
import { formatDecimal, formatInt } from "@/lib/format";
import { periodLabel } from "@/lib/period";
import { SOURCE_LABEL as SOURCE } from "@/lib/indicators/nutrition-sources";

function Cell({ rate }: { rate: Rate }) {
  return (
    <td className="num px-3 py-2 text-right" title={rate.nilai === null ? "tidak ada data" : `${formatInt(rate.pembilang)} dari ${formatInt(rate.penyebut)} balita diukur${rate.ci95 ? ` · IK95% ${formatDecimal(rate.ci95[0])}–${formatDecimal(rate.ci95[1])}%` : ""}`}>
      {rate.nilai === null ? "—" : `${formatDecimal(rate.nilai)}%`}
      <span className="block text-xs text-slate-500">n = {formatInt(rate.n)}{rate.n_kecil ? " · n kecil" : ""}</span>
    </td>
  );
}

/** Stunting, wasting and underweight per measurement period and source (sources are never mixed). */
export function NutritionTable({ rows }: { rows: NutritionRow[] }) {
  return (
    <section aria-labelledby="gizi-posyandu" className="rounded-lg border border-slate-200 bg-white shadow-sm">
      <h2 id="gizi-posyandu" className="border-b border-slate-200 px-4 py-3 text-lg font-semibold">Status gizi balita per periode</h2>
      {rows.length === 0 ? (
        <p className="p-4 text-sm text-slate-700">Belum ada data gizi. Impor e-PPGBM atau isi rekap gizi di menu Isi data.</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-sm" aria-label="Status gizi per periode">
            <thead className="bg-slate-100 text-left">
              <tr><th className="px-3 py-2">Periode</th><th className="px-3 py-2">Sumber</th><th className="px-3 py-2 text-right">Stunting</th><th className="px-3 py-2 text-right">Wasting</th><th className="px-3 py-2 text-right">Underweight</th></tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={`${r.periode}-${r.sumber}`} className="border-t border-slate-100" data-periode={r.periode}>
                  <th scope="row" className="px-3 py-2 text-left">{periodLabel(r.periode)}</th>
                  <td className="px-3 py-2">{SOURCE[r.sumber] ?? r.sumber}</td>
                  <Cell rate={r.indikator.stunting} />
                  <Cell rate={r.indikator.wasting} />
                  <Cell rate={r.indikator.underweight} />
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
