import type { MeetingDetail } from "@/lib/queries/meetings";
import { addProgressAction, updateActionAction } from "@/lib/actions/tindakan";
import { deltaClass, sectorText, statusText, ymdText } from "@/app/rapat/_components/figure-format";
import { ProgressForm, type Option } from "@/app/rapat/_components/meeting-forms";
import { EditActionForm } from "@/app/rapat/_components/meeting-edit-forms";

type Action = MeetingDetail["actions"][number];

const statusClass = (a: Action) => (a.overdue ? "bg-red-100 text-red-900" : a.status === "SELESAI" ? "bg-emerald-100 text-emerald-900" : a.status === "BATAL" ? "bg-slate-200 text-slate-700" : "bg-amber-100 text-amber-900");

/** With `edit`, the chair may correct this meeting's own actions (draft or locked: they are follow-up). */
type Edit = { meetingDate: string; areas: Option[]; indicators: Option[] };

/** Decisions with owner, due date, status (overdue in red) and progress notes; progress form for those allowed. */
export function ActionList({ actions, meetingId, today, label, edit }: { actions: Action[]; meetingId: number; today: string; label: string; edit?: Edit }) {
  if (actions.length === 0) return <p className="text-sm text-slate-600">Tidak ada.</p>;
  return (
    <ul className="space-y-2" aria-label={label}>
      {actions.map((a) => (
        <li key={a.id} className={`rounded border p-3 text-sm ${a.overdue ? "border-red-300" : "border-slate-200"}`} data-tindakan={a.id} data-terlambat={a.overdue ? "ya" : "tidak"}>
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
          {edit && a.meetingId === meetingId && (
            <details className="mt-2">
              <summary className="cursor-pointer text-brand-700 underline">Ubah tindakan</summary>
              <div className="mt-2"><EditActionForm action={updateActionAction} a={{ ...a, dueDate: a.dueDate.toISOString().slice(0, 10) }} meetingId={meetingId} {...edit} /></div>
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
