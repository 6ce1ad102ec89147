import type { MeetingDetail } from "@/lib/queries/meetings";
import { meetingOpAction } from "@/lib/actions/meetings";
import { SECTORS } from "@/lib/validations/meetings";
import { sectorText } from "@/app/rapat/_components/figure-format";
import { ConfirmedRowsForm } from "@/app/rapat/_components/meeting-edit-forms";

/** Attendees grouped by OPD/sector in the official order; "hapus" asks first and says afterwards who was removed. */
export function AttendeeList({ meeting, editable }: { meeting: MeetingDetail; editable: boolean }) {
  const groups = SECTORS.map((s) => ({ sector: s, people: meeting.attendees.filter((a) => a.sector === s) })).filter((g) => g.people.length > 0);
  // The form stays when the last attendee goes, so its message does too.
  const list = groups.length === 0 ? <p className="text-sm text-slate-600">Belum ada peserta tercatat.</p> : (
    <dl className="grid grid-cols-1 gap-x-6 gap-y-2 text-sm sm:grid-cols-2" aria-label="Peserta per OPD">
      {groups.map((g) => (
        <div key={g.sector} data-sektor={g.sector}>
          <dt className="font-semibold">{sectorText(g.sector)}</dt>
          {g.people.map((p) => (
            <dd key={p.id} className="ml-3 flex flex-wrap items-center gap-x-2">
              <span>{p.name}{p.position ? `, ${p.position}` : ""}</span>
              {editable && <button type="submit" name="targetId" value={p.id} data-confirm={`Hapus ${p.name} dari daftar hadir?`} aria-label={`hapus ${p.name}`} className="text-sm text-red-700 underline">hapus</button>}
            </dd>
          ))}
        </div>
      ))}
    </dl>
  );
  return editable ? <ConfirmedRowsForm action={meetingOpAction} meetingId={meeting.id} op="hapus-peserta" label="Hapus peserta" list={attendeeIds(meeting)}>{list}</ConfirmedRowsForm> : list;
}

/** The attendee list's signature: the add and remove notices belong to the list they changed. */
export const attendeeIds = (meeting: Pick<MeetingDetail, "attendees">) => meeting.attendees.map((a) => a.id).join(",");
