"use client";

import { useActionState, useState } from "react";
import type { TokenResult } from "@/lib/actions/admin";
import { Field, FormMessage, buttonClass, formKey, inputClass, pick } from "@/app/posyandu/_components/form-parts";

type Action = (prev: TokenResult | null, form: FormData) => Promise<TokenResult>;
export type TokenUser = { id: number; username: string; name: string };

/** The new token, once: a read-only field to copy it from, with the warning that it will not be shown again. */
function NewToken({ token, onClose }: { token: string; onClose: () => void }) {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(token);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
  return (
    <div className="space-y-2 rounded border border-amber-300 bg-amber-50 p-3">
      <p role="alert" className="text-sm font-medium text-amber-900">Salin sekarang; token tidak akan ditampilkan lagi.</p>
      <div className="flex flex-wrap items-center gap-2">
        <input
          readOnly value={token} aria-label="Token API baru" spellCheck={false} autoComplete="off"
          onFocus={(e) => e.currentTarget.select()}
          className={`${inputClass} mt-0 flex-1 font-mono text-xs`}
        />
        <button type="button" onClick={copy} className="rounded border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-50">{copied ? "Tersalin" : "Salin"}</button>
        <button type="button" onClick={onClose} className="rounded border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-50">Tutup</button>
      </div>
    </div>
  );
}

/** Issues a token for an active user of the admin's area and shows the plaintext once. */
export function ApiTokenForm({ action, users }: { action: Action; users: TokenUser[] }) {
  const [state, formAction, pending] = useActionState<TokenResult | null, FormData>(action, null);
  const [closed, setClosed] = useState<string | null>(null);
  const sticky = state?.ok ? null : state;
  const err = (name: string) => state?.fieldErrors?.[name];
  return (
    <div className="space-y-3">
      <form key={formKey(state)} action={formAction} className="space-y-3" noValidate>
        <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
          <Field label="Pengguna" error={err("userId")}>
            <select name="userId" required defaultValue={pick(sticky, "userId", "")} aria-invalid={!!err("userId")} className={inputClass}>
              <option value="">— pilih —</option>
              {users.map((u) => <option key={u.id} value={u.id}>{u.name} ({u.username})</option>)}
            </select>
          </Field>
          <Field label="Keterangan" error={err("name")} hint={'Untuk apa token ini, mis. "Dasbor Bappeda" (maks. 80 karakter)'}>
            <input name="name" required maxLength={80} autoComplete="off" defaultValue={pick(sticky, "name", "")} aria-invalid={!!err("name")} className={inputClass} />
          </Field>
        </div>
        <FormMessage state={state} />
        <button type="submit" disabled={pending} className={buttonClass}>{pending ? "Membuat…" : "Buat token"}</button>
      </form>
      {state?.token && closed !== state.token && <NewToken key={state.token} token={state.token} onClose={() => setClosed(state.token ?? null)} />}
    </div>
  );
}
