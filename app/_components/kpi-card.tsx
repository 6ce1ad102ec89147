import type { Kpi } from "@/lib/queries/dashboard";
import { formatDecimal, formatInt } from "@/lib/format";
import { periodLabel } from "@/lib/period";
import { changeArrow } from "@/lib/indicators/change";
import { Sparkline } from "@/components/charts/sparkline";
import { leftOutText, SOURCE_LABEL as SOURCE } from "@/lib/indicators/nutrition-sources";

/** One headline figure with its change, target, n, source, period and a sparkline. */
export function KpiCard({ kpi }: { kpi: Kpi }) {
  const r = kpi.rate;
  const when = /^\d{4}-\d{2}$/.test(kpi.periode) ? periodLabel(kpi.periode) : kpi.periode;
  const change = r.perubahan;
  const leftOut = leftOutText(r.sumber_lain);
  return (
    <div className="flex flex-col rounded-lg border border-slate-200 bg-white p-4 shadow-sm" data-kpi={kpi.id}>
      <div className="text-sm text-slate-600">{kpi.label}</div>
      <div className="num mt-1 text-3xl font-semibold text-slate-900">{r.nilai === null ? "—" : `${formatDecimal(r.nilai)}%`}</div>
      {r.tidak_ada_data && <div className="text-xs text-slate-500">tidak ada data</div>}
      {change && change.selisihPoin !== null && (
        <div className={`text-sm ${change.arah === "membaik" ? "text-emerald-700" : change.arah === "memburuk" ? "text-red-700" : "text-slate-600"}`}>
          {changeArrow(change)} {formatDecimal(Math.abs(change.selisihPoin))} poin sejak {change.dari && /^\d{4}-\d{2}$/.test(change.dari) ? periodLabel(change.dari) : change.dari}
          {change.arah ? ` (${change.arah})` : ""}
        </div>
      )}
      {r.target && (
        <div className="text-xs text-slate-700">
          Target {formatDecimal(r.target.nilai)}% · {r.target.tercapai ? "tercapai" : "belum tercapai"}
        </div>
      )}
      <div className="mt-2 h-10">
        <Sparkline values={kpi.series.values} labels={kpi.series.labels} ariaLabel={`Tren ${kpi.label}`} />
      </div>
      <div className="mt-auto pt-2 text-xs text-slate-500">
        n = {formatInt(r.n)} · {SOURCE[kpi.sumber] ?? kpi.sumber} · {when}
        {r.n_kecil && <span className="ml-1 rounded bg-amber-100 px-1 text-amber-900">n kecil</span>}
        {leftOut && <div className="mt-1 text-amber-900">Catatan: {leftOut}.</div>}
      </div>
    </div>
  );
}
