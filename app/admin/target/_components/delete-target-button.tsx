"use client";

import { useActionState } from "react";
import type { FormResult } from "@/lib/validations/posyandu";

type Action = (prev: FormResult | null, form: FormData) => Promise<FormResult>;

/** Removes an area override, after a confirmation; the national default then applies again. */
export function DeleteTargetButton({ action, id, label }: { action: Action; id: number; label: string }) {
  const [state, formAction, pending] = useActionState<FormResult | null, FormData>(action, null);
  return (
    <form action={formAction} onSubmit={(e) => !confirm(`Hapus target ${label}?`) && e.preventDefault()}>
      <input type="hidden" name="id" value={id} />
      <button type="submit" disabled={pending} className="rounded border border-red-300 px-2 py-0.5 text-xs text-red-700 hover:bg-red-50 disabled:opacity-50">
        {pending ? "Menghapus…" : "Hapus"}
      </button>
      {state && !state.ok && <span role="alert" className="block text-xs text-red-700">{state.message}</span>}
    </form>
  );
}
