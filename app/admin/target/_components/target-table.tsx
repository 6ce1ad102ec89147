import { formatDate } from "@/lib/format";
import { levelLabel } from "@/lib/wilayah/codes";
import type { listTargets } from "@/lib/queries/admin";
import type { FormResult } from "@/lib/validations/posyandu";
import { indicatorLabel } from "@/lib/validations/targets";
import { DeleteTargetButton } from "./delete-target-button";
import { areaLabel } from "../../_components/format";
import { TableCard, type TableColumn } from "@/components/ui/table-card";

type Row = Awaited<ReturnType<typeof listTargets>>[number];
type Action = (prev: FormResult | null, form: FormData) => Promise<FormResult>;

const percent = new Intl.NumberFormat("id-ID", { maximumFractionDigits: 2 });

const COLUMNS: TableColumn[] = [
  { label: "Indikator", className: "min-w-40" },
  { label: "Tahun" },
  { label: "Wilayah" },
  { label: "Target", className: "text-right" },
  { label: "Sumber", className: "min-w-40" },
  { label: "Aksi", srOnly: true },
];

/** Targets by indicator and year: the national default first, then the area overrides. */
export function TargetTable({ rows, deleteAction, nationalReadOnly = false }: { rows: Row[]; deleteAction: Action; nationalReadOnly?: boolean }) {
  return (
    <TableCard columns={COLUMNS} id="daftar-target" title="Target yang berlaku" empty={rows.length === 0 ? "Belum ada target. Jalankan npm run db:migrate untuk memuat target nasional, atau tetapkan di atas." : null}>
      {rows.map((r) => (
        <tr key={r.id} className="border-t border-slate-100 align-top">
          <td className="px-3 py-2">{indicatorLabel(r.indicator)}</td>
          <td className="num px-3 py-2">{r.year}</td>
          <td className="px-3 py-2">{r.area ? areaLabel(levelLabel[r.area.level], r.area.name) : <span className="text-slate-600">Nasional</span>}</td>
          <td className="num px-3 py-2 text-right font-medium">{percent.format(r.value)}%</td>
          <td className="px-3 py-2">
            {r.source}
            <span className="block text-xs text-slate-500">diubah {formatDate(r.updatedAt)}</span>
          </td>
          <td className="px-3 py-2 text-right">
            {!r.areaCode && nationalReadOnly && <span className="text-xs text-slate-600" title="Hanya admin yang wilayahnya mencakup semua kabupaten/kota dapat mengubah target nasional">hanya dibaca</span>}
            {r.areaCode && <DeleteTargetButton action={deleteAction} id={r.id} label={`${indicatorLabel(r.indicator)} ${r.year} untuk ${r.area?.name ?? r.areaCode}`} />}
          </td>
        </tr>
      ))}
    </TableCard>
  );
}
