import { NavLink } from "@/components/ui/nav-link";
import type { Viewer } from "@/lib/auth/scope";
import { openActionsIn } from "@/lib/queries/meetings";
import { todayJakarta } from "@/lib/validations/posyandu";
import { sectorText, statusText, ymdText } from "@/app/rapat/_components/figure-format";

type OpenAction = Awaited<ReturnType<typeof openActionsIn>>[number];

/** The open follow-up actions of an area, read for today. */
export const openActionsToday = (viewer: Viewer, kode: string) => openActionsIn(viewer, kode, todayJakarta());

/** Open follow-up actions of the area (overdue first, in red) on the ringkasan and the kecamatan and kelurahan pages. */
export async function OpenActions({ viewer, kode }: { viewer: Viewer; kode: string }) {
  return <OpenActionsList actions={await openActionsToday(viewer, kode)} />;
}

/** The list itself, for a page that has read the actions already. */
export function OpenActionsList({ actions }: { actions: readonly OpenAction[] }) {
  if (actions.length === 0) return null;
  const late = actions.filter((a) => a.overdue).length;
  return (
    <section aria-labelledby="tindakan-terbuka" className={`rounded-lg border bg-white p-4 shadow-sm ${late ? "border-red-300" : "border-slate-200"}`}>
      <h2 id="tindakan-terbuka" className="text-lg font-semibold">
        Tindak lanjut rapat: {actions.length} terbuka{late ? <span className="text-red-700">, {late} terlambat</span> : null}
      </h2>
      <ul className="mt-2 space-y-1 text-sm">
        {actions.slice(0, 5).map((a) => (
          <li key={a.id} data-terlambat={a.overdue ? "ya" : "tidak"} className={a.overdue ? "text-red-800" : ""}>
            {a.meetingVisible ? <NavLink href={`/rapat/${a.meeting.id}`} className="underline">{a.text}</NavLink> : <span title={`dari ${a.meeting.title}`}>{a.text}</span>} — {sectorText(a.ownerSector)} · batas {ymdText(a.dueDate.toISOString())} · {statusText(a.status)}{a.overdue ? " · terlambat" : ""}
          </li>
        ))}
      </ul>
      {actions.length > 5 && <p className="mt-1 text-sm"><NavLink href="/tindakan" className="text-brand-700 underline">Semua {actions.length} tindakan</NavLink></p>}
    </section>
  );
}
