// Small building blocks of the register and admin forms (no hooks, so server
// and client components can both use them).
import type { ReactNode } from "react";
import { FIELDS_MARKED, type FormResult } from "@/lib/validations/posyandu";

export const inputClass = "mt-1 w-full min-w-0 rounded border border-slate-300 bg-white px-2 py-1.5 aria-[invalid=true]:border-red-600";
export const buttonClass = "rounded bg-brand-700 px-4 py-1.5 text-sm font-medium text-white hover:bg-brand-800 disabled:opacity-50";
export const cardClass = "rounded-lg border border-slate-200 bg-white shadow-sm";

/** A labelled input with its hint or error below. */
export function Field({ label, error, hint, children, className = "" }: { label: string; error?: string; hint?: string; children: ReactNode; className?: string }) {
  return (
    <label className={`block min-w-0 text-sm ${className}`}>
      <span className="block text-slate-700">{label}</span>
      {children}
      {error ? <span className="mt-0.5 block text-xs text-red-700">{error}</span> : hint ? <span className="mt-0.5 block text-xs text-slate-500">{hint}</span> : null}
    </label>
  );
}

/** The action's message: green when saved, red when refused. */
export function FormMessage({ state }: { state: FormResult | null }) {
  if (!state) return null;
  return (
    <p role={state.ok ? "status" : "alert"} className={`rounded px-3 py-2 text-sm ${state.ok ? "bg-emerald-50 text-emerald-800" : "bg-red-50 text-red-800"}`}>
      {state.message}
    </p>
  );
}

/**
 * The form's general message, or null when it only says "check the marked fields" and every marked field is one of
 * `inline`, whose own message already stands next to it (a lone checkbox or date): the summary then repeats nothing.
 */
export function generalMessage(state: FormResult | null, inline: readonly string[]): FormResult | null {
  const marked = Object.keys(state?.fieldErrors ?? {});
  return state && !state.ok && state.message === FIELDS_MARKED && marked.length > 0 && marked.every((n) => inline.includes(n)) ? null : state;
}

/** A key that remounts a form when a new result arrives, so its defaults show what was submitted. */
export function formKey(state: FormResult | null): string {
  return state ? `${state.ok}|${state.message}|${JSON.stringify(state.values ?? null)}` : "awal";
}

/** Default value of a field: what was submitted last (after a refusal) or the stored value. */
export function pick(state: FormResult | null, name: string, stored: string | number | null | undefined): string {
  return state?.values ? (state.values[name] ?? "") : stored === null || stored === undefined ? "" : String(stored);
}

/** Default of a checkbox: ticked in the last submission, else the stored value. */
export function picked(state: FormResult | null, name: string, stored: boolean): boolean {
  return state?.values ? state.values[name] === "on" : stored;
}
