import { NavLink } from "@/components/ui/nav-link";
import { Fragment } from "react";
import type { OverviewRow } from "@/lib/queries/overview";
import { levelLabel } from "@/lib/wilayah/codes";
import { formatInt } from "@/lib/format";
import type { AreaLevel } from "@/lib/generated/sqlite/enums";

/** Kelurahan/desa of the scope, grouped under kecamatan header rows, with posyandu and kader counts. */
export function KelurahanTable({ rows }: { rows: OverviewRow[] }) {
  return (
    <section aria-labelledby="tabel-kelurahan" className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <h2 id="tabel-kelurahan" className="border-b border-slate-200 px-4 py-3 text-lg font-semibold">
        Kelurahan/desa: posyandu dan kader hari ini
      </h2>
      <table className="w-full text-left text-sm">
        <thead className="bg-slate-100 text-slate-700">
          <tr>
            <th scope="col" className="px-4 py-2">Kelurahan/desa</th>
            <th scope="col" className="hidden px-4 py-2 sm:table-cell">Kode</th>
            <th scope="col" className="px-4 py-2 text-right">Posyandu</th>
            <th scope="col" className="px-4 py-2 text-right">Kader aktif</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <Fragment key={r.code}>
              {(i === 0 || rows[i - 1]?.kecamatanCode !== r.kecamatanCode) && (
                <tr className="border-t border-slate-200 bg-slate-50">
                  <th scope="rowgroup" colSpan={4} className="px-4 py-2 text-xs font-semibold uppercase tracking-wide text-slate-600">
                    Kecamatan {r.kecamatanName}
                  </th>
                </tr>
              )}
              <tr className="border-t border-slate-100" data-kode={r.code}>
                <td className="px-4 py-2">
                  {r.level !== "KELURAHAN" && <span className="text-slate-500">{levelLabel[r.level as AreaLevel]} </span>}
                  <NavLink href={`/wilayah/${r.code}`} className="text-brand-700 underline">{r.name}</NavLink>
                </td>
                <td className="num hidden px-4 py-2 text-slate-500 sm:table-cell">{r.code}</td>
                <td className="num px-4 py-2 text-right">{formatInt(r.posyandu)}</td>
                <td className={`num px-4 py-2 text-right ${r.kaderAktif === 0 && r.posyandu > 0 ? "text-red-700" : ""}`}>{formatInt(r.kaderAktif)}</td>
              </tr>
            </Fragment>
          ))}
        </tbody>
      </table>
    </section>
  );
}
