"use client";

import { signOut } from "next-auth/react";

export function SignOutButton() {
  return (
    <button
      type="button"
      onClick={() => void signOut({ callbackUrl: "/masuk" })}
      className="rounded border border-white/40 px-3 py-1 text-sm hover:bg-white/10"
    >
      Keluar
    </button>
  );
}
