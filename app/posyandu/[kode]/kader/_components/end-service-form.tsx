"use client";

import { useActionState } from "react";
import type { FormResult } from "@/lib/validations/posyandu";
import { inputClass } from "@/app/posyandu/_components/form-parts";

type Action = (prev: FormResult | null, form: FormData) => Promise<FormResult>;

/** Ends a kader's service on a date: the membership is closed, the history stays. */
export function EndServiceForm({ action, posyanduCode, kaderCode, kaderName, today }: {
  action: Action; posyanduCode: string; kaderCode: string; kaderName: string; today: string;
}) {
  const [state, formAction, pending] = useActionState<FormResult | null, FormData>(action, null);
  return (
    <details className="mt-1 text-left">
      <summary className="cursor-pointer text-red-700 underline">Akhiri tugas</summary>
      <form action={formAction} className="mt-2 w-48 space-y-2" onSubmit={(e) => !confirm(`Akhiri masa tugas ${kaderName} di posyandu ini?`) && e.preventDefault()}>
        <input type="hidden" name="posyanduCode" value={posyanduCode} />
        <input type="hidden" name="kaderCode" value={kaderCode} />
        <label className="block text-xs">
          <span className="block text-slate-700">Tanggal berhenti</span>
          <input type="date" name="endDate" required max={today} defaultValue={state?.values?.endDate ?? today} className={inputClass} />
        </label>
        <button type="submit" disabled={pending} className="rounded border border-red-300 px-2 py-1 text-xs text-red-700 hover:bg-red-50 disabled:opacity-50">
          {pending ? "Menyimpan…" : "Akhiri tugas"}
        </button>
        {state && !state.ok && <span role="alert" className="block text-xs text-red-700">{state.fieldErrors?.endDate ?? state.message}</span>}
      </form>
    </details>
  );
}
