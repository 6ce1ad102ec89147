import type { Metadata } from "next";
import { NavLink } from "@/components/ui/nav-link";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { isDemoData } from "@/lib/queries/deployment";
import { getMeetingView } from "@/lib/queries/meeting-view";
import { meetingAreaOptions, recentlyClosedIn } from "@/lib/queries/meetings";
import { frozenFiguresDrift } from "@/lib/queries/meeting-drift";
import { latestPeriods } from "@/lib/queries/dashboard";
import { addAgendaAction, addAttendeeAction, meetingOpAction } from "@/lib/actions/meetings";
import { addActionAction } from "@/lib/actions/tindakan";
import { INDICATORS } from "@/lib/indicators/catalogue";
import { MEETING_KIND_LABELS, lockTooEarlyMessage } from "@/lib/validations/meetings";
import { todayJakarta } from "@/lib/validations/posyandu";
import { formatDate } from "@/lib/format";
import { areaTitle } from "@/lib/wilayah/codes";
import { z } from "@/lib/validations/z";
import { AppHeader } from "@/components/ui/app-header";
import { cardClass } from "@/app/posyandu/_components/form-parts";
import { AgendaFigures } from "@/app/rapat/_components/agenda-figures";
import { agendaPeriods } from "@/app/rapat/_components/agenda-period";
import { ActionForm, AgendaForm, AttendeeForm, OpButton } from "@/app/rapat/_components/meeting-forms";
import { AttendeeList, attendeeIds } from "./_components/attendee-list";
import { ActionList } from "./_components/action-list";
import { DriftNote } from "./_components/drift-note";
import { DraftCorrections } from "./_components/draft-corrections";
import { ClosedNotice, EditedNotice } from "@/app/tindakan/_components/closed-notice";
import { AgendaItemEdit } from "./_components/agenda-item-edit";

export const metadata: Metadata = { title: "Rapat" };
export const dynamic = "force-dynamic";

const idSchema = z.coerce.number().int().positive().max(2_000_000_000);
// ?ditutup=<id>: the action the user has just closed here (addProgressAction redirects here); ?diubah=<id>: just
// corrected (updateActionAction). Anything else is ignored.
const querySchema = z.object({ ditutup: idSchema.optional().catch(undefined), diubah: idSchema.optional().catch(undefined) });

