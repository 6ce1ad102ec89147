import type { Metadata } from "next";
import { requireViewer } from "@/lib/auth/viewer";
import { viewerRoleLabel } from "@/lib/auth/scope";
import { isDemoData } from "@/lib/queries/deployment";
import { signOutOwnSessionsAction } from "@/lib/actions/account";
import { AppHeader } from "@/components/ui/app-header";
import { SignOutEverywhere } from "./_components/sign-out-everywhere";

export const metadata: Metadata = { title: "Akun saya" };
export const dynamic = "force-dynamic";

export default async function AccountPage() {
  const viewer = await requireViewer();
  const demo = await isDemoData();
  return (
    <>
      <AppHeader viewer={viewer} demo={demo} />
      <main className="mx-auto max-w-3xl space-y-6 px-4 py-6">
        <h1 className="text-2xl font-semibold">Akun saya</h1>
        <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-1 text-sm">
          <dt className="text-slate-600">Nama</dt>
          <dd>{viewer.name}</dd>
          <dt className="text-slate-600">Nama pengguna</dt>
          <dd>{viewer.username}</dd>
          <dt className="text-slate-600">Peran</dt>
          <dd>{viewerRoleLabel(viewer)}</dd>
        </dl>
        <section aria-labelledby="sesi" className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="sesi" className="text-lg font-semibold">Sesi</h2>
          <p className="text-sm text-slate-700">
            Lupa keluar di komputer kantor atau ponsel hilang? Tombol ini mengakhiri semua sesi akun Anda di semua perangkat, termasuk perangkat
            ini. Token API tidak terpengaruh; minta admin mencabutnya bila perlu. Untuk mengganti kata sandi, hubungi admin.
          </p>
          <SignOutEverywhere action={signOutOwnSessionsAction} />
        </section>
      </main>
    </>
  );
}
