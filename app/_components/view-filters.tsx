import { MonthSelect } from "@/components/ui/month-select";
import { MAP_INDICATORS } from "./indicator-map";

/**
 * A GET form so the URL reproduces the view: indicator (optional) and month; `keep` carries other params.
 * `months`: the newest and oldest month with data, which the month picker lists.
 */
export function ViewFilters({ indikator, bulan, months, keep = {}, monthName = "bulan", monthLabel = "Bulan" }: {
  indikator?: string;
  bulan: string | null;
  months: { newest: string | null; oldest: string | null };
  keep?: Record<string, string | null | undefined>;
  monthName?: string;
  monthLabel?: string;
}) {
  return (
    <form method="get" className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-3 shadow-sm" aria-label="Pilihan tampilan">
      {Object.entries(keep).map(([k, v]) => (v ? <input key={k} type="hidden" name={k} value={v} /> : null))}
      {indikator !== undefined && (
        <label className="text-sm">
          <span className="block font-medium">Indikator</span>
          <select name="indikator" defaultValue={indikator} className="mt-1 rounded border border-slate-300 px-2 py-1.5">
            {MAP_INDICATORS.map((m) => <option key={m.id} value={m.id}>{m.label}</option>)}
          </select>
        </label>
      )}
      <label className="text-sm">
        <span className="block font-medium">{monthLabel}</span>
        <MonthSelect key={bulan ?? ""} name={monthName} value={bulan} newest={months.newest} oldest={months.oldest} className="mt-1 block rounded border border-slate-300 px-2 py-1.5" />
      </label>
      <button type="submit" className="rounded bg-brand-700 px-4 py-2 text-sm text-white">Tampilkan</button>
    </form>
  );
}
