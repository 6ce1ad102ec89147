// Reads of Pokjanal meetings and their follow-up actions, scoped like every
// other read: a meeting is visible when its area lies inside the viewer's scope.
import "server-only";
import { db } from "../db/client";
import { areaWhere, canViewArea, scopeOf, type Viewer } from "../auth/scope";
import { canManageMeeting, canUpdateAction, isOverdue, OPEN_STATUSES } from "../meetings/access";
import { readSnapshot } from "../meetings/snapshot";
import { cachedByScope } from "./cache";
import { codesBelow } from "../wilayah/codes";

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

/** A meeting's level by its area code's depth, for an action whose meeting the viewer cannot open. */
const MEETING_LEVEL: Record<number, string> = { 1: "provinsi", 2: "kab/kota", 3: "kecamatan", 4: "kelurahan/desa" };

/** Prisma `where` on actions whose own area lies in the viewer's scope (areaWhere, on ActionItem.areaCode). */
function ownAreaIn(viewer: Viewer) {
  const scope = scopeOf(viewer);
  if (scope.kind === "subtree") return { OR: [{ areaCode: scope.root }, { areaCode: codesBelow(scope.root) }] };
  return { areaCode: { in: scope.kind === "set" ? scope.kelurahan : [] } };
}

/**
 * Prisma `where` on actions about `areaCode` that the viewer may see. An action is the business of the area it
 * concerns: its own area, or its meeting's when it names none, lies inside `areaCode`; and either its meeting or its
 * own area is in the viewer's scope (a kota meeting's action for Kelurahan Metro reaches the lurah of Metro).
 */
function actionsAbout(viewer: Viewer, areaCode: string) {
  const inside = { OR: [{ areaCode }, { areaCode: codesBelow(areaCode) }] };
  return {
    AND: [
      { OR: [inside, { areaCode: null, meeting: inside }] },
      { OR: [{ meeting: areaIn(viewer) }, ownAreaIn(viewer)] },
    ],
  };
}

type ActionRow = { status: string; dueDate: Date; ownerSector: string; areaCode: string | null; meeting: { areaCode: string; title: string } };

/**
 * Overdue flag, progress and correction rights, and the meeting as the viewer may see it. A meeting they cannot open
 * stays closed: no link (`meetingVisible`) and not its title, only its level ("rapat Pokjanal tingkat kab/kota"),
 * since a meeting's title is that area's record (the scope matrix, tests/e2e, checks no other area's text reaches a page).
 */
async function decorateActions<A extends ActionRow>(viewer: Viewer, rows: A[], today: string) {
  const sector = (await db().user.findUnique({ where: { id: viewer.id }, select: { sector: true } }))?.sector ?? null;
  return rows.map((a) => {
    const meetingVisible = canViewArea(scopeOf(viewer), a.meeting.areaCode);
    return {
      ...a,
      meeting: meetingVisible ? a.meeting : { ...a.meeting, title: `rapat Pokjanal tingkat ${MEETING_LEVEL[a.meeting.areaCode.split(".").length] ?? "wilayah"}` },
      overdue: isOverdue(a, today),
      canUpdate: canUpdateAction(viewer, sector, { ownerSector: a.ownerSector, areaCode: a.areaCode, meetingAreaCode: a.meeting.areaCode }),
      // Correcting it is the chair's (updateAction's rule); the owner OPD reports progress only.
      canEdit: canManageMeeting(viewer, a.meeting.areaCode),
      meetingVisible,
    };
  });
}

