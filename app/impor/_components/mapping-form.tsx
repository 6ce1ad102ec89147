"use client";

import { useActionState, useState } from "react";
import { saveMappingAction, type ActionResult } from "@/lib/actions/imports";

type Village = { code: string; name: string };
type Posyandu = { id: number; name: string; kelurahanCode: string };

/** Maps a place name spelled differently in e-PPGBM to our kelurahan (and optionally posyandu), once. */
export function MappingForm({ villages, posyandu }: { villages: Village[]; posyandu: Posyandu[] }) {
  const [state, action, pending] = useActionState<ActionResult | null, FormData>(saveMappingAction, null);
  const [kel, setKel] = useState("");
  return (
    <section aria-labelledby="pemetaan" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <h2 id="pemetaan" className="text-lg font-semibold">Pemetaan nama e-PPGBM</h2>
      <p className="text-sm text-slate-600">
        Jika impor menolak nama Desa/Kel atau Posyandu yang tidak dikenal, petakan nama itu sekali di sini. Pemetaan diingat untuk impor berikutnya.
      </p>
      <form action={action} className="grid gap-3 md:grid-cols-4">
        <label className="text-sm">
          <span className="block text-slate-700">Nama di berkas</span>
          <input name="sourceName" required maxLength={120} className="mt-1 w-full rounded border border-slate-300 px-2 py-1" />
        </label>
        <label className="text-sm">
          <span className="block text-slate-700">Kelurahan/desa</span>
          <select name="kelurahanCode" required value={kel} onChange={(e) => setKel(e.target.value)} className="mt-1 w-full rounded border border-slate-300 px-2 py-1">
            <option value="">— pilih —</option>
            {villages.map((v) => <option key={v.code} value={v.code}>{v.name}</option>)}
          </select>
        </label>
        <label className="text-sm">
          <span className="block text-slate-700">Posyandu (kosongkan untuk nama kelurahan)</span>
          <select name="posyanduId" className="mt-1 w-full rounded border border-slate-300 px-2 py-1" disabled={!kel}>
            <option value="">— nama kelurahan —</option>
            {posyandu.filter((p) => p.kelurahanCode === kel).map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
          </select>
        </label>
        <div className="flex items-end">
          <button type="submit" disabled={pending} className="rounded bg-brand-700 px-4 py-1.5 text-white disabled:opacity-50">Simpan pemetaan</button>
        </div>
      </form>
      {state && <p role={state.ok ? "status" : "alert"} className={`text-sm ${state.ok ? "text-emerald-700" : "text-red-700"}`}>{state.message}</p>}
    </section>
  );
}
