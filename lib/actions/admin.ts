import "server-only";
// ADMIN-only actions: indicator targets, user accounts and API tokens. Cores take
// (db, viewer, input) for tests; inline "use server" actions wrap them and are
// passed to the client forms as props (cores are never exposed to the client).
// An ADMIN acts only inside their own scope; every write is audited.
import { revalidatePath } from "next/cache";
import { db, type Db } from "../db/client";
import { requireViewer } from "../auth/viewer";
import { areaWhere, canManage, canViewArea, scopeOf, type Viewer } from "../auth/scope";
import { hashPassword, passwordSchema } from "../auth/password";
import { writeAudit } from "../audit";
import { refuseWhenBusy } from "../db/busy";
import { createUser, UserInputError } from "../users/create-user";
import { newUserSchema, ROLES } from "../validations/user";
import { passwordIssueForUser } from "../validations/password";
import { z } from "../validations/z";
import { fieldErrorsOf, formValues, invalid, type FormResult } from "../validations/posyandu";
import { indicatorLabel, targetSchema } from "../validations/targets";
import { canEditNationalTargets, userScopeWhere } from "../queries/admin";
import { issueApiToken, revokeApiToken } from "../auth/api-token";

const ADMIN_ONLY: FormResult = { ok: false, message: "Hanya admin yang dapat melakukan ini." };
/** Whom the national targets are for is docs/indicators.md "Targets"; the form offers no national row to these admins. */
export const NATIONAL_READ_ONLY: FormResult = {
  ok: false,
  message: "Target nasional hanya dapat diubah oleh admin yang wilayahnya mencakup semua kabupaten/kota di aplikasi ini, karena semua wilayah dinilai terhadapnya. Tetapkan target untuk wilayah Anda sendiri.",
  fieldErrors: { areaCode: "Pilih wilayah Anda; target nasional hanya dapat dibaca" },
};
const TARGET_LEVELS = ["KOTA", "KABUPATEN", "KECAMATAN", "KELURAHAN", "DESA", "DESA_ADAT"] as const;
const idSchema = z.coerce.number().int().positive();
const USER_STATE = { id: true, username: true, active: true, sessionVersion: true } as const;

/** Sets (creates or replaces) the target of indicator × year × area; blank area = national default (deployment-wide admins only). */
export const setTarget = refuseWhenBusy(async function setTarget(client: Db, viewer: Viewer, input: unknown): Promise<FormResult> {
  const parsed = targetSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  if (!canManage(viewer.role)) return ADMIN_ONLY;
  const v = parsed.data;
  if (!v.areaCode && !(await canEditNationalTargets(viewer, client))) return NATIONAL_READ_ONLY;
  if (v.areaCode) {
    const area = await client.area.findFirst({ where: { AND: [areaWhere(scopeOf(viewer)), { code: v.areaCode }, { level: { in: [...TARGET_LEVELS] } }] }, select: { code: true } });
    if (!area) return { ok: false, message: "Wilayah di luar wilayah Anda.", fieldErrors: { areaCode: "Wilayah tidak ada atau di luar wilayah Anda" } };
  }
  const what = `Target ${indicatorLabel(v.indicator)} ${v.year} (${v.areaCode ?? "nasional"})`;
  return client.$transaction(async (tx): Promise<FormResult> => {
    // areaCode null is the national row; NULLs are distinct in the unique index, so look it up instead of upsert.
    const before = await tx.indicatorTarget.findFirst({ where: { indicator: v.indicator, year: v.year, areaCode: v.areaCode } });
    if (before && before.value === v.value && before.source === v.source) return { ok: true, message: `${what} tidak berubah.` };
    const data = { indicator: v.indicator, year: v.year, areaCode: v.areaCode, value: v.value, source: v.source };
    const after = before ? await tx.indicatorTarget.update({ where: { id: before.id }, data }) : await tx.indicatorTarget.create({ data });
    await writeAudit(tx, { userId: viewer.id, action: before ? "UPDATE" : "CREATE", entity: "IndicatorTarget", entityId: after.id, before: before ?? undefined, after });
    return { ok: true, message: `${what} disimpan.` };
  });
});

