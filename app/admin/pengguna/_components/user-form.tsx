"use client";

import { useActionState, useState } from "react";
import { roleLabel } from "@/lib/auth/scope";
import { ROLES } from "@/lib/validations/user";
import type { FormResult } from "@/lib/validations/posyandu";
import { Field, FormMessage, buttonClass, cardClass, formKey, inputClass, pick } from "@/app/posyandu/_components/form-parts";
import { SECTORS, SECTOR_LABELS } from "@/lib/validations/meetings";

type Action = (prev: FormResult | null, form: FormData) => Promise<FormResult>;
type Role = (typeof ROLES)[number];

/** Which area levels each role may be scoped to (as lib/users/create-user.ts checks). */
const LEVELS: Record<Exclude<Role, "PUSKESMAS">, string[]> = {
  ADMIN: ["KOTA", "KABUPATEN", "PROVINSI"],
  PIMPINAN: ["KOTA", "KABUPATEN", "PROVINSI"],
  KECAMATAN: ["KECAMATAN"],
  KELURAHAN: ["KELURAHAN", "DESA", "DESA_ADAT"],
};

/** Creates an account scoped inside the admin's own area. */
export function UserForm({ action, areas, puskesmas }: { action: Action; areas: { code: string; name: string; level: string }[]; puskesmas: { id: number; name: string }[] }) {
  const [state, formAction, pending] = useActionState<FormResult | null, FormData>(action, null);
  const sticky = state?.ok ? null : state;
  const [role, setRole] = useState<Role>((sticky?.values?.role as Role | undefined) ?? "KELURAHAN");
  const err = (name: string) => state?.fieldErrors?.[name];
  const options = role === "PUSKESMAS" ? [] : areas.filter((a) => LEVELS[role].includes(a.level));
  return (
    <section aria-labelledby="form-pengguna" className={`${cardClass} space-y-3 p-4`}>
      <h2 id="form-pengguna" className="text-lg font-semibold">Tambah pengguna</h2>
      <form key={formKey(state)} action={formAction} className="space-y-3" noValidate>
        <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-3">
          <Field label="Nama pengguna" error={err("username")} hint="Huruf kecil, angka, titik, garis bawah atau tanda hubung">
            <input name="username" required autoComplete="off" maxLength={50} defaultValue={pick(sticky, "username", "")} aria-invalid={!!err("username")} className={inputClass} />
          </Field>
          <Field label="Nama lengkap" error={err("name")}>
            <input name="name" required maxLength={120} defaultValue={pick(sticky, "name", "")} aria-invalid={!!err("name")} className={inputClass} />
          </Field>
          <Field label="Peran" error={err("role")}>
            <select name="role" value={role} onChange={(e) => setRole(e.target.value as Role)} className={inputClass}>
              {ROLES.map((r) => <option key={r} value={r}>{roleLabel[r]}</option>)}
            </select>
          </Field>
          {role === "PUSKESMAS" ? (
            <Field label="Puskesmas" error={err("puskesmasId")}>
              <select name="puskesmasId" required defaultValue={pick(sticky, "puskesmasId", "")} aria-invalid={!!err("puskesmasId")} className={inputClass}>
                <option value="">— pilih —</option>
                {puskesmas.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
              </select>
            </Field>
          ) : (
            <Field label="Wilayah" error={err("scopeAreaCode")}>
              <select name="scopeAreaCode" required defaultValue={pick(sticky, "scopeAreaCode", "")} aria-invalid={!!err("scopeAreaCode")} className={inputClass}>
                <option value="">— pilih —</option>
                {options.map((a) => <option key={a.code} value={a.code}>{a.name} ({a.code})</option>)}
              </select>
            </Field>
          )}
          <Field label="OPD/sektor" error={err("sector")} hint="Untuk memperbarui tindakan rapat milik OPD ini">
            <select name="sector" defaultValue={pick(sticky, "sector", "")} aria-invalid={!!err("sector")} className={inputClass}>
              <option value="">— tidak ada —</option>
              {SECTORS.map((s) => <option key={s} value={s}>{SECTOR_LABELS[s]}</option>)}
            </select>
          </Field>
          <Field label="Kata sandi" error={err("password")} hint="Minimal 10 karakter, memuat huruf dan angka, bukan nama pengguna atau kata yang mudah ditebak">
            <input name="password" type="password" required autoComplete="new-password" aria-invalid={!!err("password")} className={inputClass} />
          </Field>
          <Field label="Ulangi kata sandi" error={err("passwordConfirm")}>
            <input name="passwordConfirm" type="password" required autoComplete="new-password" aria-invalid={!!err("passwordConfirm")} className={inputClass} />
          </Field>
        </div>
        <FormMessage state={state} />
        <button type="submit" disabled={pending} className={buttonClass}>{pending ? "Menyimpan…" : "Tambah pengguna"}</button>
      </form>
    </section>
  );
}