/**
 * The meeting with attendees, agenda (snapshots parsed), its actions and the open actions of earlier meetings about
 * its area ("carried"): the same rule as the area's open-action lists, so a kota meeting's action about a kelurahan
 * reaches that kelurahan's own next meeting (named by its level only when the viewer cannot open the kota meeting).
 */
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
  const carried = await db().actionItem.findMany({
    where: {
      status: { in: [...OPEN_STATUSES] },
      AND: [
        actionsAbout(viewer, m.areaCode),
        // Earlier = an earlier date, or the same date but created before (two meetings on one day).
        { meeting: { OR: [{ date: { lt: m.date } }, { date: m.date, id: { lt: m.id } }] } },
      ],
    },
    orderBy: { dueDate: "asc" },
    select: actionSelect,
  });
  const [actions, carriedRows] = await Promise.all([decorateActions(viewer, m.actions, today), decorateActions(viewer, carried, today)]);
  return {
    ...m,
    canManage: canManageMeeting(viewer, m.areaCode),
    agenda: m.agenda.map((a) => ({ ...a, frozen: readSnapshot(a.snapshot) })),
    previous: m.previous ? { ...m.previous, agenda: m.previous.agenda.map((a) => ({ ...a, frozen: readSnapshot(a.snapshot) })) } : null,
    actions,
    carried: carriedRows,
  };
}
export type MeetingDetail = NonNullable<Awaited<ReturnType<typeof getMeeting>>>;

/** Open actions about `areaCode` (actionsAbout), optionally of meetings before `before`; overdue first. */
async function openActionsInUncached(viewer: Viewer, areaCode: string, today: string, before?: Date) {
  if (!canViewArea(scopeOf(viewer), areaCode)) return [];
  const rows = await db().actionItem.findMany({
    where: { status: { in: [...OPEN_STATUSES] }, AND: [actionsAbout(viewer, areaCode), before ? { meeting: { date: { lt: before } } } : {}] },
    orderBy: { dueDate: "asc" },
    take: 100,
    select: actionSelect,
  });
  return (await decorateActions(viewer, rows, today)).sort((x, y) => Number(y.overdue) - Number(x.overdue));
}

/** Cached per data version and scope (lib/queries/cache.ts). */
export const openActionsIn = cachedByScope("open-actions", openActionsInUncached, { perUser: true });

/** How many days, today included, /tindakan keeps listing an action after it was closed. */
export const RECENTLY_CLOSED_DAYS = 7;

/**
 * Actions about `areaCode` closed (selesai or batal) in the last RECENTLY_CLOSED_DAYS days by the date of the note
 * that closed them, newest first; plus `include` (the one the user has just closed) whatever that date, since a note
 * typed up late must still show the user where their action went.
 */
async function recentlyClosedInUncached(viewer: Viewer, areaCode: string, today: string, include?: number) {
  if (!canViewArea(scopeOf(viewer), areaCode)) return [];
  const since = new Date(Date.parse(`${today}T00:00:00Z`) - (RECENTLY_CLOSED_DAYS - 1) * 86_400_000);
  const rows = await db().actionItem.findMany({
    where: {
      status: { in: ["SELESAI", "BATAL"] },
      AND: [actionsAbout(viewer, areaCode), { OR: [{ closedAt: { gte: since } }, ...(include ? [{ id: include }] : [])] }],
    },
    orderBy: [{ closedAt: "desc" }, { id: "desc" }],
    take: 50,
    select: actionSelect,
  });
  return decorateActions(viewer, rows, today);
}

/** Cached like openActionsIn. */
export const recentlyClosedIn = cachedByScope("closed-actions", recentlyClosedInUncached, { perUser: true });

/** The latest meeting of the same area on or before `date`, for a meeting being created (for "sejak rapat terakhir"). */
export function previousMeeting(areaCode: string, date: Date) {
  return db().meeting.findFirst({ where: { areaCode, date: { lte: date } }, orderBy: [{ date: "desc" }, { id: "desc" }], select: { id: true, date: true, title: true } });
}

/** The meeting's area and everything below it, for the agenda and action forms. */
export async function meetingAreaOptions(viewer: Viewer, areaCode: string) {
  if (!canViewArea(scopeOf(viewer), areaCode)) return [];
  return db().area.findMany({ where: { OR: [{ code: areaCode }, { code: codesBelow(areaCode) }] }, select: { code: true, name: true, level: true }, orderBy: { code: "asc" } });
}