export default async function MeetingPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireViewer();
  const id = idSchema.safeParse((await params).id);
  if (!id.success) notFound();
  const { ditutup, diubah } = querySchema.parse(await searchParams);
  const today = todayJakarta();
  const [demo, view] = await Promise.all([isDemoData(), getMeetingView(viewer, id.data, today)]);
  if (!view) notFound();
  const m = view.meeting;
  const draft = m.status === "DRAFT";
  const editable = draft && m.canManage;
  // Refused by lockMeeting too; the page says so before the chair tries.
  const tooEarly = lockTooEarlyMessage(m.date.toISOString().slice(0, 10), today);
  const [areaOptions, latest, drift, closed] = await Promise.all([m.canManage ? meetingAreaOptions(viewer, m.areaCode) : [], editable ? latestPeriods(m.areaCode) : null, frozenFiguresDrift(viewer, m, m.agenda, today), ditutup ? recentlyClosedIn(viewer, m.areaCode, today, ditutup) : []]);
  const justClosed = closed.find((a) => a.id === ditutup);
  const areas = areaOptions.map((a) => ({ value: a.code, label: areaTitle(a.level, a.name) }));
  const indicators = INDICATORS.map((d) => ({ value: d.id, label: d.label }));
  const section = `${cardClass} space-y-3 p-4`;
  return (
    <>
      <AppHeader viewer={viewer} demo={demo} />
      <main className="mx-auto max-w-6xl space-y-4 px-4 py-6">
        <p className="text-sm"><NavLink href="/rapat" className="text-brand-700 underline">← Daftar rapat</NavLink></p>
        <div className="flex flex-wrap items-end justify-between gap-3">
          <div className="min-w-0">
            <h1 className="break-words text-2xl font-semibold">{m.title}</h1>
            <p className="text-sm text-slate-600">
              {formatDate(m.date)} · {m.place} · {MEETING_KIND_LABELS[m.kind]} · {areaTitle(m.area.level, m.area.name)} ·{" "}
              <span data-status={m.status} className={draft ? "font-semibold text-amber-800" : "font-semibold text-emerald-800"}>{draft ? "Draf: angka masih berubah mengikuti data" : `Terkunci ${m.lockedAt ? formatDate(m.lockedAt) : ""}${m.lockedBy ? ` oleh ${m.lockedBy.name}` : ""}: angka dibekukan`}</span>
            </p>
            {m.previous && <p className="text-sm">Rapat sebelumnya: <NavLink href={`/rapat/${m.previous.id}`} className="text-brand-700 underline">{m.previous.title}</NavLink> ({formatDate(m.previous.date)})</p>}
          </div>
          <div className="flex flex-wrap items-center gap-2 text-sm">
            <NavLink href={`/rapat/${m.id}/presentasi`} className="rounded bg-brand-700 px-3 py-1.5 font-medium text-white">Presentasi</NavLink>
            <NavLink href={`/rapat/${m.id}/notulen`} className="rounded border border-slate-300 px-3 py-1.5">Notulen (cetak/PDF)</NavLink>
            <a href={`/api/rapat/${m.id}/paket`} className="rounded border border-slate-300 px-3 py-1.5" download>Paket HTML luring</a>
            {editable && !tooEarly && <OpButton action={meetingOpAction} meetingId={m.id} op="kunci" label="Kunci rapat" confirm="Kunci rapat? Angka setiap agenda akan dibekukan dan agenda tidak dapat diubah lagi." />}
            {editable && tooEarly && <span className="text-slate-600" data-kunci-mulai>Dapat dikunci mulai {formatDate(m.date)}</span>}
          </div>
        </div>
        {editable && <DraftCorrections meeting={m} today={today} />}
        <section aria-labelledby="peserta" className={section}>
          <h2 id="peserta" className="text-lg font-semibold">Peserta ({m.attendees.length})</h2>
          <AttendeeList meeting={m} editable={m.canManage} />
          {m.canManage && !draft && <p className="text-sm text-slate-600" data-peserta-terkunci>Rapat sudah dikunci, tetapi daftar hadir masih dapat dilengkapi dari lembar tanda tangan. Setiap perubahan tercatat di log audit.</p>}
          {m.canManage && <AttendeeForm action={addAttendeeAction} meetingId={m.id} list={attendeeIds(m)} />}
        </section>
        <section aria-labelledby="agenda" className="space-y-3">
          <h2 id="agenda" className="text-lg font-semibold">Agenda</h2>
          <DriftNote lines={drift} />
          {view.items.length === 0 && <p className={`${section} text-sm`}>Belum ada agenda.</p>}
          {view.items.map((item) => (
            <article key={item.id} className={section} data-agenda={item.order}>
              <div className="flex flex-wrap items-start justify-between gap-2">
                <h3 className="font-semibold">{item.order}. {item.title}</h3>
                {editable && (
                  <div className="flex items-center gap-1">
                    <OpButton action={meetingOpAction} meetingId={m.id} op="naik-agenda" targetId={item.id} label="↑" ariaLabel={`Naikkan agenda ${item.order}`} quiet />
                    <OpButton action={meetingOpAction} meetingId={m.id} op="turun-agenda" targetId={item.id} label="↓" ariaLabel={`Turunkan agenda ${item.order}`} quiet />
                    <OpButton action={meetingOpAction} meetingId={m.id} op="hapus-agenda" targetId={item.id} label="hapus" confirm={`Hapus agenda "${item.title}"?`} danger />
                  </div>
                )}
              </div>
              {editable && <AgendaItemEdit meetingId={m.id} item={item} areaCode={m.agenda.find((a) => a.id === item.id)?.areaCode ?? m.areaCode} areas={areaOptions} />}
              <AgendaFigures item={item} />
            </article>
          ))}
          {editable && <div className={section}><AgendaForm action={addAgendaAction} meetingId={m.id} indicators={indicators} areas={areas} periods={agendaPeriods(m.date, latest ?? { month: null, measurement: null })} /></div>}
        </section>
        <section aria-labelledby="tindakan" className={section}>
          <h2 id="tindakan" className="text-lg font-semibold">Keputusan dan tindak lanjut</h2>
          <EditedNotice action={m.actions.find((a) => a.id === diubah)} />
          <ClosedNotice action={justClosed} where={justClosed?.meetingId === m.id ? "Tindakan tetap tercatat di rapat ini." : <>Tindakan ini tidak lagi ada di daftar terbuka; lihat “Baru diselesaikan” di <NavLink href="/tindakan" className="underline">halaman Tindakan</NavLink>.</>} />
          <ActionList actions={m.actions} meetingId={m.id} today={today} label="Tindakan rapat ini" edit={m.canManage ? { areas: { [m.areaCode]: areas }, indicators } : undefined} highlight={diubah} />
          {m.canManage && <details><summary className="cursor-pointer text-brand-700 underline">Catat tindakan baru</summary><div className="mt-2"><ActionForm action={addActionAction} meetingId={m.id} meetingDate={m.date.toISOString().slice(0, 10)} areas={areas} indicators={indicators} today={today} /></div></details>}
          <h3 className="pt-2 font-semibold">Tindakan terbuka dari rapat sebelumnya ({m.carried.length})</h3>
          <ActionList actions={m.carried} meetingId={m.id} today={today} label="Tindakan terbuka dari rapat sebelumnya" />
        </section>
      </main>
    </>
  );
}
