"use client";

import { NavLink } from "@/components/ui/nav-link";
import { useActionState } from "react";
import type { FormResult } from "@/lib/validations/posyandu";
import { Field, FormMessage, buttonClass, cardClass, formKey, inputClass, pick, picked } from "./form-parts";

type Action = (prev: FormResult | null, form: FormData) => Promise<FormResult>;
export type Village = { code: string; name: string; kecamatanName: string };
export type PuskesmasOption = { id: number; name: string };
export type PosyanduValues = {
  code: string; name: string; kelurahanCode: string; puskesmasId: number | null; rw: string | null; address: string | null;
  lat: string; lng: string; ilp: boolean; active: boolean;
};

/** Create (mode "baru") or edit a posyandu; the code is fixed once created. */
export function PosyanduForm({ action, mode, initial, villages, puskesmas }: {
  action: Action; mode: "baru" | "ubah"; initial: PosyanduValues; villages: Village[]; puskesmas: PuskesmasOption[];
}) {
  const [state, formAction, pending] = useActionState<FormResult | null, FormData>(action, null);
  const err = (name: string) => state?.fieldErrors?.[name];
  const kecamatan = [...new Set(villages.map((v) => v.kecamatanName))];
  return (
    <form key={formKey(state)} action={formAction} className={`${cardClass} space-y-4 p-4`} noValidate>
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
        {mode === "baru" ? (
          <Field label="Kode posyandu" error={err("code")} hint="Kode unik dari dinas/puskesmas; tidak dapat diubah setelah disimpan">
            <input name="code" required maxLength={50} defaultValue={pick(state, "code", initial.code)} aria-invalid={!!err("code")} className={inputClass} />
          </Field>
        ) : (
          <Field label="Kode posyandu" hint="Kode tidak dapat diubah">
            <input name="code" readOnly value={initial.code} className={`${inputClass} bg-slate-100`} />
          </Field>
        )}
        <Field label="Nama posyandu" error={err("name")}>
          <input name="name" required maxLength={120} defaultValue={pick(state, "name", initial.name)} aria-invalid={!!err("name")} className={inputClass} />
        </Field>
        <Field label="Kelurahan/desa" error={err("kelurahanCode")}>
          <select name="kelurahanCode" required defaultValue={pick(state, "kelurahanCode", initial.kelurahanCode)} aria-invalid={!!err("kelurahanCode")} className={inputClass}>
            <option value="">— pilih —</option>
            {kecamatan.map((kec) => (
              <optgroup key={kec} label={`Kecamatan ${kec}`}>
                {villages.filter((v) => v.kecamatanName === kec).map((v) => <option key={v.code} value={v.code}>{v.name}</option>)}
              </optgroup>
            ))}
          </select>
        </Field>
        <Field label="Puskesmas pembina" error={err("puskesmasId")}>
          <select name="puskesmasId" defaultValue={pick(state, "puskesmasId", initial.puskesmasId)} aria-invalid={!!err("puskesmasId")} className={inputClass}>
            <option value="">— belum ditentukan —</option>
            {puskesmas.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
          </select>
        </Field>
        <Field label="RW/dusun" error={err("rw")}>
          <input name="rw" maxLength={40} defaultValue={pick(state, "rw", initial.rw)} aria-invalid={!!err("rw")} className={inputClass} />
        </Field>
        <Field label="Alamat tempat kegiatan" error={err("address")}>
          <input name="address" maxLength={200} defaultValue={pick(state, "address", initial.address)} aria-invalid={!!err("address")} className={inputClass} />
        </Field>
        <Field label="Lintang" error={err("lat")} hint="Desimal, negatif di selatan khatulistiwa, mis. -5,1132">
          <input name="lat" inputMode="decimal" defaultValue={pick(state, "lat", initial.lat)} aria-invalid={!!err("lat")} className={inputClass} />
        </Field>
        <Field label="Bujur" error={err("lng")} hint="Desimal, mis. 105,3067; isi keduanya atau kosongkan keduanya">
          <input name="lng" inputMode="decimal" defaultValue={pick(state, "lng", initial.lng)} aria-invalid={!!err("lng")} className={inputClass} />
        </Field>
      </div>
      <div className="flex flex-wrap gap-x-6 gap-y-2 text-sm">
        <label className="flex items-center gap-2">
          <input type="checkbox" name="ilp" defaultChecked={picked(state, "ilp", initial.ilp)} className="h-4 w-4" />
          Sudah Integrasi Layanan Primer (ILP)
        </label>
        <label className="flex items-center gap-2">
          <input type="checkbox" name="active" defaultChecked={picked(state, "active", initial.active)} className="h-4 w-4" />
          Posyandu masih beroperasi <span className="text-slate-500">(hapus centang bila posyandu dibubarkan; ini bukan kriteria Posyandu Aktif)</span>
        </label>
      </div>
      <FormMessage state={state} />
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={pending} className={buttonClass}>{pending ? "Menyimpan…" : mode === "baru" ? "Simpan posyandu" : "Simpan perubahan"}</button>
        <NavLink href="/posyandu" className="text-sm text-brand-700 underline">Kembali ke daftar</NavLink>
      </div>
    </form>
  );
}
