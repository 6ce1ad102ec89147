import { deleteMeetingAction, updateMeetingAction } from "@/lib/actions/meeting-edit";
import { DeleteMeetingForm, EditMeetingForm } from "@/app/rapat/_components/meeting-edit-forms";
import type { MeetingDetail } from "@/lib/queries/meetings";

/** A draft meeting's corrections for its chair: its own fields, or deleting it (locked meetings offer neither). */
export function DraftCorrections({ meeting: m, today }: { meeting: MeetingDetail; today: string }) {
  const counts = `${m.attendees.length} peserta, ${m.agenda.length} agenda dan ${m.actions.length} tindakan`;
  return (
    <div className="flex flex-wrap items-start gap-x-6 gap-y-2 text-sm" data-koreksi-rapat>
      <details className="min-w-0 flex-1">
        <summary className="cursor-pointer text-brand-700 underline">Ubah data rapat</summary>
        <div className="mt-2 max-w-2xl"><EditMeetingForm action={updateMeetingAction} meeting={{ id: m.id, title: m.title, kind: m.kind, date: m.date.toISOString().slice(0, 10), place: m.place }} today={today} /></div>
      </details>
      <details className="min-w-0 flex-1">
        <summary className="cursor-pointer text-red-700 underline">Hapus rapat</summary>
        <div className="mt-2 max-w-xl"><DeleteMeetingForm action={deleteMeetingAction} meetingId={m.id} counts={counts} /></div>
      </details>
    </div>
  );
}
