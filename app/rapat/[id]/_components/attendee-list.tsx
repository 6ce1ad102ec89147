import type { MeetingDetail } from "@/lib/queries/meetings";
import { meetingOpAction } from "@/lib/actions/meetings";
import { SECTORS } from "@/lib/validations/meetings";
import { sectorText } from "@/app/rapat/_components/figure-format";
import { OpButton } from "@/app/rapat/_components/meeting-forms";

/** Attendees grouped by OPD/sector in the official order. */
export function AttendeeList({ meeting, editable }: { meeting: MeetingDetail; editable: boolean }) {
  const groups = SECTORS.map((s) => ({ sector: s, people: meeting.attendees.filter((a) => a.sector === s) })).filter((g) => g.people.length > 0);
  if (groups.length === 0) return <p className="text-sm text-slate-600">Belum ada peserta tercatat.</p>;
  return (
    <dl className="grid grid-cols-1 gap-x-6 gap-y-2 text-sm sm:grid-cols-2" aria-label="Peserta per OPD">
      {groups.map((g) => (
        <div key={g.sector} data-sektor={g.sector}>
          <dt className="font-semibold">{sectorText(g.sector)}</dt>
          {g.people.map((p) => (
            <dd key={p.id} className="ml-3 flex flex-wrap items-center gap-x-2">
              <span>{p.name}{p.position ? `, ${p.position}` : ""}</span>
              {editable && <OpButton action={meetingOpAction} meetingId={meeting.id} op="hapus-peserta" targetId={p.id} label="hapus" danger />}
            </dd>
          ))}
        </div>
      ))}
    </dl>
  );
}
