"use client";

import { startTransition, useActionState, type FormEvent } from "react";
import type { FormResult, NUTRITION_GROUPS, NutritionSourceKey } from "@/lib/validations/reports";
import { FormOutcome } from "../../laporan/_components/form-outcome";

type Action = (prev: FormResult | null, form: FormData) => Promise<FormResult>;
type Stored = Record<"diukurTb" | "sangatPendek" | "pendek" | "diukurBbTb" | "giziBuruk" | "giziKurang" | "diukurBb" | "bbSangatKurang" | "bbKurang", number>;

/** Form field → stored column, to prefill what is already saved. */
const COLUMN: Record<string, keyof Stored> = {
  diukur_tb: "diukurTb", sangat_pendek: "sangatPendek", pendek: "pendek", diukur_bb_tb: "diukurBbTb", gizi_buruk: "giziBuruk",
  gizi_kurang: "giziKurang", diukur_bb: "diukurBb", bb_sangat_kurang: "bbSangatKurang", bb_kurang: "bbKurang",
};

const GENERAL = { posyanduId: "Posyandu", periode: "Periode", sumber: "Sumber" } as const;

/** The nine counts of one posyandu × month × source, grouped by index; sub-counts may not exceed the measured total. */
export function NutritionForm(props: { groups: typeof NUTRITION_GROUPS; posyanduId: number; periode: string; sumber: NutritionSourceKey; title: string; note: string; stored: Stored | null; action: Action }) {
  const [state, dispatch, pending] = useActionState<FormResult | null, FormData>(props.action, null);
  const errors = state?.fieldErrors ?? {};
  function onSubmit(e: FormEvent<HTMLFormElement>) {
    // Dispatching ourselves (not <form action>) keeps what was typed when the save is refused.
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    startTransition(() => dispatch(form));
  }
  const general = Object.entries(GENERAL).flatMap(([k, label]) => (errors[k] ? [`${label}: ${errors[k]}`] : []));
  return (
    <form onSubmit={onSubmit} aria-labelledby="gizi-title" className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <input type="hidden" name="posyanduId" value={props.posyanduId} />
      <input type="hidden" name="periode" value={props.periode} />
      <input type="hidden" name="sumber" value={props.sumber} />
      <div>
        <h2 id="gizi-title" className="text-lg font-semibold">{props.title}</h2>
        <p className="text-sm text-slate-600">{props.note}</p>
      </div>
      <div className="grid gap-4 md:grid-cols-3">
        {props.groups.map((g) => {
          const groupError = errors[g.total[0]];
          const fields = [g.total, ...g.parts];
          return (
            <fieldset key={g.title} aria-describedby={groupError ? `galat-${g.total[0]}` : undefined} className={`rounded border p-3 ${groupError ? "border-red-400" : "border-slate-200"}`}>
              <legend className="px-1 text-sm font-semibold">{g.title}</legend>
              <div className="space-y-2">
                {fields.map(([name, label]) => (
                  <label key={name} className="flex items-center justify-between gap-2 text-sm">
                    <span>{label}</span>
                    <input
                      type="number"
                      inputMode="numeric"
                      min={0}
                      step={1}
                      required
                      name={name}
                      defaultValue={props.stored?.[COLUMN[name]!] ?? ""}
                      aria-invalid={Boolean(errors[name]) || undefined}
                      className={`num w-24 rounded border px-2 py-1 text-right ${errors[name] ? "border-red-500 bg-red-50" : "border-slate-300"}`}
                    />
                  </label>
                ))}
              </div>
              {groupError && (
                <p id={`galat-${g.total[0]}`} className="mt-2 text-xs text-red-700">
                  {groupError}
                </p>
              )}
              {g.parts.map(([name, label]) =>
                errors[name] ? (
                  <p key={name} className="mt-1 text-xs text-red-700">
                    {label}: {errors[name]}
                  </p>
                ) : null,
              )}
            </fieldset>
          );
        })}
      </div>
      {general.length > 0 && <p className="text-sm text-red-700">{general.join("; ")}</p>}
      <div className="space-y-3">
        <button type="submit" disabled={pending} className="rounded bg-brand-700 px-4 py-2 font-semibold text-white disabled:opacity-50">
          {pending ? "Menyimpan…" : "Simpan"}
        </button>
        {state && <FormOutcome state={state} />}
      </div>
    </form>
  );
}
