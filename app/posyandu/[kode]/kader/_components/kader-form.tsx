"use client";

import { NavLink } from "@/components/ui/nav-link";
import { useActionState } from "react";
import type { FormResult } from "@/lib/validations/posyandu";
import { KADER_LEVELS, kaderLevelLabel } from "@/lib/validations/kader";
import { Field, FormMessage, buttonClass, cardClass, formKey, inputClass, pick, picked } from "@/app/posyandu/_components/form-parts";

type Action = (prev: FormResult | null, form: FormData) => Promise<FormResult>;
export type KaderValues = {
  code: string; name: string; gender: string | null; birthYear: number | null; startDate: string; active: boolean; level: string | null;
};

/** Adds a kader to this posyandu, or edits the one chosen in the roster (?ubah=kode). */
export function KaderForm({ action, posyanduCode, initial, today }: { action: Action; posyanduCode: string; initial: KaderValues | null; today: string }) {
  const [state, formAction, pending] = useActionState<FormResult | null, FormData>(action, null);
  const editing = initial !== null;
  // After a successful add the form starts empty again; after a refusal it keeps what was typed.
  const sticky = state?.ok ? null : state;
  const v = initial ?? { code: "", name: "", gender: null, birthYear: null, startDate: today, active: true, level: null };
  const err = (name: string) => state?.fieldErrors?.[name];
  return (
    <section id="form-kader" aria-labelledby="judul-form-kader" className={`${cardClass} scroll-mt-4 space-y-3 p-4`}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="judul-form-kader" className="text-lg font-semibold">{editing ? `Ubah kader ${initial.name}` : "Tambah kader"}</h2>
        {editing && <NavLink href={`/posyandu/${encodeURIComponent(posyanduCode)}/kader#form-kader`} keepScroll className="text-sm text-brand-700 underline">Batal, tambah kader baru</NavLink>}
      </div>
      <form key={`${initial?.code ?? "baru"}|${formKey(state)}`} action={formAction} className="space-y-3" noValidate>
        <input type="hidden" name="posyanduCode" value={posyanduCode} />
        <input type="hidden" name="mode" value={editing ? "ubah" : "baru"} />
        <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-3">
          <Field label="Kode kader" error={err("code")} hint={editing ? "Kode tidak dapat diubah" : "Kode unik kader"}>
            {editing ? (
              <input name="code" readOnly value={v.code} className={`${inputClass} bg-slate-100`} />
            ) : (
              <input name="code" required maxLength={50} defaultValue={pick(sticky, "code", v.code)} aria-invalid={!!err("code")} className={inputClass} />
            )}
          </Field>
          <Field label="Nama" error={err("name")}>
            <input name="name" required maxLength={120} defaultValue={pick(sticky, "name", v.name)} aria-invalid={!!err("name")} className={inputClass} />
          </Field>
          <Field label="Jenis kelamin" error={err("gender")}>
            <select name="gender" defaultValue={pick(sticky, "gender", v.gender)} aria-invalid={!!err("gender")} className={inputClass}>
              <option value="">— tidak diisi —</option>
              <option value="P">Perempuan (P)</option>
              <option value="L">Laki-laki (L)</option>
            </select>
          </Field>
          <Field label="Tahun lahir" error={err("birthYear")}>
            <input name="birthYear" inputMode="numeric" maxLength={4} defaultValue={pick(sticky, "birthYear", v.birthYear)} aria-invalid={!!err("birthYear")} className={inputClass} />
          </Field>
          <Field label="Mulai bertugas di posyandu ini" error={err("startDate")} hint={editing && !initial.active ? "Jika kembali bertugas, isi tanggal mulai yang baru" : undefined}>
            <input type="date" name="startDate" required max={today} defaultValue={pick(sticky, "startDate", v.startDate)} aria-invalid={!!err("startDate")} className={inputClass} />
          </Field>
          <Field label="Level kompetensi" error={err("level")}>
            <select name="level" defaultValue={pick(sticky, "level", v.level)} aria-invalid={!!err("level")} className={inputClass}>
              <option value="">Belum ada level</option>
              {KADER_LEVELS.map((l) => <option key={l} value={l}>{kaderLevelLabel[l]}</option>)}
            </select>
          </Field>
        </div>
        {editing ? (
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" name="active" defaultChecked={picked(sticky, "active", v.active)} className="h-4 w-4" />
            Masih bertugas di posyandu ini (hapus centang untuk mengakhiri tugas per hari ini)
          </label>
        ) : (
          <input type="hidden" name="active" value="on" />
        )}
        <FormMessage state={state} />
        <button type="submit" disabled={pending} className={buttonClass}>{pending ? "Menyimpan…" : editing ? "Simpan perubahan" : "Tambah kader"}</button>
      </form>
    </section>
  );
}
