"use client";

import { useActionState } from "react";
import type { FormResult } from "@/lib/validations/posyandu";
import { inputClass } from "@/app/posyandu/_components/form-parts";

type Action = (prev: FormResult | null, form: FormData) => Promise<FormResult>;
export type UserActionSet = { setActive: Action; resetPassword: Action; signOut: Action };

const small = "rounded border px-2 py-0.5 text-xs disabled:opacity-50";

function Result({ state }: { state: FormResult | null }) {
  if (!state) return null;
  return <span role={state.ok ? "status" : "alert"} className={`block text-xs ${state.ok ? "text-emerald-700" : "text-red-700"}`}>{state.message}</span>;
}

/** Per-user actions: (de)activate, sign out everywhere, reset the password. */
export function UserActions({ actions, userId, username, active, self }: { actions: UserActionSet; userId: number; username: string; active: boolean; self: boolean }) {
  const [activeState, activeAction, activePending] = useActionState<FormResult | null, FormData>(actions.setActive, null);
  const [outState, outAction, outPending] = useActionState<FormResult | null, FormData>(actions.signOut, null);
  const [pwState, pwAction, pwPending] = useActionState<FormResult | null, FormData>(actions.resetPassword, null);
  return (
    <div className="flex min-w-48 flex-col items-start gap-1.5">
      <div className="flex flex-wrap gap-1.5">
        {!self && (
          <form action={activeAction} onSubmit={(e) => active && !confirm(`Nonaktifkan ${username}? Semua sesinya langsung berakhir.`) && e.preventDefault()}>
            <input type="hidden" name="userId" value={userId} />
            <input type="hidden" name="active" value={active ? "false" : "true"} />
            <button type="submit" disabled={activePending} className={`${small} ${active ? "border-red-300 text-red-700 hover:bg-red-50" : "border-emerald-300 text-emerald-800 hover:bg-emerald-50"}`}>
              {active ? "Nonaktifkan" : "Aktifkan"}
            </button>
          </form>
        )}
        {active && (
          <form action={outAction} onSubmit={(e) => !confirm(`Keluarkan ${username} dari semua perangkat?`) && e.preventDefault()}>
            <input type="hidden" name="userId" value={userId} />
            <button type="submit" disabled={outPending} className={`${small} border-slate-300 text-slate-700 hover:bg-slate-50`}>Keluar dari semua perangkat</button>
          </form>
        )}
      </div>
      <Result state={activeState} />
      <Result state={outState} />
      <details>
        <summary className="cursor-pointer text-xs text-brand-700 underline">Atur ulang kata sandi</summary>
        <form key={pwState?.ok ? pwState.message : "sandi"} action={pwAction} className="mt-1 w-52 space-y-1.5">
          <input type="hidden" name="userId" value={userId} />
          <input name="password" type="password" required autoComplete="new-password" placeholder="Kata sandi baru" aria-label={`Kata sandi baru ${username}`} className={inputClass} />
          <input name="passwordConfirm" type="password" required autoComplete="new-password" placeholder="Ulangi kata sandi" aria-label="Ulangi kata sandi" className={inputClass} />
          <button type="submit" disabled={pwPending} className={`${small} border-slate-300 text-slate-700 hover:bg-slate-50`}>Simpan kata sandi</button>
          <Result state={pwState} />
        </form>
      </details>
    </div>
  );
}
