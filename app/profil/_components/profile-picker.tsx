import type { EntryPosyandu } from "@/lib/queries/entry";
import { PosyanduSelect } from "../../laporan/_components/posyandu-select";

/** Which profile to fill in: posyandu and year, as a plain GET form (the choice lives in the URL). */
export function ProfilePicker({ posyandu, posyanduId, tahun, maxYear }: { posyandu: EntryPosyandu[]; posyanduId: number; tahun: number; maxYear: number }) {
  const years = Array.from({ length: 6 }, (_, i) => maxYear - i);
  if (!years.includes(tahun)) years.push(tahun);
  return (
    <form method="get" action="/profil" className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <label htmlFor="posyandu" className="min-w-0 flex-1 text-sm sm:max-w-sm">
        <span className="mb-1 block font-medium">Posyandu</span>
        <PosyanduSelect posyandu={posyandu} value={posyanduId} />
      </label>
      <label className="text-sm">
        <span className="mb-1 block font-medium">Tahun</span>
        <select name="tahun" defaultValue={tahun} className="rounded border border-slate-300 bg-white px-2 py-1.5">
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
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
