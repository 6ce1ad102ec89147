// The /rapat list: one row per meeting, newest first, with its number of recorded actions.
import { NavLink } from "@/components/ui/nav-link";
import { MEETING_KIND_LABELS, MEETING_STATUS_LABELS } from "@/lib/validations/meetings";
import { formatDate } from "@/lib/format";
import { areaTitle } from "@/lib/wilayah/codes";
import type { listMeetings } from "@/lib/queries/meetings";

type Row = Pick<Awaited<ReturnType<typeof listMeetings>>[number], "id" | "title" | "date" | "place" | "kind" | "status" | "area" | "_count">;

/** The meetings table; the last column counts actions, so its header says so ("Tindakan" alone reads as a button column). */
export function MeetingTable({ meetings }: { meetings: Row[] }) {
  if (meetings.length === 0) return <p className="p-4 text-sm text-slate-700">Belum ada rapat di wilayah Anda.</p>;
  return (
    <table className="w-full text-left text-sm" aria-label="Daftar rapat">
      <thead className="bg-slate-100"><tr><th className="px-3 py-2">Tanggal</th><th className="px-3 py-2">Rapat</th><th className="px-3 py-2">Wilayah</th><th className="px-3 py-2">Status</th><th className="px-3 py-2 text-right">Jumlah tindakan</th></tr></thead>
      <tbody>
        {meetings.map((m) => (
          <tr key={m.id} className="border-t border-slate-100" data-rapat={m.id}>
            <td className="px-3 py-2 whitespace-nowrap">{formatDate(m.date)}</td>
            <td className="px-3 py-2"><NavLink href={`/rapat/${m.id}`} className="font-medium text-brand-700 underline">{m.title}</NavLink><span className="block text-xs text-slate-500">{MEETING_KIND_LABELS[m.kind]} · {m.place}</span></td>
            <td className="px-3 py-2">{areaTitle(m.area.level, m.area.name)}</td>
            <td className="px-3 py-2">{MEETING_STATUS_LABELS[m.status]}</td>
            <td className="num px-3 py-2 text-right">{m._count.actions}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
