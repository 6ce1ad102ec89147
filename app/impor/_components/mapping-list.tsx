"use client";

import { useActionState } from "react";
import { deleteMappingAction, type ActionResult } from "@/lib/actions/imports";
import type { NameMappingRow } from "@/lib/queries/name-mappings";

/** The remembered e-PPGBM spellings of the viewer's area, each with a "Hapus" button. */
export function MappingList({ mappings }: { mappings: NameMappingRow[] }) {
  return (
    <section aria-labelledby="pemetaan-tersimpan" className="space-y-2 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <h2 id="pemetaan-tersimpan" className="text-lg font-semibold">Pemetaan tersimpan</h2>
      {mappings.length === 0 ? (
        <p className="text-sm text-slate-600">Belum ada pemetaan nama di wilayah Anda.</p>
      ) : (
        <table className="w-full text-sm" aria-label="Pemetaan nama tersimpan">
          <thead className="text-left text-slate-600">
            <tr><th className="px-2 py-1">Nama di berkas</th><th className="px-2 py-1">Dipetakan ke</th><th className="px-2 py-1">Sejak</th><th className="px-2 py-1"><span className="sr-only">Aksi</span></th></tr>
          </thead>
          <tbody>
            {mappings.map((m) => (
              <tr key={m.id} className="border-t border-slate-100 align-top">
                <td className="px-2 py-1">{m.sourceName}</td>
                <td className="px-2 py-1">{target(m)}</td>
                <td className="px-2 py-1">{m.createdAt.toLocaleDateString("id-ID", { timeZone: "Asia/Jakarta" })}</td>
                <td className="px-2 py-1 text-right"><DeleteMapping mapping={m} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

const target = (m: NameMappingRow) => (m.posyandu ? `Posyandu ${m.posyandu}, ${m.kelurahan}` : `Kelurahan/desa ${m.kelurahan}`);

function DeleteMapping({ mapping }: { mapping: NameMappingRow }) {
  const [state, action, pending] = useActionState<ActionResult | null, FormData>(deleteMappingAction, null);
  const question = `Hapus pemetaan "${mapping.sourceName}" → ${target(mapping)}? Impor e-PPGBM berikutnya tidak lagi mengarahkan nama itu ke sana.`;
  return (
    <form action={action} onSubmit={(e) => !confirm(question) && e.preventDefault()}>
      <input type="hidden" name="mappingId" value={mapping.id} />
      <button type="submit" disabled={pending} aria-label={`Hapus pemetaan ${mapping.sourceName}`} className="rounded border border-red-300 px-2 py-0.5 text-xs text-red-700 hover:bg-red-50">
        {pending ? "Menghapus…" : "Hapus"}
      </button>
      {state && <span role={state.ok ? "status" : "alert"} className={`block text-xs ${state.ok ? "text-emerald-700" : "text-red-700"}`}>{state.message}</span>}
    </form>
  );
}
