// Who may run a meeting and who may report progress on an action. Pure, so the
// rules sit in one place next to lib/auth/scope.ts and are unit-tested.
import { canViewArea, scopeOf, type Viewer } from "../auth/scope";

export type MeetingLevel = "KOTA" | "KECAMATAN" | "KELURAHAN";

/** KOTA for PP.KK, KECAMATAN for PP.KK.CC, KELURAHAN for PP.KK.CC.DDDD; null otherwise. */
export function meetingLevelOf(areaCode: string): MeetingLevel | null {
  const depth = areaCode.split(".").length;
  return depth === 2 ? "KOTA" : depth === 3 ? "KECAMATAN" : depth === 4 ? "KELURAHAN" : null;
}

/** Meetings are chaired at the viewer's own level: ADMIN anywhere in scope; PIMPINAN, camat and lurah at their own area. */
export function canManageMeeting(viewer: Viewer, areaCode: string): boolean {
  if (!meetingLevelOf(areaCode) || !canViewArea(scopeOf(viewer), areaCode)) return false;
  if (viewer.role === "ADMIN") return true;
  return ["PIMPINAN", "KECAMATAN", "KELURAHAN"].includes(viewer.role) && viewer.scopeAreaCode === areaCode;
}

/** Progress on an action: whoever chairs the meeting's area, or a user of the owner OPD whose scope covers the action. */
export function canUpdateAction(viewer: Viewer, viewerSector: string | null, action: { ownerSector: string; areaCode: string | null; meetingAreaCode: string }): boolean {
  if (canManageMeeting(viewer, action.meetingAreaCode)) return true;
  const where = action.areaCode ?? action.meetingAreaCode;
  return viewerSector !== null && viewerSector === action.ownerSector && canViewArea(scopeOf(viewer), where);
}

/** Open = still to do; overdue = open and past its due date (WIB day). */
export const OPEN_STATUSES = ["BELUM", "PROSES"] as const;
export function isOverdue(a: { status: string; dueDate: Date }, today: string): boolean {
  return (OPEN_STATUSES as readonly string[]).includes(a.status) && a.dueDate.toISOString().slice(0, 10) < today;
}