/** Removes an area override (national defaults are edited, never removed). */
export const deleteTarget = refuseWhenBusy(async function deleteTarget(client: Db, viewer: Viewer, input: unknown): Promise<FormResult> {
  const id = idSchema.safeParse((input as { id?: unknown } | null)?.id);
  if (!id.success) return { ok: false, message: "Nomor target tidak valid." };
  if (!canManage(viewer.role)) return ADMIN_ONLY;
  return client.$transaction(async (tx): Promise<FormResult> => {
    const before = await tx.indicatorTarget.findUnique({ where: { id: id.data } });
    if (!before || (before.areaCode !== null && !canViewArea(scopeOf(viewer), before.areaCode))) return { ok: false, message: "Target tidak ditemukan atau di luar wilayah Anda." };
    if (before.areaCode === null) return { ok: false, message: "Target nasional tidak dapat dihapus; ubah nilainya bila perlu." };
    await tx.indicatorTarget.delete({ where: { id: before.id } });
    await writeAudit(tx, { userId: viewer.id, action: "DELETE", entity: "IndicatorTarget", entityId: before.id, before });
    return { ok: true, message: `Target ${indicatorLabel(before.indicator)} ${before.year} untuk ${before.areaCode} dihapus; target nasional berlaku lagi.` };
  });
});

const userFormSchema = z.object({
  role: z.enum(ROLES).optional().catch(undefined),
  scopeAreaCode: z.string().optional().catch(undefined),
  puskesmasId: idSchema.optional().catch(undefined),
  password: z.string().optional().catch(undefined),
  passwordConfirm: z.string().optional().catch(undefined),
});

/** Creates a user scoped inside the ADMIN's own scope, through lib/users/create-user.ts. */
export const createUserInScope = refuseWhenBusy(async function createUserInScope(client: Db, viewer: Viewer, input: unknown): Promise<FormResult> {
  const raw = (input ?? {}) as Record<string, unknown>;
  const f = userFormSchema.parse(typeof raw === "object" ? raw : {});
  const puskesmas = f.role === "PUSKESMAS" && f.puskesmasId ? await client.puskesmas.findUnique({ where: { id: f.puskesmasId }, select: { id: true, name: true, kotaCode: true } }) : null;
  const candidate = {
    username: raw.username, name: raw.name, role: raw.role, password: raw.password, sector: raw.sector,
    scopeAreaCode: f.role !== "PUSKESMAS" && f.scopeAreaCode ? f.scopeAreaCode : undefined,
    puskesmasName: f.role === "PUSKESMAS" ? (puskesmas?.name ?? undefined) : undefined,
  };
  const parsed = newUserSchema.safeParse(candidate);
  const fieldErrors = parsed.success ? {} : fieldErrorsOf(parsed.error);
  if (fieldErrors.puskesmasName) fieldErrors.puskesmasId = "Pilih puskesmas";
  if (f.password !== f.passwordConfirm) fieldErrors.passwordConfirm = "Konfirmasi kata sandi tidak sama";
  if (Object.keys(fieldErrors).length > 0) return { ok: false, message: "Periksa kembali isian yang ditandai.", fieldErrors };
  if (!canManage(viewer.role)) return ADMIN_ONLY;
  const scope = scopeOf(viewer);
  if (puskesmas) {
    // createUser finds the puskesmas by name; refuse when that name would resolve to another one.
    const byName = await client.puskesmas.findFirst({ where: { name: puskesmas.name }, select: { id: true } });
    if (!canViewArea(scope, puskesmas.kotaCode) || byName?.id !== puskesmas.id) {
      return { ok: false, message: "Puskesmas di luar wilayah Anda.", fieldErrors: { puskesmasId: "Puskesmas tidak ada di wilayah Anda atau namanya tidak unik" } };
    }
  } else if (!candidate.scopeAreaCode || !canViewArea(scope, candidate.scopeAreaCode)) {
    return { ok: false, message: "Wilayah di luar wilayah Anda.", fieldErrors: { scopeAreaCode: "Pilih wilayah di dalam wilayah Anda" } };
  }
  try {
    const user = await createUser(client, candidate, viewer.id);
    return { ok: true, message: `Pengguna ${user.username} dibuat.` };
  } catch (e) {
    if (e instanceof UserInputError) return { ok: false, message: e.message };
    throw e;
  }
});

/** A user account inside the ADMIN's scope, with the fields the audit records. */
async function managedUser(client: Db, viewer: Viewer, rawId: unknown) {
  const id = idSchema.safeParse(rawId);
  if (!id.success || !canManage(viewer.role)) return null;
  return client.user.findFirst({ where: { AND: [{ id: id.data }, userScopeWhere(scopeOf(viewer))] }, select: USER_STATE });
}
const NO_USER: FormResult = { ok: false, message: "Pengguna tidak ditemukan atau di luar wilayah Anda." };

