import type { Metadata } from "next";
import { NavLink } from "@/components/ui/nav-link";
import { requireViewer } from "@/lib/auth/viewer";
import { isDemoData } from "@/lib/queries/deployment";
import { listMeetings, meetingAreasFor } from "@/lib/queries/meetings";
import { createMeetingAction } from "@/lib/actions/meetings";
import { todayJakarta } from "@/lib/validations/posyandu";
import { areaTitle } from "@/lib/wilayah/codes";
import { AppHeader } from "@/components/ui/app-header";
import { cardClass } from "@/app/posyandu/_components/form-parts";
import { NewMeetingForm } from "./_components/meeting-forms";
import { MeetingTable } from "./_components/meeting-table";

export const metadata: Metadata = { title: "Rapat" };
export const dynamic = "force-dynamic";

/** Pokjanal meetings in the viewer's scope, and a new one from the suggested agenda. */
export default async function RapatPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireViewer();
  // ?dihapus=1: deleteMeetingAction redirects here, the meeting's own page being gone.
  const deleted = (await searchParams).dihapus === "1";
  const [demo, meetings, areas] = await Promise.all([isDemoData(), listMeetings(viewer), meetingAreasFor(viewer)]);
  return (
    <>
      <AppHeader viewer={viewer} demo={demo} />
      <main className="mx-auto max-w-6xl space-y-4 px-4 py-6">
        <div>
          <h1 className="text-2xl font-semibold">Rapat Pokjanal</h1>
          <p className="text-sm text-slate-600">Rapat sebagai catatan: peserta per OPD, agenda dengan angka yang dibekukan saat rapat dikunci, keputusan dan tindak lanjutnya. <NavLink href="/tindakan" className="text-brand-700 underline">Semua tindakan</NavLink></p>
        </div>
        {deleted && <p role="status" className="rounded border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-900" data-dihapus>Rapat draf dihapus beserta peserta, agenda dan tindakannya. Penghapusan tercatat di log audit.</p>}
        {areas.length > 0 && (
          <section aria-labelledby="rapat-baru" className={`${cardClass} space-y-2 p-4`}>
            <h2 id="rapat-baru" className="text-lg font-semibold">Rapat baru</h2>
            <NewMeetingForm action={createMeetingAction} areas={areas.map((a) => ({ value: a.code, label: areaTitle(a.level, a.name) }))} today={todayJakarta()} />
          </section>
        )}
        <section aria-labelledby="daftar-rapat" className={`${cardClass} overflow-x-auto`}>
          <h2 id="daftar-rapat" className="border-b border-slate-200 px-4 py-3 text-lg font-semibold">Daftar rapat</h2>
          <MeetingTable meetings={meetings} />
        </section>
      </main>
    </>
  );
}
