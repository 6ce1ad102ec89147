import { NavLink } from "@/components/ui/nav-link";
import { formatInt } from "@/lib/format";
import type { listPosyandu } from "@/lib/queries/registry";
import { TableCard, type TableColumn } from "@/components/ui/table-card";

type Row = Awaited<ReturnType<typeof listPosyandu>>["rows"][number];

/** Kader aktif below this is flagged: a Posyandu Aktif criterion (RPJMN 2020, lib/reference/seed.ts). */
const MIN_KADER = 5;

const COLUMNS: TableColumn[] = [
  { label: "Posyandu", className: "min-w-36" },
  { label: "Kelurahan/desa" },
  { label: "Puskesmas", className: "hidden md:table-cell" },
  { label: "Kader aktif", className: "text-right" },
  { label: "Status", title: "Beroperasi = masih menyelenggarakan kegiatan; bukan kriteria Posyandu Aktif" },
  { label: "Aksi", srOnly: true },
];

/** The register: one row per posyandu with its kelurahan, puskesmas, active kader and links. */
export function PosyanduTable({ rows, canEdit }: { rows: Row[]; canEdit: boolean }) {
  return (
    <TableCard columns={COLUMNS} id="daftar-posyandu" title="Daftar posyandu" empty={rows.length === 0 ? "Belum ada posyandu terdaftar di wilayah ini." : null}>
      {rows.map((r) => {
        const href = `/posyandu/${encodeURIComponent(r.code)}`;
        return (
          <tr key={r.code} className="border-t border-slate-100 align-top">
            <td className="px-3 py-2">
              <NavLink href={href} className="block font-medium text-brand-700 hover:underline">{r.name}</NavLink>
              <span className="block text-xs text-slate-500">{r.code}{r.rw ? ` · ${r.rw}` : ""}</span>
            </td>
            <td className="px-3 py-2">{r.kelurahanName}</td>
            <td className="hidden px-3 py-2 md:table-cell">{r.puskesmasName ?? "—"}</td>
            <td className={`num px-3 py-2 text-right ${r.kaderAktif < MIN_KADER ? "font-semibold text-amber-700" : ""}`} title={r.kaderAktif < MIN_KADER ? `Kurang dari ${MIN_KADER} kader aktif` : undefined}>
              {formatInt(r.kaderAktif)}
            </td>
            <td className="px-3 py-2">
              <span className={`inline-block rounded px-1.5 py-0.5 text-xs ${r.active ? "bg-emerald-50 text-emerald-800" : "bg-slate-200 text-slate-700"}`}>{r.active ? "Beroperasi" : "Berhenti"}</span>
              {r.ilp && <span className="ml-1 inline-block rounded bg-brand-50 px-1.5 py-0.5 text-xs text-brand-800">ILP</span>}
            </td>
            <td className="whitespace-nowrap px-3 py-2 text-right">
              <NavLink href={`${href}/kader`} className="text-brand-700 underline">Kader</NavLink>
              {canEdit && <NavLink href={`${href}/ubah`} className="ml-3 text-brand-700 underline">Ubah</NavLink>}
            </td>
          </tr>
        );
      })}
    </TableCard>
  );
}
