import type { listAuditLog } from "@/lib/queries/audit";
import { formatDateTime } from "../../_components/format";
import { TableCard, type TableColumn } from "@/components/ui/table-card";
import { fieldLabel, valueLabel } from "./audit-fields";

type Row = Awaited<ReturnType<typeof listAuditLog>>["rows"][number];

export const ACTION: Record<string, string> = {
  CREATE: "Tambah", UPDATE: "Ubah", DELETE: "Hapus", IMPORT_CREATE: "Impor (baru)", IMPORT_UPDATE: "Impor (ubah)",
  END_SERVICE: "Akhiri tugas", ACTIVATE: "Aktifkan", DEACTIVATE: "Nonaktifkan", RESET_PASSWORD: "Ganti kata sandi",
  SIGN_OUT_ALL: "Keluar dari semua perangkat", LOCK: "Kunci rapat", PROGRESS: "Catat kemajuan", REVOKE: "Cabut",
  IMPORT: "Impor", UNDO_IMPORT: "Batalkan impor",
};

export const ENTITY: Record<string, string> = {
  Posyandu: "Posyandu", Kader: "Kader", KaderMembership: "Keanggotaan kader", KaderTraining: "Pelatihan kader",
  IndicatorTarget: "Target indikator", User: "Pengguna", MonthlyReport: "Laporan bulanan", NutritionAggregate: "Status gizi",
  AnnualProfile: "Profil tahunan", ImportBatch: "Batch impor", NameMapping: "Pemetaan nama", AreaBoundary: "Batas wilayah", Puskesmas: "Puskesmas",
  Meeting: "Rapat", MeetingAttendee: "Peserta rapat", AgendaItem: "Agenda rapat", ActionItem: "Tindak lanjut rapat", ApiToken: "Token API",
};

const COLUMNS: TableColumn[] = [
  { label: "Waktu" },
  { label: "Oleh" },
  { label: "Tindakan" },
  { label: "Perubahan (sebelum → sesudah)" },
];

/** Audit rows, newest first: who, when (WIB), what, and the fields that changed. */
export function AuditTable({ rows }: { rows: Row[] }) {
  return (
    <TableCard columns={COLUMNS} id="log-audit" title="Perubahan data" empty={rows.length === 0 ? "Belum ada catatan." : null}>
      {rows.map((r) => (
        <tr key={r.id} className="border-t border-slate-100 align-top">
          <td className="whitespace-nowrap px-3 py-2">{formatDateTime(r.at)}</td>
          <td className="px-3 py-2">{r.user ? <>{r.user.name}<span className="block text-xs text-slate-500">{r.user.username}</span></> : <span className="text-slate-600">Sistem / CLI</span>}</td>
          <td className="px-3 py-2">
            {ACTION[r.action] ?? r.action}
            <span className="block text-xs text-slate-500">{ENTITY[r.entity] ?? r.entity}{r.entityId ? ` #${r.entityId}` : ""}{r.importBatchId && !(r.entity === "ImportBatch" && r.entityId === String(r.importBatchId)) ? ` · batch impor #${r.importBatchId}` : ""}</span>
          </td>
          <td className="px-3 py-2">
            {r.changes.length === 0 ? (
              <span className="text-slate-500">—</span>
            ) : (
              <ul className="space-y-0.5 text-xs">
                {r.changes.map((c) => (
                  <li key={c.field} className="break-words">
                    <FieldName entity={r.entity} field={c.field} />:{" "}
                    {c.before !== null && <span className="text-red-800 line-through decoration-red-300"><Value entity={r.entity} field={c.field} value={c.before} /></span>}
                    {c.before !== null && c.after !== null && " → "}
                    {c.after !== null && <span className="text-emerald-800"><Value entity={r.entity} field={c.field} value={c.after} /></span>}
                  </li>
                ))}
              </ul>
            )}
          </td>
        </tr>
      ))}
    </TableCard>
  );
}

/** A field's Indonesian label; a field without one stays raw in monospace, so the missing label is seen, not guessed. */
export function FieldName({ entity, field }: { entity: string; field: string }) {
  const label = fieldLabel(entity, field);
  return label === null ? <span className="font-mono text-slate-600">{field}</span> : <span className="text-slate-600" title={field}>{label}</span>;
}

/** A stored value in Indonesian where it is an enum with a label (TERKUNCI → Terkunci, the raw value on hover); anything else as stored. */
function Value({ entity, field, value }: { entity: string; field: string; value: string }) {
  const label = valueLabel(entity, field, value);
  return label === null ? <>{value}</> : <span title={value}>{label}</span>;
}
