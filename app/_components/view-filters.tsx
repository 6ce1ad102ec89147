import { MonthSelect } from "@/components/ui/month-select";
import type { LatestPeriods } from "@/lib/queries/latest-periods";
import { MAP_INDICATORS } from "./indicator-map";
import { PartialMonthNotice } from "./partial-month-notice";

/**
 * A GET form so the URL reproduces the view: indicator (optional) and month; `keep` carries other params.
 * `months`: the newest and oldest month with data, which the month picker lists. `latest`: the area's periods, for the
 * notice when its latest month is still being reported (passed over as the default, or chosen).
 */
export function ViewFilters({ indikator, bulan, months, latest, keep = {}, monthName = "bulan", monthLabel = "Bulan" }: {
  indikator?: string;
  bulan: string | null;
  months: { newest: string | null; oldest: string | null };
  latest?: Pick<LatestPeriods, "shown" | "skipped">;
  keep?: Record<string, string | null | undefined>;
  monthName?: string;
  monthLabel?: string;
}) {
  const href = (month: string) => `?${new URLSearchParams([...Object.entries(keep).filter((e): e is [string, string] => !!e[1]), ...(indikator ? [["indikator", indikator]] : []), [monthName, month]]).toString()}`;
  const form = (
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
  if (!latest?.skipped) return form;
  return (
    <div className="space-y-2">
      {form}
      <PartialMonthNotice bulan={bulan} shown={latest.shown} skipped={latest.skipped} href={href} />
    </div>
  );
}