/** Deactivates (and signs out everywhere) or reactivates (and unlocks) a user. */
export const setUserActive = refuseWhenBusy(async function setUserActive(client: Db, viewer: Viewer, input: unknown): Promise<FormResult> {
  const raw = (input ?? {}) as { userId?: unknown; active?: unknown };
  if (!canManage(viewer.role)) return ADMIN_ONLY;
  const user = await managedUser(client, viewer, raw.userId);
  if (!user) return NO_USER;
  const active = raw.active === true || raw.active === "true";
  if (!active && user.id === viewer.id) return { ok: false, message: "Anda tidak dapat menonaktifkan akun Anda sendiri." };
  if (user.active === active) return { ok: true, message: `Pengguna ${user.username} sudah ${active ? "aktif" : "nonaktif"}.` };
  return client.$transaction(async (tx) => {
    const data = active ? { active, failedLogins: 0, lockedUntil: null } : { active, sessionVersion: { increment: 1 } };
    const after = await tx.user.update({ where: { id: user.id }, data, select: USER_STATE });
    await writeAudit(tx, { userId: viewer.id, action: active ? "ACTIVATE" : "DEACTIVATE", entity: "User", entityId: user.id, before: user, after });
    return { ok: true, message: active ? `Pengguna ${user.username} diaktifkan kembali.` : `Pengguna ${user.username} dinonaktifkan dan dikeluarkan dari semua perangkat.` };
  });
});

/** Sets a new password (argon2id) and signs the user out everywhere. */
export const resetUserPassword = refuseWhenBusy(async function resetUserPassword(client: Db, viewer: Viewer, input: unknown): Promise<FormResult> {
  const raw = (input ?? {}) as { userId?: unknown; password?: unknown; passwordConfirm?: unknown };
  const password = passwordSchema.safeParse(raw.password);
  if (!password.success) return { ok: false, message: password.error.issues[0]?.message ?? "Kata sandi tidak valid", fieldErrors: { password: password.error.issues[0]?.message ?? "" } };
  if (raw.password !== raw.passwordConfirm) return { ok: false, message: "Konfirmasi kata sandi tidak sama.", fieldErrors: { passwordConfirm: "Konfirmasi kata sandi tidak sama" } };
  if (!canManage(viewer.role)) return ADMIN_ONLY;
  const user = await managedUser(client, viewer, raw.userId);
  if (!user) return NO_USER;
  const issue = passwordIssueForUser(password.data, user.username);
  if (issue) return { ok: false, message: issue, fieldErrors: { password: issue } };
  const passwordHash = await hashPassword(password.data);
  return client.$transaction(async (tx) => {
    const after = await tx.user.update({ where: { id: user.id }, data: { passwordHash, sessionVersion: { increment: 1 }, failedLogins: 0, lockedUntil: null }, select: USER_STATE });
    await writeAudit(tx, { userId: viewer.id, action: "RESET_PASSWORD", entity: "User", entityId: user.id, before: user, after });
    return { ok: true, message: `Kata sandi ${user.username} diganti; semua sesinya diakhiri.` };
  });
});

/** "Keluar dari semua perangkat": bumps sessionVersion so every session of the user ends. */
export const signOutUserEverywhere = refuseWhenBusy(async function signOutUserEverywhere(client: Db, viewer: Viewer, input: unknown): Promise<FormResult> {
  if (!canManage(viewer.role)) return ADMIN_ONLY;
  const user = await managedUser(client, viewer, (input as { userId?: unknown } | null)?.userId);
  if (!user) return NO_USER;
  return client.$transaction(async (tx) => {
    const after = await tx.user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } }, select: USER_STATE });
    await writeAudit(tx, { userId: viewer.id, action: "SIGN_OUT_ALL", entity: "User", entityId: user.id, before: user, after });
    return { ok: true, message: `Semua sesi ${user.username} diakhiri.` };
  });
});

/** A form result that may carry a freshly issued plaintext token (shown once, never stored). */
export type TokenResult = FormResult & { token?: string };

const tokenSchema = z.object({
  userId: z.coerce.number({ error: "Pilih pengguna" }).int().positive("Pilih pengguna"),
  name: z.string({ error: "Isi keterangan" }).trim().min(1, "Isi keterangan").max(80, "Keterangan paling banyak 80 karakter"),
});

