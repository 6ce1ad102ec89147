// Where today's data would show a locked meeting's figures differently. Each
// item is recomputed with the very query that froze it (buildSnapshot), for
// the viewer, so the comparison costs what a draft meeting's page costs.
import "server-only";
import { canViewArea, scopeOf, type Viewer } from "../auth/scope";
import { snapshotDrift, type DriftLine } from "../meetings/drift";
import type { Snapshot } from "../meetings/snapshot";
import { buildSnapshot, type AgendaRef } from "./meeting-snapshot";

// Open actions change status by design, and narratives are prose: only figures are compared.
const FIGURE_KINDS = new Set(["PETA", "GRAFIK", "SKOR"]);

type FrozenItem = AgendaRef & { order: number; frozen: Snapshot | null };

/** The figures of a locked meeting that read differently today, by agenda item; [] for a draft (its figures are live). */
export async function frozenFiguresDrift(viewer: Viewer, meeting: { areaCode: string; date: Date; status: string }, agenda: readonly FrozenItem[], today: string, now = new Date()): Promise<(DriftLine & { agenda: number })[]> {
  if (meeting.status !== "TERKUNCI") return [];
  const scope = scopeOf(viewer);
  const items = agenda.flatMap((a) => (a.frozen && FIGURE_KINDS.has(a.kind) && canViewArea(scope, a.areaCode ?? meeting.areaCode) ? [{ ...a, frozen: a.frozen }] : []));
  const lines = await Promise.all(items.map(async (a) => snapshotDrift(a.frozen, await buildSnapshot(viewer, a, meeting, now, today)).map((l) => ({ ...l, agenda: a.order }))));
  return lines.flat();
}
