import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { getMeetingView } from "@/lib/queries/meeting-view";
import { todayJakarta } from "@/lib/validations/posyandu";
import { formatDate } from "@/lib/format";
import { areaTitle } from "@/lib/wilayah/codes";
import { z } from "@/lib/validations/z";
import { Presentation } from "@/app/rapat/_components/presentation";
import { sectorText, statusText, ymdText } from "@/app/rapat/_components/figure-format";

export const metadata: Metadata = { title: "Presentasi rapat" };
export const dynamic = "force-dynamic";

export default async function PresentationPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer();
  const id = z.coerce.number().int().positive().max(2_000_000_000).safeParse((await params).id);
  if (!id.success) notFound();
  const view = await getMeetingView(viewer, id.data, todayJakarta());
  if (!view) notFound();
  const m = view.meeting;
  const counts = new Map<string, number>();
  for (const a of m.attendees) counts.set(a.sector, (counts.get(a.sector) ?? 0) + 1);
  return (
    <Presentation
      title={m.title}
      subtitle={`${formatDate(m.date)} · ${m.place} · ${areaTitle(m.area.level, m.area.name)}`}
      frozenNote={m.status === "TERKUNCI" ? `Angka dibekukan saat rapat dikunci${m.lockedAt ? ` (${formatDate(m.lockedAt)})` : ""}.` : "Rapat belum dikunci: angka mengikuti data terkini."}
      attendees={[...counts].map(([sector, count]) => ({ sector: sectorText(sector), count }))}
      items={view.items}
      actions={[...m.actions.map((a) => ({ a, from: null })), ...m.carried.map((a) => ({ a, from: formatDate(a.meeting.date) }))].map(({ a, from }) => ({ id: a.id, text: a.text, owner: `${sectorText(a.ownerSector)}${a.ownerName ? ` (${a.ownerName})` : ""}`, due: ymdText(a.dueDate.toISOString()), status: statusText(a.status), overdue: a.overdue, from }))}
      exitHref={`/rapat/${m.id}`}
    />
  );
}
