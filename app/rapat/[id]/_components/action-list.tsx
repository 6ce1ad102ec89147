import type { MeetingDetail } from "@/lib/queries/meetings";
import { addProgressAction, updateActionAction } from "@/lib/actions/tindakan";
import { deltaClass, sectorText, statusText, ymdText } from "@/app/rapat/_components/figure-format";
import { ProgressForm, type Option } from "@/app/rapat/_components/meeting-forms";
import { EditActionForm } from "@/app/rapat/_components/meeting-edit-forms";

type Action = MeetingDetail["actions"][number];

const statusClass = (a: Action) => (a.overdue ? "bg-red-100 text-red-900" : a.status === "SELESAI" ? "bg-emerald-100 text-emerald-900" : a.status === "BATAL" ? "bg-slate-200 text-slate-700" : "bg-amber-100 text-amber-900");

/**
 * With `edit`, the chair of an action's meeting (`canEdit`) may correct it (draft or locked: actions are follow-up):
 * on a meeting page only that meeting's own actions, on /tindakan (`meetingId` 0) every row. `areas`: the area
 * choices per meeting area.
 */
type Edit = { areas: Record<string, Option[]>; indicators: Option[] };

const ymd = (d: Date) => d.toISOString().slice(0, 10);
// A saved correction changes this key, so the disclosure closes and its form starts again from the stored values.
const editKey = (a: Action) => JSON.stringify([a.text, a.ownerSector, a.ownerName, ymd(a.dueDate), a.areaCode, a.indicator, a.fundingSource]);

/** Decisions with owner, due date, status (overdue in red) and progress notes; progress form for those allowed. `highlight`: the row just corrected. */
export function ActionList({ actions, meetingId, today, label, edit, highlight }: { actions: Action[]; meetingId: number; today: string; label: string; edit?: Edit; highlight?: number }) {
  if (actions.length === 0) return <p className="text-sm text-slate-600">Tidak ada.</p>;
  return (
    <ul className="space-y-2" aria-label={label}>
      {actions.map((a) => (
        <li key={a.id} className={`rounded border p-3 text-sm ${a.overdue ? "border-red-300" : "border-slate-200"} ${a.id === highlight ? "ring-2 ring-emerald-400" : ""}`} data-tindakan={a.id} data-terlambat={a.overdue ? "ya" : "tidak"} data-diubah={a.id === highlight ? "" : undefined}>
          <div className="flex flex-wrap items-start justify-between gap-2">
            <span className="font-medium">{a.text}</span>
            <span className={`rounded px-2 py-0.5 text-xs font-semibold ${statusClass(a)}`}>{statusText(a.status)}{a.overdue ? " · terlambat" : ""}</span>
          </div>
          <p className="text-slate-600">
            {sectorText(a.ownerSector)}{a.ownerName ? ` (${a.ownerName})` : ""} · batas {ymdText(a.dueDate.toISOString())}
            {a.fundingSource ? ` · sumber dana: ${a.fundingSource}` : ""}{a.meetingId !== meetingId ? (a.meetingVisible ? ` · dari "${a.meeting.title}"` : ` · dari ${a.meeting.title}`) : ""}
          </p>
          {a.progress.length > 0 && (
            <ol className="mt-1 space-y-0.5 border-l-2 border-slate-200 pl-3 text-slate-700">
              {a.progress.map((p) => <li key={p.id}>{ymdText(p.date.toISOString())}: {p.note}{p.newStatus ? <span className={deltaClass(null)}> → {statusText(p.newStatus)}</span> : null}</li>)}
            </ol>
          )}
          {edit && a.canEdit && (meetingId === 0 || a.meetingId === meetingId) && (
            <details key={editKey(a)} className="mt-2">
              <summary className="cursor-pointer text-brand-700 underline">Ubah tindakan</summary>
              <div className="mt-2"><EditActionForm action={updateActionAction} a={{ ...a, dueDate: ymd(a.dueDate) }} meetingId={meetingId} meetingDate={ymd(a.meeting.date)} areas={edit.areas[a.meeting.areaCode] ?? []} indicators={edit.indicators} /></div>
            </details>
          )}
          {a.canUpdate && a.status !== "SELESAI" && a.status !== "BATAL" && (
            <details className="mt-2">
              <summary className="cursor-pointer text-brand-700 underline">Catat perkembangan</summary>
              <div className="mt-2"><ProgressForm action={addProgressAction} actionId={a.id} meetingId={meetingId} today={today} /></div>
            </details>
          )}
        </li>
      ))}
    </ul>
  );
}
