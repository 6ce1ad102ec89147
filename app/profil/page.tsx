import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { canEnterData } from "@/lib/auth/scope";
import { isDemoData } from "@/lib/queries/deployment";
import { getProfileEntry, listEntryPosyandu } from "@/lib/queries/entry";
import { saveProfileAction } from "@/lib/actions/reports";
import { parseProfileParams, todayInJakarta } from "@/lib/validations/reports";
import { formatDate } from "@/lib/format";
import { AppHeader } from "@/components/ui/app-header";
import { EntryTabs } from "../laporan/_components/entry-tabs";
import { ProfilePicker } from "./_components/profile-picker";
import { ProfileForm } from "./_components/profile-form";

export const metadata: Metadata = { title: "Profil tahunan posyandu" };
export const dynamic = "force-dynamic";

export default async function ProfilePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireViewer();
  if (!canEnterData(viewer.role)) notFound();
  const today = todayInJakarta();
  const [params, posyandu, demo] = await Promise.all([searchParams, listEntryPosyandu(viewer), isDemoData()]);
  const { posyanduId, tahun } = parseProfileParams(params, posyandu.map((p) => p.id), today);
  const current = posyandu.find((p) => p.id === posyanduId);
  const stored = current ? await getProfileEntry(viewer, current.id, tahun) : null;
  const note = stored
    ? `Data tersimpan, terakhir diubah ${formatDate(stored.updatedAt)}${stored.importBatchId ? ` (impor batch #${stored.importBatchId})` : ""}.`
    : "Belum ada profil untuk tahun ini.";
  return (
    <>
      <AppHeader viewer={viewer} demo={demo} />
      <main className="mx-auto max-w-6xl space-y-6 px-4 py-6">
        <div>
          <h1 className="text-2xl font-semibold">Profil tahunan posyandu</h1>
          <p className="text-sm text-slate-600">
            Bahan telaah kemandirian: cakupan KIA, KB dan imunisasi, program tambahan, dana sehat dan kelengkapan alat ukur. Persentase 0–100, koma
            desimal boleh. Kosongkan isian yang belum diketahui.
          </p>
        </div>
        <EntryTabs active="/profil" />
        {!current ? (
          <p className="rounded-lg border border-slate-200 bg-white p-4 text-slate-700 shadow-sm">Belum ada posyandu aktif dalam cakupan akun ini.</p>
        ) : (
          <>
            <ProfilePicker key={`${current.id}|${tahun}`} posyandu={posyandu} posyanduId={current.id} tahun={tahun} maxYear={Number(today.slice(0, 4))} />
            <ProfileForm
              key={`${current.id}|${tahun}`}
              posyanduId={current.id}
              tahun={tahun}
              title={`${current.name} · tahun ${tahun}`}
              note={note}
              stored={stored}
              action={saveProfileAction}
            />
          </>
        )}
      </main>
    </>
  );
}
