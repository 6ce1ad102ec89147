import type { Village } from "./posyandu-form";

/** Kelurahan filter as a plain GET form (?wilayah=), so it works without JavaScript. */
export function WilayahFilter({ villages, active }: { villages: Village[]; active: string | null }) {
  return (
    <form method="get" className="flex flex-wrap items-end gap-2">
      <label className="min-w-0 text-sm">
        <span className="block text-slate-700">Kelurahan/desa</span>
        <select name="wilayah" defaultValue={active ?? ""} className="mt-1 w-full max-w-xs rounded border border-slate-300 bg-white px-2 py-1.5">
          <option value="">Semua dalam wilayah Anda</option>
          {villages.map((v) => <option key={v.code} value={v.code}>{v.name} (Kec. {v.kecamatanName})</option>)}
        </select>
      </label>
      <button type="submit" className="rounded border border-slate-300 bg-white px-3 py-1.5 text-sm hover:border-brand-600">Tampilkan</button>
    </form>
  );
}
