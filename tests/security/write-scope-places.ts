// The resources each demo role writes to in tests/security/write-scope.test.ts:
// one inside its scope (for the allowed control write) and one just outside it
// (for the refused write). Every id is one the target really holds (a kader of
// that posyandu, an attendee of that meeting), so a refusal can only come from
// the scope check, never from "not found in this posyandu".
import type { DemoDb } from "../helpers/demo-db";
import type { ScopeFixture } from "../helpers/scope-fixture";
import { canViewArea, scopeOf, type Viewer } from "@/lib/auth/scope";

export const ACTORS = ["admin", "pimpinan", "camat", "lurah", "puskesmas"] as const;
export type Actor = (typeof ACTORS)[number];

export type Place = {
  kelurahan: string;
  posyanduCode: string;
  posyanduId: number;
  /** A kader serving at the posyandu now. */
  kaderCode: string;
  /** An area where the actor's level chairs meetings (or would, were it inside the scope). */
  meetingArea: string;
  meetingId: number;
  attendeeId: number;
  agendaId: number;
  /** An action of that meeting area the actor is not the chair or owner OPD of, when outside. */
  actionId: number;
  userId: number;
  tokenId: number;
  targetId: number;
  batchId: number;
};

export type Places = { own: Place; other: Record<Actor, Place> };

/** Own place (Kelurahan Metro, Kecamatan Metro Pusat, Kota Metro) and each actor's other place. */
export async function buildPlaces(t: DemoDb, fx: ScopeFixture, ids: { ownBatch: number; foreignBatch: number; ownToken: number; ownTarget: number; ownUser: number; foreignKader: string }): Promise<Places> {
  const db = t.db;
  const posyanduIn = async (kelurahan: string) => {
    const p = await db.posyandu.findFirstOrThrow({ where: { kelurahanCode: kelurahan, active: true, memberships: { some: { endDate: null } } }, orderBy: { code: "asc" } });
    const k = await db.kaderMembership.findFirstOrThrow({ where: { posyanduId: p.id, endDate: null, startDate: { lt: new Date("2026-01-01") } }, include: { kader: true } });
    return { posyanduCode: p.code, posyanduId: p.id, kaderCode: k.kader.code };
  };
  const meetingOf = async (id: number) => {
    const m = await db.meeting.findUniqueOrThrow({ where: { id }, include: { attendees: true, agenda: true, actions: true } });
    return { at: { meetingArea: m.areaCode, meetingId: m.id, attendeeId: m.attendees[0]!.id, agendaId: m.agenda[0]!.id }, actions: m.actions };
  };
  const kecMeeting = await db.meeting.findFirstOrThrow({ where: { areaCode: "18.72.01" } });
  const kec = await meetingOf(kecMeeting.id);
  const own: Place = {
    kelurahan: "18.72.01.1001", ...(await posyanduIn("18.72.01.1001")), ...kec.at, actionId: kec.actions[0]!.id,
    userId: ids.ownUser, tokenId: ids.ownToken, targetId: ids.ownTarget, batchId: ids.ownBatch,
  };
  const outside = { userId: fx.user.id, tokenId: fx.tokenId, targetId: fx.targetId, batchId: ids.foreignBatch };
  const foreignKota = await meetingOf(fx.meetings.foreignKota);
  const foreign: Place = {
    kelurahan: fx.kelurahan.code, posyanduCode: fx.posyandu.code, posyanduId: fx.posyandu.id, kaderCode: ids.foreignKader,
    ...foreignKota.at, actionId: fx.actions.foreignKota, ...outside,
  };
  const kecamatanPlace = async (viewer: Viewer, kelurahan: string, meetingId: number, meetingArea: string): Promise<Place> => {
    const m = await meetingOf(meetingId);
    // An action whose area (or, without one, the meeting's area) the actor cannot see: neither chair nor owner OPD may touch it.
    const action = m.actions.find((a) => !canViewArea(scopeOf(viewer), a.areaCode ?? m.at.meetingArea))!;
    return { kelurahan, ...(await posyanduIn(kelurahan)), ...m.at, meetingArea, actionId: action.id, ...outside };
  };
  const v = t.viewers;
  const outsideVillage = (viewer: Viewer) => t.data.posyandu.find((p) => p.kecamatanCode === "18.72.01" && !canViewArea(scopeOf(viewer), p.kelurahanCode))!.kelurahanCode;
  return {
    own,
    other: {
      admin: foreign,
      pimpinan: foreign,
      camat: await kecamatanPlace(v.camat, "18.72.02.1001", fx.meetings.metroUtara, "18.72.02"),
      lurah: await kecamatanPlace(v.lurah, outsideVillage(v.lurah), kecMeeting.id, outsideVillage(v.lurah)),
      puskesmas: await kecamatanPlace(v.puskesmas, outsideVillage(v.puskesmas), kecMeeting.id, outsideVillage(v.puskesmas)),
    },
  };
}
