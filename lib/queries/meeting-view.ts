// A meeting ready to show: every agenda item with its figures (frozen when the
// meeting is locked, computed live while it is a draft), the change since the
// previous meeting and, for map items, the boundaries of the areas shown.
// Shared by the meeting page, the presentation, the notulen and the HTML pack.
import "server-only";
import { db } from "../db/client";
import type { Viewer } from "../auth/scope";
import { snapshotDelta, type SnapshotDelta } from "../meetings/delta";
import type { Snapshot } from "../meetings/snapshot";
import { getMeeting } from "./meetings";
import { buildSnapshot } from "./meeting-snapshot";

export type AgendaView = {
  id: number;
  order: number;
  title: string;
  kind: string;
  discussion: string | null;
  figures: Snapshot;
  frozen: boolean;
  delta: SnapshotDelta | null;
  /** GeoJSON strings by area code, for PETA items. */
  shapes: { code: string; geojson: string }[];
  schematic: boolean;
};

export async function getMeetingView(viewer: Viewer, id: number, today: string, now = new Date()) {
  const m = await getMeeting(viewer, id, today);
  if (!m) return null;
  const items: AgendaView[] = [];
  for (const a of m.agenda) {
    const figures = a.frozen ?? (await buildSnapshot(viewer, a, m, now, today));
    const prev = m.previous?.agenda.find((p) => p.frozen?.indikator && p.frozen.indikator.id === figures.indikator?.id && p.frozen.wilayah?.kode === figures.wilayah?.kode)?.frozen ?? null;
    let shapes: AgendaView["shapes"] = [];
    let schematic = false;
    if (a.kind === "PETA" && figures.baris.length > 0) {
      const rows = await db().areaBoundary.findMany({ where: { areaCode: { in: figures.baris.map((b) => b.kode) } }, select: { areaCode: true, geojson: true, schematic: true } });
      shapes = rows.map((r) => ({ code: r.areaCode, geojson: r.geojson }));
      schematic = rows.some((r) => r.schematic);
    }
    items.push({ id: a.id, order: a.order, title: a.title, kind: a.kind, discussion: a.discussion, figures, frozen: a.frozen !== null, delta: snapshotDelta(prev, figures), shapes, schematic });
  }
  return { meeting: m, items };
}
export type MeetingView = NonNullable<Awaited<ReturnType<typeof getMeetingView>>>;
