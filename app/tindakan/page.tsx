import type { Metadata } from "next";
import { NavLink } from "@/components/ui/nav-link";
import { requireViewer } from "@/lib/auth/viewer";
import { isDemoData } from "@/lib/queries/deployment";
import { openActionsIn } from "@/lib/queries/meetings";
import { todayJakarta } from "@/lib/validations/posyandu";
import { AppHeader } from "@/components/ui/app-header";
import { cardClass } from "@/app/posyandu/_components/form-parts";
import { ActionList } from "@/app/rapat/[id]/_components/action-list";

export const metadata: Metadata = { title: "Tindakan" };
export const dynamic = "force-dynamic";

/** Every open follow-up action in the viewer's scope, overdue first, with progress forms for those allowed. */
export default async function TindakanPage() {
  const viewer = await requireViewer();
  const today = todayJakarta();
  const roots = viewer.scopeAreaCode ? [viewer.scopeAreaCode] : viewer.wilayahKerja;
  const [demo, lists] = await Promise.all([isDemoData(), Promise.all(roots.map((r) => openActionsIn(viewer, r, today)))]);
  const seen = new Set<number>();
  const actions = lists.flat().filter((a) => (seen.has(a.id) ? false : (seen.add(a.id), true))).sort((x, y) => Number(y.overdue) - Number(x.overdue) || x.dueDate.getTime() - y.dueDate.getTime());
  const late = actions.filter((a) => a.overdue).length;
  return (
    <>
      <AppHeader viewer={viewer} demo={demo} />
      <main className="mx-auto max-w-6xl space-y-4 px-4 py-6">
        <div>
          <h1 className="text-2xl font-semibold">Tindak lanjut rapat</h1>
          <p className="text-sm text-slate-600">{actions.length} tindakan terbuka{late ? `, ${late} melewati batas waktu` : ""}. Perkembangan dapat dicatat oleh pimpinan rapat atau OPD penanggung jawab. <NavLink href="/rapat" className="text-brand-700 underline">Daftar rapat</NavLink></p>
        </div>
        <section className={`${cardClass} p-4`} aria-label="Tindakan terbuka">
          <ActionList actions={actions.map((a) => ({ ...a, meetingId: a.meeting.id }))} meetingId={0} today={today} label="Tindakan terbuka" />
        </section>
      </main>
    </>
  );
}
