"use client";

import { useActionState } from "react";
import type { FormResult } from "@/lib/validations/posyandu";

type Action = (prev: FormResult | null, form: FormData) => Promise<FormResult>;

/** "Cabut": revokes one token after a confirmation. */
export function RevokeTokenButton({ action, tokenId, label }: { action: Action; tokenId: number; label: string }) {
  const [state, formAction, pending] = useActionState<FormResult | null, FormData>(action, null);
  return (
    <form action={formAction} onSubmit={(e) => !confirm(`Cabut token ${label}? Aplikasi yang memakainya langsung ditolak.`) && e.preventDefault()}>
      <input type="hidden" name="tokenId" value={tokenId} />
      <button type="submit" disabled={pending} className="rounded border border-red-300 px-2 py-0.5 text-xs text-red-700 hover:bg-red-50 disabled:opacity-50">Cabut</button>
      {state && <span role={state.ok ? "status" : "alert"} className={`block text-xs ${state.ok ? "text-emerald-700" : "text-red-700"}`}>{state.message}</span>}
    </form>
  );
}
