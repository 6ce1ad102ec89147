import type { EntryPosyandu } from "@/lib/queries/entry";
import { NUTRITION_SOURCE_LABELS, type NutritionSourceKey } from "@/lib/validations/reports";
import { PosyanduSelect } from "../../laporan/_components/posyandu-select";

/** Which record to fill in: posyandu, month and source, as a plain GET form (the choice lives in the URL). */
export function NutritionPicker({ posyandu, posyanduId, periode, sumber, maxPeriode }: { posyandu: EntryPosyandu[]; posyanduId: number; periode: string; sumber: NutritionSourceKey; maxPeriode: string }) {
  return (
    <form method="get" action="/gizi" className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <label htmlFor="posyandu" className="min-w-0 flex-1 text-sm sm:max-w-sm">
        <span className="mb-1 block font-medium">Posyandu</span>
        <PosyanduSelect posyandu={posyandu} value={posyanduId} />
      </label>
      <label className="text-sm">
        <span className="mb-1 block font-medium">Bulan pengukuran</span>
        <input type="month" name="periode" defaultValue={periode} min="2000-01" max={maxPeriode} required placeholder="TTTT-BB" pattern="[0-9]{4}-(0[1-9]|1[0-2])" title="Bulan pengukuran, TTTT-BB, misalnya 2026-08" className="rounded border border-slate-300 px-2 py-1.5" />
      </label>
      <label className="text-sm">
        <span className="mb-1 block font-medium">Sumber</span>
        <select name="sumber" defaultValue={sumber} className="rounded border border-slate-300 bg-white px-2 py-1.5">
          {(Object.keys(NUTRITION_SOURCE_LABELS) as NutritionSourceKey[]).map((k) => (
            <option key={k} value={k}>
              {NUTRITION_SOURCE_LABELS[k]}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="rounded bg-brand-700 px-4 py-2 text-sm text-white">
        Tampilkan
      </button>
    </form>
  );
}
