import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { canManage } from "@/lib/auth/scope";
import { isDemoData } from "@/lib/queries/deployment";
import { listApiTokens, listScopeAreas, listScopePuskesmas, listUsers } from "@/lib/queries/admin";
import { createUserAction, issueTokenAction, resetPasswordAction, revokeTokenAction, setUserActiveAction, signOutEverywhereAction } from "@/lib/actions/admin";
import { AppHeader } from "@/components/ui/app-header";
import { AdminNav } from "../_components/admin-nav";
import { UserForm } from "./_components/user-form";
import { UserTable } from "./_components/user-table";
import { ApiTokens } from "./_components/api-tokens";

export const metadata: Metadata = { title: "Pengguna" };
export const dynamic = "force-dynamic";

export default async function UsersPage() {
  const viewer = await requireViewer();
  if (!canManage(viewer.role)) notFound();
  const [demo, users, areas, puskesmas, tokens] = await Promise.all([isDemoData(), listUsers(viewer), listScopeAreas(viewer), listScopePuskesmas(viewer), listApiTokens(viewer)]);
  const tokenUsers = users.filter((u) => u.active).map(({ id, username, name }) => ({ id, username, name }));
  const actions = { setActive: setUserActiveAction, resetPassword: resetPasswordAction, signOut: signOutEverywhereAction };
  return (
    <>
      <AppHeader viewer={viewer} demo={demo} />
      <main className="mx-auto max-w-6xl space-y-4 px-4 py-6">
        <AdminNav active="/admin/pengguna" title="Pengguna">
          Akun di wilayah Anda. Menonaktifkan akun, mengganti kata sandi atau &quot;keluar dari semua perangkat&quot; langsung mengakhiri semua sesi akun itu.
        </AdminNav>
        <UserForm action={createUserAction} areas={areas} puskesmas={puskesmas} />
        <UserTable rows={users} actions={actions} selfId={viewer.id} now={new Date()} />
        <ApiTokens rows={tokens} users={tokenUsers} actions={{ issue: issueTokenAction, revoke: revokeTokenAction }} />
      </main>
    </>
  );
}
