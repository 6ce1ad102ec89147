import type { EntryPosyandu } from "@/lib/queries/entry";

// Shared by /gizi and /profil: the posyandu picker, grouped by kelurahan.

/** A native select of the posyandu in scope, one optgroup per kelurahan. */
export function PosyanduSelect({ posyandu, value, id = "posyandu" }: { posyandu: EntryPosyandu[]; value: number | null; id?: string }) {
  const groups = new Map<string, EntryPosyandu[]>();
  for (const p of posyandu) groups.set(p.kelurahanCode, [...(groups.get(p.kelurahanCode) ?? []), p]);
  return (
    <select id={id} name="posyandu" defaultValue={value ?? undefined} className="w-full rounded border border-slate-300 bg-white px-2 py-1.5">
      {[...groups].map(([code, list]) => (
        <optgroup key={code} label={`Kel. ${list[0]?.kelurahanName ?? code}`}>
          {list.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name} ({p.code})
            </option>
          ))}
        </optgroup>
      ))}
    </select>
  );
}
