import type { Metadata } from "next";
import { NavLink } from "@/components/ui/nav-link";
import { requireViewer } from "@/lib/auth/viewer";
import { isDemoData } from "@/lib/queries/deployment";
import { meetingAreaOptions, openActionsIn, recentlyClosedIn, RECENTLY_CLOSED_DAYS } from "@/lib/queries/meetings";
import type { Viewer } from "@/lib/auth/scope";
import { INDICATORS } from "@/lib/indicators/catalogue";
import { todayJakarta } from "@/lib/validations/posyandu";
import { areaTitle } from "@/lib/wilayah/codes";
import { z } from "@/lib/validations/z";
import { AppHeader } from "@/components/ui/app-header";
import { cardClass } from "@/app/posyandu/_components/form-parts";
import { ActionList } from "@/app/rapat/[id]/_components/action-list";
import { ClosedNotice, EditedNotice } from "./_components/closed-notice";

export const metadata: Metadata = { title: "Tindakan" };
export const dynamic = "force-dynamic";

// ?ditutup=<id>: the action the user has just closed (addProgressAction redirects here); ?diubah=<id>: just corrected
// (updateActionAction). Anything else is ignored.
const idParam = z.coerce.number().int().positive().max(2_000_000_000).optional().catch(undefined);
const querySchema = z.object({ ditutup: idParam, diubah: idParam });

/** Keeps the first row of each action: the lists of a puskesmas's kelurahan overlap. */
const unique = <A extends { id: number }>(rows: A[]) => rows.filter((a, i) => rows.findIndex((b) => b.id === a.id) === i);

/** The area choices of the correction form, per meeting area of the rows the viewer may correct (one for all but ADMIN). */
async function editAreas(viewer: Viewer, rows: { canEdit: boolean; meeting: { areaCode: string } }[]) {
  const codes = [...new Set(rows.filter((a) => a.canEdit).map((a) => a.meeting.areaCode))];
  const lists = await Promise.all(codes.map((c) => meetingAreaOptions(viewer, c)));
  return Object.fromEntries(codes.map((c, i) => [c, lists[i]!.map((a) => ({ value: a.code, label: areaTitle(a.level, a.name) }))]));
}

/** Every open follow-up action in the viewer's scope, overdue first, with progress and correction forms for those allowed; then the ones closed this week. */
export default async function TindakanPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireViewer();
  const today = todayJakarta();
  const { ditutup, diubah } = querySchema.parse(await searchParams);
  const roots = viewer.scopeAreaCode ? [viewer.scopeAreaCode] : viewer.wilayahKerja;
  const [demo, lists, closedLists] = await Promise.all([
    isDemoData(),
    Promise.all(roots.map((r) => openActionsIn(viewer, r, today))),
    Promise.all(roots.map((r) => recentlyClosedIn(viewer, r, today, ditutup))),
  ]);
  const actions = unique(lists.flat()).sort((x, y) => Number(y.overdue) - Number(x.overdue) || x.dueDate.getTime() - y.dueDate.getTime()).map((a) => ({ ...a, meetingId: a.meeting.id }));
  const closed = unique(closedLists.flat()).sort((x, y) => (y.closedAt?.getTime() ?? 0) - (x.closedAt?.getTime() ?? 0) || y.id - x.id).map((a) => ({ ...a, meetingId: a.meeting.id }));
  const late = actions.filter((a) => a.overdue).length;
  const edit = { areas: await editAreas(viewer, [...actions, ...closed]), indicators: INDICATORS.map((d) => ({ value: d.id, label: d.label })) };
  return (
    <>
      <AppHeader viewer={viewer} demo={demo} />
      <main className="mx-auto max-w-6xl space-y-4 px-4 py-6">
        <div>
          <h1 className="text-2xl font-semibold">Tindak lanjut rapat</h1>
          <p className="text-sm text-slate-600">{actions.length} tindakan terbuka{late ? `, ${late} melewati batas waktu` : ""}. Perkembangan dapat dicatat oleh pimpinan rapat atau OPD penanggung jawab; isi tindakan dikoreksi oleh pimpinan rapat. <NavLink href="/rapat" className="text-brand-700 underline">Daftar rapat</NavLink></p>
        </div>
        <ClosedNotice action={closed.find((a) => a.id === ditutup)} />
        <EditedNotice action={[...actions, ...closed].find((a) => a.id === diubah)} />
        <section className={`${cardClass} p-4`} aria-label="Tindakan terbuka">
          <ActionList actions={actions} meetingId={0} today={today} label="Tindakan terbuka" edit={edit} highlight={diubah} />
        </section>
        <section className={`${cardClass} space-y-2 p-4`} aria-labelledby="baru-selesai">
          <h2 id="baru-selesai" className="text-lg font-semibold">Baru diselesaikan ({closed.length})</h2>
          <p className="text-sm text-slate-600">Tindakan yang ditandai selesai atau batal dalam {RECENTLY_CLOSED_DAYS} hari terakhir (menurut tanggal catatannya).</p>
          <ActionList actions={closed} meetingId={0} today={today} label="Baru diselesaikan" edit={edit} highlight={diubah} />
        </section>
      </main>
    </>
  );
}
