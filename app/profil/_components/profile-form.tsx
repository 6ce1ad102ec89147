"use client";

import { startTransition, useActionState, type FormEvent } from "react";
import type { FormResult } from "@/lib/validations/reports";
import { FormOutcome } from "../../laporan/_components/form-outcome";

type Action = (prev: FormResult | null, form: FormData) => Promise<FormResult>;
type Stored = {
  cakupanKia: number | null; cakupanKb: number | null; cakupanImunisasi: number | null;
  programTambahan: boolean | null; danaSehat: number | null; alatUkurLengkap: boolean | null;
};

const PERCENTS = [
  ["cakupan_kia", "cakupanKia", "Cakupan KIA kumulatif setahun (%)"],
  ["cakupan_kb", "cakupanKb", "Cakupan KB kumulatif setahun (%)"],
  ["cakupan_imunisasi", "cakupanImunisasi", "Cakupan imunisasi kumulatif setahun (%)"],
  ["dana_sehat", "danaSehat", "KK yang ikut dana sehat (%)"],
] as const;
const YES_NO = [
  ["program_tambahan", "programTambahan", "Ada program tambahan"],
  ["alat_ukur_lengkap", "alatUkurLengkap", "Alat timbang/ukur lengkap"],
] as const;

// Decimal comma, no thousands separator, as typed by the users (72,5).
const percent = new Intl.NumberFormat("id-ID", { maximumFractionDigits: 2, useGrouping: false });
const inputClass = (bad: boolean) => `rounded border px-2 py-1 ${bad ? "border-red-500 bg-red-50" : "border-slate-300"}`;

/** The telaah kemandirian inputs of one posyandu × year; blanks mean "not known yet". */
export function ProfileForm(props: { posyanduId: number; tahun: number; title: string; note: string; stored: Stored | null; action: Action }) {
  const [state, dispatch, pending] = useActionState<FormResult | null, FormData>(props.action, null);
  const errors = state?.fieldErrors ?? {};
  function onSubmit(e: FormEvent<HTMLFormElement>) {
    // Dispatching ourselves (not <form action>) keeps what was typed when the save is refused.
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    startTransition(() => dispatch(form));
  }
  const error = (name: string) =>
    errors[name] ? (
      <span id={`galat-${name}`} className="block text-xs text-red-700">
        {errors[name]}
      </span>
    ) : null;
  return (
    <form onSubmit={onSubmit} aria-labelledby="profil-title" className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <input type="hidden" name="posyanduId" value={props.posyanduId} />
      <input type="hidden" name="tahun" value={props.tahun} />
      <div>
        <h2 id="profil-title" className="text-lg font-semibold">{props.title}</h2>
        <p className="text-sm text-slate-600">{props.note}</p>
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        {PERCENTS.map(([name, column, label]) => {
          const v = props.stored?.[column];
          return (
            <label key={name} className="block text-sm">
              <span className="mb-1 block font-medium">{label}</span>
              <input
                type="text"
                inputMode="decimal"
                name={name}
                defaultValue={v === null || v === undefined ? "" : percent.format(v)}
                placeholder="0–100, misalnya 72,5"
                aria-invalid={Boolean(errors[name]) || undefined}
                aria-describedby={errors[name] ? `galat-${name}` : undefined}
                className={`num w-32 ${inputClass(Boolean(errors[name]))}`}
              />
              {error(name)}
            </label>
          );
        })}
        {YES_NO.map(([name, column, label]) => {
          const v = props.stored?.[column];
          return (
            <label key={name} className="block text-sm">
              <span className="mb-1 block font-medium">{label}</span>
              <select
                name={name}
                defaultValue={v === true ? "ya" : v === false ? "tidak" : ""}
                aria-invalid={Boolean(errors[name]) || undefined}
                aria-describedby={errors[name] ? `galat-${name}` : undefined}
                className={`bg-white ${inputClass(Boolean(errors[name]))}`}
              >
                <option value="">— belum diisi —</option>
                <option value="ya">Ya</option>
                <option value="tidak">Tidak</option>
              </select>
              {error(name)}
            </label>
          );
        })}
      </div>
      {(errors.tahun || errors.posyanduId) && <p className="text-sm text-red-700">{errors.tahun ?? errors.posyanduId}</p>}
      <div className="space-y-3">
        <button type="submit" disabled={pending} className="rounded bg-brand-700 px-4 py-2 font-semibold text-white disabled:opacity-50">
          {pending ? "Menyimpan…" : "Simpan"}
        </button>
        {state && <FormOutcome state={state} />}
      </div>
    </form>
  );
}
