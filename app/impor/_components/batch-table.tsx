import { formatInt } from "@/lib/format";
import { formatDateTime } from "@/app/admin/_components/format";
import type { listImportBatches } from "@/lib/queries/imports";
import { UndoButton } from "./undo-button";

type Batch = Awaited<ReturnType<typeof listImportBatches>>[number];

const STATUS: Record<string, string> = { SELESAI: "Selesai", GAGAL: "Ditolak", DIBATALKAN: "Dibatalkan" };

/** Recent imports with who, when, file and counts; ADMIN can undo a finished batch. */
export function BatchTable({ batches, canUndo }: { batches: Batch[]; canUndo: boolean }) {
  return (
    <section aria-labelledby="riwayat" className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <h2 id="riwayat" className="border-b border-slate-200 px-4 py-3 text-lg font-semibold">Riwayat impor</h2>
      {batches.length === 0 ? (
        <p className="px-4 py-3 text-sm text-slate-600">Belum ada impor.</p>
      ) : (
        <table className="w-full text-left text-sm">
          <thead className="bg-slate-100">
            <tr>
              <th className="px-3 py-2">#</th>
              <th className="px-3 py-2">Waktu</th>
              <th className="px-3 py-2">Oleh</th>
              <th className="px-3 py-2">Jenis / berkas</th>
              <th className="px-3 py-2 text-right">Baru</th>
              <th className="px-3 py-2 text-right">Diperbarui</th>
              <th className="px-3 py-2 text-right">Tetap</th>
              <th className="px-3 py-2">Status</th>
              {canUndo && <th className="px-3 py-2"><span className="sr-only">Aksi</span></th>}
            </tr>
          </thead>
          <tbody>
            {batches.map((b) => (
              <tr key={b.id} className="border-t border-slate-100">
                <td className="num px-3 py-1">{b.id}</td>
                <td className="whitespace-nowrap px-3 py-1">{formatDateTime(b.createdAt)}</td>
                <td className="px-3 py-1">{b.user?.name ?? "—"}</td>
                <td className="px-3 py-1">
                  <span className="block text-xs uppercase text-slate-500">{b.kind.toLowerCase().replaceAll("_", " ")}</span>
                  {b.fileName}
                </td>
                <td className="num px-3 py-1 text-right">{formatInt(b.rowsInserted)}</td>
                <td className="num px-3 py-1 text-right">{formatInt(b.rowsUpdated)}</td>
                <td className="num px-3 py-1 text-right">{formatInt(b.rowsUnchanged)}</td>
                <td className="px-3 py-1">
                  {STATUS[b.status] ?? b.status}
                  {b.message ? <span className="block text-xs text-slate-500">{b.message}</span> : null}
                  {/* Saved with warnings (a missing column kept, D > S flagged…): the operator may want to look again. */}
                  {b.status === "SELESAI" && b.warnings > 0 ? <span className="block text-xs text-amber-800" data-peringatan>{formatInt(b.warnings)} peringatan</span> : null}
                </td>
                {canUndo && <td className="px-3 py-1">{b.status === "SELESAI" && ["LAPORAN_BULANAN", "GIZI", "PROFIL_TAHUNAN", "EPPGBM", "POSYANDU", "KADER"].includes(b.kind) && <UndoButton batchId={b.id} />}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
