// Reads of Pokjanal meetings and their follow-up actions, scoped like every
// other read: a meeting is visible when its area lies inside the viewer's scope.
import "server-only";
import { db } from "../db/client";
import { areaWhere, canViewArea, scopeOf, type Viewer } from "../auth/scope";
import { canManageMeeting, canUpdateAction, isOverdue, OPEN_STATUSES } from "../meetings/access";
import { readSnapshot } from "../meetings/snapshot";
import { cachedByScope } from "./cache";

const areaIn = (viewer: Viewer) => ({ area: areaWhere(scopeOf(viewer)) });

/** Meetings in scope, newest first. */
export async function listMeetings(viewer: Viewer) {
  const rows = await db().meeting.findMany({
    where: areaIn(viewer),
    orderBy: [{ date: "desc" }, { id: "desc" }],
    take: 200,
    select: { id: true, title: true, date: true, place: true, kind: true, level: true, status: true, areaCode: true, area: { select: { name: true, level: true } }, _count: { select: { actions: true, attendees: true } } },
  });
  return rows.map((m) => ({ ...m, canManage: canManageMeeting(viewer, m.areaCode) }));
}

/** Areas where the viewer may start a meeting (their own level; ADMIN: the kota and its kecamatan). */
export async function meetingAreasFor(viewer: Viewer) {
  const areas = await db().area.findMany({ where: { AND: [areaWhere(scopeOf(viewer)), { level: { in: ["KOTA", "KABUPATEN", "KECAMATAN", "KELURAHAN", "DESA"] } }] }, select: { code: true, name: true, level: true }, orderBy: { code: "asc" } });
  return areas.filter((a) => canManageMeeting(viewer, a.code));
}

const actionSelect = {
  id: true, text: true, ownerSector: true, ownerName: true, dueDate: true, status: true, areaCode: true, indicator: true, fundingSource: true, closedAt: true, meetingId: true,
  meeting: { select: { id: true, title: true, date: true, areaCode: true } },
  progress: { orderBy: { date: "asc" as const }, select: { id: true, date: true, note: true, newStatus: true } },
} as const;

/** The meeting with attendees, agenda (snapshots parsed), its actions and the open actions of earlier meetings of the same area. */
export async function getMeeting(viewer: Viewer, id: number, today: string) {
  const m = await db().meeting.findFirst({
    where: { AND: [{ id }, areaIn(viewer)] },
    include: {
      area: { select: { name: true, level: true } },
      attendees: { orderBy: [{ sector: "asc" }, { id: "asc" }] },
      agenda: { orderBy: { order: "asc" } },
      actions: { orderBy: { id: "asc" }, select: actionSelect },
      previous: { select: { id: true, title: true, date: true, agenda: { select: { indicator: true, areaCode: true, snapshot: true, kind: true } } } },
      lockedBy: { select: { name: true } },
    },
  });
  if (!m) return null;
  const sector = (await db().user.findUnique({ where: { id: viewer.id }, select: { sector: true } }))?.sector ?? null;
  const carried = await db().actionItem.findMany({
    // Earlier = an earlier date, or the same date but created before (two meetings on one day).
    where: { status: { in: [...OPEN_STATUSES] }, meeting: { areaCode: m.areaCode, OR: [{ date: { lt: m.date } }, { date: m.date, id: { lt: m.id } }] } },
    orderBy: { dueDate: "asc" },
    select: actionSelect,
  });
  const decorate = (a: (typeof carried)[number]) => ({
    ...a,
    overdue: isOverdue(a, today),
    canUpdate: canUpdateAction(viewer, sector, { ownerSector: a.ownerSector, areaCode: a.areaCode, meetingAreaCode: a.meeting.areaCode }),
  });
  return {
    ...m,
    canManage: canManageMeeting(viewer, m.areaCode),
    agenda: m.agenda.map((a) => ({ ...a, frozen: readSnapshot(a.snapshot) })),
    previous: m.previous ? { ...m.previous, agenda: m.previous.agenda.map((a) => ({ ...a, frozen: readSnapshot(a.snapshot) })) } : null,
    actions: m.actions.map(decorate),
    carried: carried.map(decorate),
  };
}
export type MeetingDetail = NonNullable<Awaited<ReturnType<typeof getMeeting>>>;

