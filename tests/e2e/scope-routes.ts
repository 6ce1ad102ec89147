// The scope matrix's table: for every route file under app/ (found by
// tests/helpers/route-inventory.ts) which roles may use it and the concrete URL
// of an own-area and an other-area resource per role; and every server action
// with the core that tests/security/write-scope.test.ts calls for it. A route
// or action missing here fails tests/security/scope-inventory.test.ts and the
// browser matrix. How to add one: docs/security.md, "Scope matrix".
import { canEnterData, canManage } from "@/lib/auth/scope";

export const ROLES = ["ADMIN", "PIMPINAN", "KECAMATAN", "KELURAHAN", "PUSKESMAS"] as const;
export type Role = (typeof ROLES)[number];

/** Concrete resources of one role's own area and of areas outside it (built from the seeded database). */
export type AreaValues = {
  role: Role;
  /** The kota/kecamatan of the role's dashboards (/skor, /peta); null for the lurah and the puskesmas. */
  dashboard: string | null;
  /** The /wilayah page of the role's own area. */
  home: string;
  /** The kecamatan that holds `kelurahan` (for URLs that take a kecamatan). */
  kecamatan: string;
  kelurahan: string;
  posyandu: { code: string; id: number };
  meeting: number;
  other: { areas: string[]; kecamatan: string; kelurahan: string; posyandu: { code: string; id: number }; meeting: number };
};

export type RouteSpec = {
  kind: "page" | "api";
  /** HTTP methods the file exports (pages: GET); a new handler must be added here on purpose. */
  methods: string[];
  /** Answers everyone, anonymous visitors too (proxy.ts PUBLIC). */
  public?: boolean;
  /** Roles that may use the route at all; the others get 403/404 even for their own area. */
  roles: readonly Role[];
  /** The URL of an own-area resource; null when the route has no GET to check (POST-only). */
  own: (a: AreaValues) => string | null;
  /** URLs of other areas' resources, when the route takes an area, posyandu or meeting. */
  other?: (a: AreaValues) => string[];
  /**
   * How a URL naming another area answers: "refused" = 403/404; "filtered" = 200 with the viewer's
   * own data, because the parameter is only a filter that falls back to the own area.
   */
  otherAnswer?: "refused" | "filtered";
  /** Why a route with a dynamic segment has no other-area URL (the segment names no area resource). */
  noArea?: string;
};

const ALL = ROLES;
/** lib/auth/scope.ts canEnterData: data entry, imports and the posyandu register's edit pages. */
export const ENTRY = ROLES.filter(canEnterData);
/** lib/auth/scope.ts canManage: users, targets, audit. */
export const MANAGE = ROLES.filter(canManage);
/** Roles whose scope is a kota or kecamatan: /skor and /peta show child areas of one of those, nothing else. */
export const DASHBOARD: readonly Role[] = ROLES.filter((r) => r === "ADMIN" || r === "PIMPINAN" || r === "KECAMATAN");

const page = (roles: readonly Role[], own: RouteSpec["own"], other?: RouteSpec["other"], otherAnswer: RouteSpec["otherAnswer"] = "refused"): RouteSpec => ({
  kind: "page", methods: ["GET"], roles, own, other, otherAnswer: other ? otherAnswer : undefined,
});
const api = (methods: string[], roles: readonly Role[], own: RouteSpec["own"], other?: RouteSpec["other"]): RouteSpec => ({
  kind: "api", methods, roles, own, other, otherAnswer: other ? "refused" : undefined,
});
const q = (s: string) => encodeURIComponent(s);

