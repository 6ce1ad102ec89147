import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getViewer } from "@/lib/auth/viewer";
import { safeReturnPath } from "@/lib/security/return-path";
import { isDemoData } from "@/lib/queries/deployment";
import { DemoBadge } from "@/components/ui/demo-badge";
import { LoginForm } from "./_components/login-form";

export const metadata: Metadata = { title: "Masuk" };
export const dynamic = "force-dynamic";

/** Only same-site paths may be returned to after sign-in (no open redirect). */
export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const kembali = safeReturnPath((await searchParams).kembali);
  if (await getViewer()) redirect(kembali);
  const demo = await isDemoData();
  return (
    <main className="flex min-h-screen items-center justify-center px-4">
      <div className="w-full max-w-sm space-y-4 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <div className="space-y-1">
          <div className="flex items-center gap-2">
            <h1 className="text-xl font-semibold text-brand-700">Pantau Posyandu</h1>
            {demo && <DemoBadge />}
          </div>
          <p className="text-sm text-slate-600">Dasbor Pokjanal / Tim Pembina Posyandu. Silakan masuk.</p>
        </div>
        <LoginForm returnTo={kembali} />
        {demo && (
          <p className="text-xs text-slate-500">
            Mode demo: lihat daftar login demo di terminal tempat aplikasi dijalankan atau di README.
          </p>
        )}
      </div>
    </main>
  );
}
