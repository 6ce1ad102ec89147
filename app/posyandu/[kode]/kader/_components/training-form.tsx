"use client";

import { useActionState } from "react";
import type { FormResult } from "@/lib/validations/posyandu";
import { TRAINING_TYPES, trainingLabel } from "@/lib/validations/kader";
import { Field, FormMessage, buttonClass, cardClass, formKey, inputClass, pick } from "@/app/posyandu/_components/form-parts";

type Action = (prev: FormResult | null, form: FormData) => Promise<FormResult>;

/** Adds one training record (type, date, organiser) to a kader of this posyandu. */
export function TrainingForm({ action, posyanduCode, kader, today }: { action: Action; posyanduCode: string; kader: { code: string; name: string }[]; today: string }) {
  const [state, formAction, pending] = useActionState<FormResult | null, FormData>(action, null);
  const err = (name: string) => state?.fieldErrors?.[name];
  const sticky = state?.ok ? null : state;
  return (
    <section aria-labelledby="form-pelatihan" className={`${cardClass} space-y-3 p-4`}>
      <h2 id="form-pelatihan" className="text-lg font-semibold">Catat pelatihan kader</h2>
      <form key={formKey(state)} action={formAction} className="space-y-3" noValidate>
        <input type="hidden" name="posyanduCode" value={posyanduCode} />
        <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
          <Field label="Kader" error={err("kaderCode")}>
            <select name="kaderCode" required defaultValue={pick(sticky, "kaderCode", "")} className={inputClass} aria-invalid={!!err("kaderCode")}>
              <option value="">— pilih —</option>
              {kader.map((k) => <option key={k.code} value={k.code}>{k.name} ({k.code})</option>)}
            </select>
          </Field>
          <Field label="Jenis pelatihan" error={err("type")}>
            <select name="type" required defaultValue={pick(sticky, "type", "DASAR")} className={inputClass} aria-invalid={!!err("type")}>
              {TRAINING_TYPES.map((t) => <option key={t} value={t}>{trainingLabel[t]}</option>)}
            </select>
          </Field>
          <Field label="Tanggal" error={err("date")}>
            <input type="date" name="date" required max={today} defaultValue={pick(sticky, "date", "")} className={inputClass} aria-invalid={!!err("date")} />
          </Field>
          <Field label="Penyelenggara" error={err("organizer")} hint="Mis. Dinkes Kota, Puskesmas, TP PKK">
            <input name="organizer" maxLength={120} defaultValue={pick(sticky, "organizer", "")} className={inputClass} aria-invalid={!!err("organizer")} />
          </Field>
        </div>
        <FormMessage state={state} />
        <button type="submit" disabled={pending || kader.length === 0} className={buttonClass}>{pending ? "Menyimpan…" : "Simpan pelatihan"}</button>
      </form>
    </section>
  );
}