/** A meeting's level by its area code's depth, for an action whose meeting the viewer cannot open. */
const MEETING_LEVEL: Record<number, string> = { 1: "provinsi", 2: "kab/kota", 3: "kecamatan", 4: "kelurahan/desa" };

/** Prisma `where` on actions whose own area lies in the viewer's scope (areaWhere, on ActionItem.areaCode). */
function ownAreaIn(viewer: Viewer) {
  const scope = scopeOf(viewer);
  if (scope.kind === "subtree") return { OR: [{ areaCode: scope.root }, { areaCode: { startsWith: `${scope.root}.` } }] };
  return { areaCode: { in: scope.kind === "set" ? scope.kelurahan : [] } };
}

/**
 * Open actions whose area (or whose meeting's area) lies inside `areaCode`; overdue first. An action is the business
 * of the area it concerns: a kota meeting's action for Kelurahan Metro is listed for the lurah and the puskesmas of
 * Metro too (the OPD owning it may record progress: canUpdateAction). A meeting they cannot open stays closed: no
 * link (`meetingVisible`) and not its title, only its level ("rapat Pokjanal tingkat kab/kota"), since a meeting's
 * title is that area's record (the scope matrix, tests/e2e, checks no other area's text reaches a page).
 */
async function openActionsInUncached(viewer: Viewer, areaCode: string, today: string, before?: Date) {
  if (!canViewArea(scopeOf(viewer), areaCode)) return [];
  const inside = (field: "areaCode") => ({ OR: [{ [field]: areaCode }, { [field]: { startsWith: `${areaCode}.` } }] });
  const rows = await db().actionItem.findMany({
    where: {
      status: { in: [...OPEN_STATUSES] },
      AND: [
        { OR: [inside("areaCode"), { areaCode: null, meeting: inside("areaCode") }] },
        { OR: [{ meeting: areaIn(viewer) }, ownAreaIn(viewer)] },
        before ? { meeting: { date: { lt: before } } } : {},
      ],
    },
    orderBy: { dueDate: "asc" },
    take: 100,
    select: actionSelect,
  });
  const sector = (await db().user.findUnique({ where: { id: viewer.id }, select: { sector: true } }))?.sector ?? null;
  return rows
    .map((a) => {
      const meetingVisible = canViewArea(scopeOf(viewer), a.meeting.areaCode);
      return {
        ...a,
        meeting: meetingVisible ? a.meeting : { ...a.meeting, title: `rapat Pokjanal tingkat ${MEETING_LEVEL[a.meeting.areaCode.split(".").length] ?? "wilayah"}` },
        overdue: isOverdue(a, today),
        canUpdate: canUpdateAction(viewer, sector, { ownerSector: a.ownerSector, areaCode: a.areaCode, meetingAreaCode: a.meeting.areaCode }),
        meetingVisible,
      };
    })
    .sort((x, y) => Number(y.overdue) - Number(x.overdue));
}

/** Cached per data version and scope (lib/queries/cache.ts). */
export const openActionsIn = cachedByScope("open-actions", openActionsInUncached, { perUser: true });

/** The latest meeting of the same area on or before `date`, for a meeting being created (for "sejak rapat terakhir"). */
export function previousMeeting(areaCode: string, date: Date) {
  return db().meeting.findFirst({ where: { areaCode, date: { lte: date } }, orderBy: [{ date: "desc" }, { id: "desc" }], select: { id: true, date: true, title: true } });
}

/** The meeting's area and everything below it, for the agenda and action forms. */
export async function meetingAreaOptions(viewer: Viewer, areaCode: string) {
  if (!canViewArea(scopeOf(viewer), areaCode)) return [];
  return db().area.findMany({ where: { OR: [{ code: areaCode }, { code: { startsWith: `${areaCode}.` } }] }, select: { code: true, name: true, level: true }, orderBy: { code: "asc" } });
}
