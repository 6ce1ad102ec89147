import { NavLink } from "@/components/ui/nav-link";
import { addMonths, periodLabel } from "@/lib/period";
import type { EntryVillage } from "@/lib/queries/entry";

/** Kelurahan and month of the grid, as a plain GET form (the choice lives in the URL), with month steppers. */
export function GridPicker({ villages, wilayah, periode, maxPeriode }: { villages: EntryVillage[]; wilayah: string; periode: string; maxPeriode: string }) {
  const byKecamatan = new Map<string, EntryVillage[]>();
  for (const v of villages) byKecamatan.set(v.kecamatanName, [...(byKecamatan.get(v.kecamatanName) ?? []), v]);
  const href = (p: string) => `/laporan?wilayah=${encodeURIComponent(wilayah)}&periode=${p}`;
  const previous = addMonths(periode, -1);
  const next = addMonths(periode, 1);
  return (
    <form method="get" action="/laporan" className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <label className="w-full text-sm sm:w-auto">
        <span className="mb-1 block font-medium">Kelurahan/desa</span>
        <select name="wilayah" defaultValue={wilayah} className="w-full rounded border border-slate-300 bg-white px-2 py-1.5 sm:w-64">
          {[...byKecamatan].map(([kecamatan, list]) => (
            <optgroup key={kecamatan} label={`Kec. ${kecamatan}`}>
              {list.map((v) => (
                <option key={v.code} value={v.code}>
                  {v.name}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </label>
      <label className="text-sm">
        <span className="mb-1 block font-medium">Bulan</span>
        <input type="month" name="periode" defaultValue={periode} min="2000-01" max={maxPeriode} required placeholder="TTTT-BB" pattern="[0-9]{4}-(0[1-9]|1[0-2])" title="Bulan laporan, TTTT-BB, misalnya 2026-08" className="rounded border border-slate-300 px-2 py-1.5" />
      </label>
      <button type="submit" className="rounded bg-brand-700 px-4 py-2 text-sm text-white">
        Tampilkan
      </button>
      <span className="flex gap-3 text-sm">
        <NavLink href={href(previous)} className="text-brand-700 underline">
          ← {periodLabel(previous)}
        </NavLink>
        {next <= maxPeriode && (
          <NavLink href={href(next)} className="text-brand-700 underline">
            {periodLabel(next)} →
          </NavLink>
        )}
      </span>
    </form>
  );
}