export const ROUTES: Record<string, RouteSpec> = {
  "/": page(ALL, () => "/"),
  "/admin": page(MANAGE, () => "/admin"),
  "/admin/audit": page(MANAGE, () => "/admin/audit"),
  "/admin/pengguna": page(MANAGE, () => "/admin/pengguna"),
  "/admin/target": page(MANAGE, () => "/admin/target"),
  "/akun": page(ALL, () => "/akun"),
  "/api/auth/[...nextauth]": { ...api(["GET", "POST"], ALL, () => "/api/auth/session"), public: true },
  "/api/health": { ...api(["GET"], ALL, () => "/api/health"), public: true },
  // POST only: tests/e2e/scope-matrix.e2e.test.ts posts other areas' rows to it.
  "/api/impor": api(["POST"], ENTRY, () => null),
  "/api/rapat/[id]/paket": api(["GET"], ALL, (a) => `/api/rapat/${a.meeting}/paket`, (a) => [`/api/rapat/${a.other.meeting}/paket`]),
  // A puskesmas downloads its wilayah kerja's table (the ringkasan's); nobody else has one.
  "/api/skor": api(["GET"], [...DASHBOARD, "PUSKESMAS"], (a) => `/api/skor?wilayah=${a.role === "PUSKESMAS" ? "wilayah-kerja" : (a.dashboard ?? a.kecamatan)}&format=csv`, (a) => [
    `/api/skor?wilayah=${a.other.kecamatan}&format=csv`,
    ...(a.role === "PUSKESMAS" ? [] : ["/api/skor?wilayah=wilayah-kerja&format=csv"]),
  ]),
  "/api/templat/[jenis]": { ...api(["GET"], ALL, () => "/api/templat/laporan-bulanan?format=csv"), noArea: "[jenis] is an import kind; templates hold column names only" },
  "/api/v1/indikator": api(["GET"], ALL, (a) => `/api/v1/indikator?wilayah=${a.home}&periode=2026-08`, (a) => [
    ...a.other.areas.map((c) => `/api/v1/indikator?wilayah=${c}&periode=2026-08`),
    ...(a.role === "PUSKESMAS" ? [] : ["/api/v1/indikator?wilayah=wilayah-kerja&periode=2026-08"]),
  ]),
  "/gizi": page(ENTRY, (a) => `/gizi?posyandu=${a.posyandu.id}`, (a) => [`/gizi?posyandu=${a.other.posyandu.id}`], "filtered"),
  "/impor": page(ENTRY, () => "/impor?jenis=eppgbm"),
  "/laporan": page(ENTRY, (a) => `/laporan?wilayah=${a.kelurahan}`, (a) => [`/laporan?wilayah=${a.other.kelurahan}`], "filtered"),
  "/masuk": { ...page(ALL, () => "/masuk"), public: true },
  "/peta": page(DASHBOARD, () => "/peta", (a) => [`/peta?wilayah=${a.other.kecamatan}`]),
  "/posyandu": page(ALL, (a) => `/posyandu?wilayah=${a.kelurahan}`, (a) => [`/posyandu?wilayah=${a.other.kelurahan}`], "filtered"),
  "/posyandu/[kode]": page(ALL, (a) => `/posyandu/${q(a.posyandu.code)}`, (a) => [`/posyandu/${q(a.other.posyandu.code)}`]),
  "/posyandu/[kode]/kader": page(ALL, (a) => `/posyandu/${q(a.posyandu.code)}/kader`, (a) => [`/posyandu/${q(a.other.posyandu.code)}/kader`]),
  "/posyandu/[kode]/ubah": page(ENTRY, (a) => `/posyandu/${q(a.posyandu.code)}/ubah`, (a) => [`/posyandu/${q(a.other.posyandu.code)}/ubah`]),
  "/posyandu/baru": page(ENTRY, (a) => `/posyandu/baru?wilayah=${a.kelurahan}`, (a) => [`/posyandu/baru?wilayah=${a.other.kelurahan}`], "filtered"),
  "/profil": page(ENTRY, (a) => `/profil?posyandu=${a.posyandu.id}`, (a) => [`/profil?posyandu=${a.other.posyandu.id}`], "filtered"),
  "/rapat": page(ALL, () => "/rapat"),
  "/rapat/[id]": page(ALL, (a) => `/rapat/${a.meeting}`, (a) => [`/rapat/${a.other.meeting}`]),
  "/rapat/[id]/notulen": page(ALL, (a) => `/rapat/${a.meeting}/notulen`, (a) => [`/rapat/${a.other.meeting}/notulen`]),
  "/rapat/[id]/presentasi": page(ALL, (a) => `/rapat/${a.meeting}/presentasi`, (a) => [`/rapat/${a.other.meeting}/presentasi`]),
  "/skor": page(DASHBOARD, () => "/skor", (a) => [`/skor?wilayah=${a.other.kecamatan}`]),
  // Public uptime page and bench baseline: renders no data at all.
  "/status": { ...page(ALL, () => "/status"), public: true },
  "/tindakan": page(ALL, () => "/tindakan"),
  "/wilayah/[kode]": page(ALL, (a) => `/wilayah/${a.home}`, (a) => a.other.areas.map((c) => `/wilayah/${c}`)),
};

/**
 * Every server action (exported "use server" function) → the core function it
 * wraps, which tests/security/write-scope.test.ts calls for another area.
 */
export const SERVER_ACTIONS: Record<string, string> = {
  addActionAction: "addAction",
  addAgendaAction: "addAgendaItem",
  addAttendeeAction: "addAttendee",
  addKaderTrainingAction: "addKaderTraining",
  addProgressAction: "addProgress",
  createMeetingAction: "createMeeting",
  createPosyanduAction: "createPosyandu",
  createUserAction: "createUserInScope",
  deleteTargetAction: "deleteTarget",
  endKaderServiceAction: "endKaderService",
  issueTokenAction: "issueTokenForUser",
  deleteMeetingAction: "deleteMeeting",
  meetingOpAction: "removeAttendee, removeAgendaItem, moveAgendaItem, lockMeeting",
  resetPasswordAction: "resetUserPassword",
  revokeTokenAction: "revokeToken",
  saveKaderAction: "saveKader",
  saveMappingAction: "saveNameMapping",
  deleteMappingAction: "deleteNameMapping",
  saveMonthlyGridAction: "saveMonthlyGrid",
  saveNutritionAction: "saveNutrition",
  saveProfileAction: "saveProfile",
  setTargetAction: "setTarget",
  setUserActiveAction: "setUserActive",
  signOutEverywhereAction: "signOutUserEverywhere",
  signOutOwnSessionsAction: "signOutOwnSessions",
  undoBatchAction: "undoImportBatch",
  updateActionAction: "updateAction",
  updateAgendaAreaAction: "updateAgendaArea",
  updateAgendaTextAction: "updateAgendaText",
  updateMeetingAction: "updateMeeting",
  updatePosyanduAction: "updatePosyandu",
};

/** The difference between what the tree holds and what a table lists, as messages naming what to add or remove. */
export function inventoryGaps(kind: "route" | "server action", found: string[], listed: string[], where: string): string[] {
  const missing = found.filter((f) => !listed.includes(f)).map((f) => `${kind} ${f} is not in ${where}: add it with its own-area and other-area values (docs/security.md, "Scope matrix")`);
  const stale = listed.filter((l) => !found.includes(l)).map((l) => `${kind} ${l} is in ${where} but no longer in the code: remove it`);
  return [...missing, ...stale];
}
