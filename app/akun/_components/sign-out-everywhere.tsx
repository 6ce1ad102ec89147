"use client";

import { useActionState, useEffect } from "react";
import { signOut } from "next-auth/react";
import type { FormResult } from "@/lib/validations/posyandu";

/** Ends every session of the user, then clears this browser's cookie too. */
export function SignOutEverywhere({ action }: { action: () => Promise<FormResult> }) {
  const [state, run, pending] = useActionState<FormResult | null>(action, null);
  useEffect(() => {
    // The server already invalidated this session; signOut only removes the dead cookie.
    if (state?.ok) void signOut({ callbackUrl: "/masuk" });
  }, [state]);
  return (
    <form action={run} onSubmit={(e) => !confirm("Keluar dari semua perangkat, termasuk perangkat ini?") && e.preventDefault()} className="space-y-2">
      <button type="submit" disabled={pending || state?.ok} className="rounded bg-red-700 px-3 py-2 text-sm font-medium text-white hover:bg-red-800 disabled:opacity-60">
        {pending ? "Memproses…" : "Keluar dari semua perangkat"}
      </button>
      {state && (
        <p role={state.ok ? "status" : "alert"} className={`text-sm ${state.ok ? "text-emerald-700" : "text-red-700"}`}>
          {state.message}
        </p>
      )}
    </form>
  );
}