/** Issues an API token for an active user inside the ADMIN's scope; the plaintext is returned only here. */
export const issueTokenForUser = refuseWhenBusy(async function issueTokenForUser(client: Db, viewer: Viewer, input: unknown): Promise<TokenResult> {
  if (!canManage(viewer.role)) return ADMIN_ONLY;
  const parsed = tokenSchema.safeParse(input ?? {});
  if (!parsed.success) return invalid(parsed.error);
  const user = await managedUser(client, viewer, parsed.data.userId);
  if (!user) return { ...NO_USER, fieldErrors: { userId: "Pengguna tidak ada di wilayah Anda" } };
  if (!user.active) return { ok: false, message: `Pengguna ${user.username} nonaktif; aktifkan dulu sebelum membuat token.`, fieldErrors: { userId: "Pengguna nonaktif" } };
  const issued = await issueApiToken(client, viewer, user.id, parsed.data.name);
  return { ok: true, message: `Token API "${parsed.data.name}" untuk ${user.username} dibuat.`, token: issued.token };
});

/** Revokes an API token of a user inside the ADMIN's scope; requests with it then get 401. */
export const revokeToken = refuseWhenBusy(async function revokeToken(client: Db, viewer: Viewer, input: unknown): Promise<FormResult> {
  if (!canManage(viewer.role)) return ADMIN_ONLY;
  const id = idSchema.safeParse((input as { tokenId?: unknown } | null)?.tokenId);
  if (!id.success) return { ok: false, message: "Nomor token tidak valid." };
  const row = await client.apiToken.findFirst({
    where: { id: id.data, user: userScopeWhere(scopeOf(viewer)) },
    select: { id: true, name: true, revokedAt: true, user: { select: { username: true } } },
  });
  if (!row) return { ok: false, message: "Token tidak ditemukan atau di luar wilayah Anda." };
  const what = `Token API "${row.name}" milik ${row.user.username}`;
  if (row.revokedAt || !(await revokeApiToken(client, viewer, row.id))) return { ok: true, message: `${what} sudah dicabut.` };
  return { ok: true, message: `${what} dicabut.` };
});

type Core = (client: Db, viewer: Viewer, input: unknown) => Promise<FormResult>;
async function run(form: FormData, core: Core, path: string): Promise<FormResult> {
  const viewer = await requireViewer();
  const result = await core(db(), viewer, Object.fromEntries(form));
  if (!result.ok) return { ...result, values: formValues(form) };
  revalidatePath(path);
  revalidatePath("/admin/audit");
  return result;
}

/** Form action: set a target. */
export async function setTargetAction(_prev: FormResult | null, form: FormData): Promise<FormResult> {
  "use server";
  return run(form, setTarget, "/admin/target");
}

/** Form action: delete an area target. */
export async function deleteTargetAction(_prev: FormResult | null, form: FormData): Promise<FormResult> {
  "use server";
  return run(form, deleteTarget, "/admin/target");
}

/** Form action: create a user. */
export async function createUserAction(_prev: FormResult | null, form: FormData): Promise<FormResult> {
  "use server";
  return run(form, createUserInScope, "/admin/pengguna");
}

/** Form action: deactivate or reactivate a user. */
export async function setUserActiveAction(_prev: FormResult | null, form: FormData): Promise<FormResult> {
  "use server";
  return run(form, setUserActive, "/admin/pengguna");
}

/** Form action: reset a user's password. */
export async function resetPasswordAction(_prev: FormResult | null, form: FormData): Promise<FormResult> {
  "use server";
  return run(form, resetUserPassword, "/admin/pengguna");
}

/** Form action: sign a user out of every device. */
export async function signOutEverywhereAction(_prev: FormResult | null, form: FormData): Promise<FormResult> {
  "use server";
  return run(form, signOutUserEverywhere, "/admin/pengguna");
}

/** Form action: issue an API token (the plaintext comes back once in the result). */
export async function issueTokenAction(_prev: TokenResult | null, form: FormData): Promise<TokenResult> {
  "use server";
  return run(form, issueTokenForUser, "/admin/pengguna");
}

/** Form action: revoke an API token. */
export async function revokeTokenAction(_prev: FormResult | null, form: FormData): Promise<FormResult> {
  "use server";
  return run(form, revokeToken, "/admin/pengguna");
}
