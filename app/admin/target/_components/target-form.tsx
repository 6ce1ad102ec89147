"use client";

import { useActionState } from "react";
import type { FormResult } from "@/lib/validations/posyandu";
import { INDICATORS } from "@/lib/validations/targets";
import { Field, FormMessage, buttonClass, cardClass, formKey, inputClass, pick } from "@/app/posyandu/_components/form-parts";

type Action = (prev: FormResult | null, form: FormData) => Promise<FormResult>;
export type AreaOption = { code: string; name: string; level: string };

const INDENT: Record<string, string> = { KECAMATAN: "— ", KELURAHAN: "—— ", DESA: "—— ", DESA_ADAT: "—— " };

/** The line under the heading for an admin who may not edit national targets (canEditNationalTargets). */
export const NATIONAL_READ_ONLY_NOTE = "Target nasional hanya dapat dibaca di sini: yang dapat mengubahnya hanya admin yang wilayahnya mencakup semua kabupaten/kota di aplikasi ini, karena semua wilayah dinilai terhadapnya. Anda dapat menetapkan target sendiri untuk wilayah Anda; target itu menggantikan target nasional di wilayah tersebut.";

/**
 * Sets the target of one indicator for a year, nationally (`national`: a deployment-wide admin) or for one area;
 * replaces an existing one.
 */
export function TargetForm({ action, areas, year, national }: { action: Action; areas: AreaOption[]; year: number; national: boolean }) {
  const [state, formAction, pending] = useActionState<FormResult | null, FormData>(action, null);
  const sticky = state?.ok ? null : state;
  const err = (name: string) => state?.fieldErrors?.[name];
  return (
    <section aria-labelledby="form-target" className={`${cardClass} space-y-3 p-4`}>
      <h2 id="form-target" className="text-lg font-semibold">Tetapkan target</h2>
      <p className="text-sm text-slate-600">Target yang sudah ada untuk indikator, tahun dan wilayah yang sama akan diganti.{national && " Tanpa wilayah = target nasional (bawaan)."}</p>
      {!national && <p className="text-sm text-slate-700" data-nasional-baca>{NATIONAL_READ_ONLY_NOTE}</p>}
      <form key={formKey(state)} action={formAction} className="space-y-3" noValidate>
        <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-3">
          <Field label="Indikator" error={err("indicator")} className="sm:col-span-2 lg:col-span-1">
            <select name="indicator" required defaultValue={pick(sticky, "indicator", "stunting")} aria-invalid={!!err("indicator")} className={inputClass}>
              {INDICATORS.map((i) => <option key={i.id} value={i.id}>{i.label}</option>)}
            </select>
          </Field>
          <Field label="Tahun" error={err("year")}>
            <input name="year" inputMode="numeric" maxLength={4} required defaultValue={pick(sticky, "year", year)} aria-invalid={!!err("year")} className={inputClass} />
          </Field>
          <Field label="Wilayah" error={err("areaCode")}>
            <select name="areaCode" defaultValue={pick(sticky, "areaCode", national ? "" : (areas[0]?.code ?? ""))} aria-invalid={!!err("areaCode")} className={inputClass}>
              {national && <option value="">Nasional (bawaan)</option>}
              {areas.map((a) => <option key={a.code} value={a.code}>{INDENT[a.level] ?? ""}{a.name}</option>)}
            </select>
          </Field>
          <Field label="Nilai target (%)" error={err("value")} hint="Koma atau titik desimal, mis. 14,2">
            <input name="value" inputMode="decimal" required defaultValue={pick(sticky, "value", "")} aria-invalid={!!err("value")} className={inputClass} />
          </Field>
          <Field label="Sumber/dasar target" error={err("source")} hint="Mis. RPJMN 2025–2029, Perwali, Renstra Dinkes" className="sm:col-span-2">
            <input name="source" required maxLength={200} defaultValue={pick(sticky, "source", "")} aria-invalid={!!err("source")} className={inputClass} />
          </Field>
        </div>
        <FormMessage state={state} />
        <button type="submit" disabled={pending} className={buttonClass}>{pending ? "Menyimpan…" : "Simpan target"}</button>
      </form>
    </section>
  );
}
