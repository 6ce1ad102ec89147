// Per demo role: the concrete own-area and other-area values of the scope
// matrix (tests/e2e/scope-routes.ts), and the texts that must never reach that
// role because they belong to areas outside its scope. Read from the seeded
// browser-suite database plus tests/helpers/scope-fixture.ts.
import type { Db } from "@/lib/db/client";
import { canViewArea, isWithin, scopeOf, type Scope } from "@/lib/auth/scope";
import type { ScopeFixture } from "../helpers/scope-fixture";
import { DASHBOARD, ROLES, type AreaValues, type Role } from "./scope-routes";

export const DEMO_LOGIN: Record<Role, string> = { ADMIN: "admin", PIMPINAN: "pimpinan", KECAMATAN: "camat", KELURAHAN: "lurah", PUSKESMAS: "puskesmas" };

export type RoleArea = AreaValues & {
  username: string;
  /** Names and codes of areas, posyandu and meetings outside the scope: a body holding one leaks. */
  markers: string[];
  /** Puskesmas names of the own kota: every entry form lists them (any puskesmas of the kota may serve a posyandu), so they are removed from a body before it is searched. */
  neutral: string[];
};

type Row = { code: string; name: string; level: string; parentCode: string | null };

const parentOf = (code: string) => code.split(".").slice(0, -1).join(".");
const depth = (code: string) => code.split(".").length;

/** Markers of what lies outside `scope`, minus texts that also name something inside it (e.g. kelurahan "Metro" in "Kota Metro"). */
function markersOutside(scope: Scope, areas: Row[], posyandu: { code: string; name: string; kelurahanCode: string }[], meetings: { areaCode: string; title: string }[]): string[] {
  const seen = (code: string) => canViewArea(scope, code);
  const villages = areas.filter((a) => a.level === "KELURAHAN");
  const inScopeVillage = villages.filter((v) => seen(v.code));
  const touches = (code: string) => inScopeVillage.some((v) => isWithin(v.code, code));
  const allowed = [
    ...areas.filter((a) => seen(a.code) || touches(a.code)).map((a) => a.name),
    ...posyandu.filter((p) => seen(p.kelurahanCode)).map((p) => p.name),
    ...meetings.filter((m) => seen(m.areaCode)).map((m) => m.title),
  ];
  const out = [
    ...villages.filter((v) => !seen(v.code)).flatMap((v) => [v.name, v.code]),
    ...areas.filter((a) => a.level === "KECAMATAN" && !touches(a.code)).flatMap((a) => [a.name, a.code]),
    ...areas.filter((a) => a.level === "KOTA" && !touches(a.code)).map((a) => a.name),
    ...posyandu.filter((p) => !seen(p.kelurahanCode)).map((p) => p.code),
    ...meetings.filter((m) => !seen(m.areaCode)).map((m) => m.title),
  ];
  return [...new Set(out)].filter((m) => !allowed.some((a) => a.includes(m)));
}

/** Own and other values plus markers for every demo role. */
export async function roleAreas(db: Db, fx: ScopeFixture): Promise<Record<Role, RoleArea>> {
  const [areas, posyandu, meetings, puskesmas, users] = await Promise.all([
    db.area.findMany({ select: { code: true, name: true, level: true, parentCode: true }, orderBy: { code: "asc" } }),
    db.posyandu.findMany({ select: { id: true, code: true, name: true, kelurahanCode: true }, orderBy: { code: "asc" } }),
    db.meeting.findMany({ select: { id: true, areaCode: true, title: true }, orderBy: { id: "asc" } }),
    db.puskesmas.findMany({ select: { name: true, kotaCode: true } }),
    db.user.findMany({ where: { username: { in: Object.values(DEMO_LOGIN) } }, include: { puskesmas: { include: { wilayah: true } } } }),
  ]);
  const villages = areas.filter((a) => a.level === "KELURAHAN");
  const firstPosyandu = (kel: string) => {
    const p = posyandu.find((x) => x.kelurahanCode === kel);
    if (!p) throw new Error(`no posyandu in ${kel}`);
    return { code: p.code, id: p.id };
  };
  const out = {} as Record<Role, RoleArea>;
  for (const role of ROLES) {
    const u = users.find((x) => x.username === DEMO_LOGIN[role]);
    if (!u) throw new Error(`demo user ${DEMO_LOGIN[role]} missing`);
    const scope = scopeOf({ role, scopeAreaCode: u.scopeAreaCode, wilayahKerja: u.puskesmas?.wilayah.map((w) => w.areaCode) ?? [] });
    const own = villages.filter((v) => canViewArea(scope, v.code));
    const kelurahan = own[0]!.code;
    const kecamatan = parentOf(kelurahan);
    const root = u.scopeAreaCode;
    let other: { areas: string[]; kecamatan: string; kelurahan: string; meeting: number };
    if (root && depth(root) === 2) {
      // A kota-wide role: the other area is the second kota of the fixture.
      other = { areas: [fx.kota.code, fx.kelurahan.code], kecamatan: fx.kota.code, kelurahan: fx.kelurahan.code, meeting: fx.meetings.foreignKota };
    } else if (root && depth(root) === 3) {
      const sibling = areas.find((a) => a.level === "KECAMATAN" && a.parentCode === parentOf(root) && a.code !== root)!.code;
      const kel = villages.find((v) => v.parentCode === sibling)!.code;
      other = { areas: [sibling, kel], kecamatan: sibling, kelurahan: kel, meeting: fx.meetings.metroUtara };
    } else {
      // Kelurahan and puskesmas: the kecamatan above them (upwards) and a neighbouring kelurahan (sideways).
      const kel = villages.find((v) => v.parentCode === kecamatan && !canViewArea(scope, v.code))!.code;
      const kecMeeting = meetings.find((m) => m.areaCode === kecamatan)!.id;
      other = { areas: [kecamatan, kel], kecamatan, kelurahan: kel, meeting: kecMeeting };
    }
    const kota = kelurahan.split(".").slice(0, 2).join(".");
    out[role] = {
      role,
      username: u.username,
      dashboard: DASHBOARD.includes(role) ? root : null,
      home: root ?? kelurahan,
      kecamatan,
      kelurahan,
      posyandu: firstPosyandu(kelurahan),
      meeting: meetings.find((m) => canViewArea(scope, m.areaCode))!.id,
      other: { ...other, posyandu: other.kelurahan === fx.kelurahan.code ? { code: fx.posyandu.code, id: fx.posyandu.id } : firstPosyandu(other.kelurahan) },
      markers: [...new Set([...markersOutside(scope, areas, posyandu, meetings), ...fx.foreignMarkers])],
      neutral: puskesmas.filter((p) => p.kotaCode === kota).map((p) => p.name).sort((a, b) => b.length - a.length),
    };
  }
  return out;
}

/** Markers for an anonymous visitor: every area, posyandu and meeting name there is. */
export function anonymousMarkers(all: Record<Role, RoleArea>, fx: ScopeFixture): string[] {
  const camat = all.KECAMATAN;
  return [...new Set([...camat.markers, ...all.KELURAHAN.markers, fx.kelurahan.name, camat.posyandu.code, camat.kelurahan])];
}
