"use client";

import { useActionState } from "react";
import { undoBatchAction, type ActionResult } from "@/lib/actions/imports";

export function UndoButton({ batchId }: { batchId: number }) {
  const [state, action, pending] = useActionState<ActionResult | null, FormData>(undoBatchAction, null);
  return (
    <form action={action} onSubmit={(e) => !confirm(`Batalkan seluruh batch #${batchId}? Data baru dihapus dan data lama dipulihkan.`) && e.preventDefault()}>
      <input type="hidden" name="batchId" value={batchId} />
      <button type="submit" disabled={pending} className="rounded border border-red-300 px-2 py-0.5 text-xs text-red-700 hover:bg-red-50">
        {pending ? "Membatalkan…" : "Batalkan"}
      </button>
      {state && <span role={state.ok ? "status" : "alert"} className={`block text-xs ${state.ok ? "text-emerald-700" : "text-red-700"}`}>{state.message}</span>}
    </form>
  );
}
