import { beforeAll, describe, expect, it } from "vitest";
import { demoDb, type DemoDb } from "../helpers/demo-db";
import { createUserInScope, resetUserPassword, setUserActive, signOutUserEverywhere } from "@/lib/actions/admin";
import { listUsers } from "@/lib/queries/admin";
import { loadViewer } from "@/lib/queries/auth";
import { verifyPassword } from "@/lib/auth/password";

describe("user accounts (ADMIN)", () => {
  let t: DemoDb;
  const user = (over: Record<string, unknown> = {}) => ({
    username: "Camat.Utara", name: "Camat Metro Utara", role: "KECAMATAN", scopeAreaCode: "18.72.02", puskesmasId: "",
    password: "utara2026xx", passwordConfirm: "utara2026xx", ...over,
  });
  const counts = async () => ({ users: await t.db.user.count(), audit: await t.db.auditLog.count() });
  const byName = (username: string) => t.db.user.findUniqueOrThrow({ where: { username } });

  beforeAll(async () => {
    t = await demoDb();
  });

  it("creates a user inside the admin's kota through createUser, audited without the hash", async () => {
    const result = await createUserInScope(t.db, t.viewers.admin, user());
    expect(result).toMatchObject({ ok: true });
    const row = await byName("camat.utara");
    expect(row).toMatchObject({ role: "KECAMATAN", scopeAreaCode: "18.72.02", active: true, sessionVersion: 0 });
    expect(await verifyPassword(row.passwordHash, "utara2026xx")).toBe(true);
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { entity: "User", entityId: String(row.id), action: "CREATE" } });
    expect(audit.userId).toBe(t.viewers.admin.id);
    expect(audit.after).not.toContain("passwordHash");
  });

  it("creates a PUSKESMAS user linked to a puskesmas of the kota", async () => {
    const puskesmas = await t.db.puskesmas.findFirstOrThrow({ orderBy: { id: "desc" } });
    const result = await createUserInScope(t.db, t.viewers.admin, user({ username: "op.pkm", role: "PUSKESMAS", scopeAreaCode: "", puskesmasId: String(puskesmas.id) }));
    expect(result.ok).toBe(true);
    expect(await byName("op.pkm")).toMatchObject({ puskesmasId: puskesmas.id, scopeAreaCode: null });
  });

  it.each([
    [{ username: "camat.utara" }, null, 'Nama pengguna "camat.utara" sudah dipakai'],
    [{ username: "prov", role: "ADMIN", scopeAreaCode: "18" }, "scopeAreaCode", "di dalam wilayah Anda"],
    [{ username: "luar", role: "KELURAHAN", scopeAreaCode: "35.73.01.1001" }, "scopeAreaCode", "di dalam wilayah Anda"],
    [{ username: "salah.level", scopeAreaCode: "18.72.01.1001" }, null, "tidak dapat dibatasi pada wilayah tingkat KELURAHAN"],
    [{ username: "pkm.x", role: "PUSKESMAS", scopeAreaCode: "" }, "puskesmasId", "Pilih puskesmas"],
    [{ username: "pkm.y", role: "PUSKESMAS", puskesmasId: "99999" }, "puskesmasId", "Pilih puskesmas"],
    [{ username: "lemah", password: "pendek", passwordConfirm: "pendek" }, "password", "minimal 10 karakter"],
    [{ username: "beda", passwordConfirm: "utara2026xy" }, "passwordConfirm", "tidak sama"],
    [{ username: "x" }, "username", "3–50 karakter"],
  ])("refuses %j, writing nothing", async (over, field, message) => {
    const before = await counts();
    const result = await createUserInScope(t.db, t.viewers.admin, user(over));
    expect(result.ok).toBe(false);
    expect(field ? result.fieldErrors?.[field] : result.message).toContain(message);
    expect(await counts()).toEqual(before);
  });

  it.each(["pimpinan", "camat", "lurah", "puskesmas"] as const)("refuses every user action to %s", async (who) => {
    const before = await counts();
    const target = await byName("camat.utara");
    const viewer = t.viewers[who];
    expect((await createUserInScope(t.db, viewer, user({ username: "tidak.boleh" }))).message).toBe("Hanya admin yang dapat melakukan ini.");
    expect((await setUserActive(t.db, viewer, { userId: String(target.id), active: "false" })).ok).toBe(false);
    expect((await resetUserPassword(t.db, viewer, { userId: target.id, password: "baru2026xxx", passwordConfirm: "baru2026xxx" })).ok).toBe(false);
    expect((await signOutUserEverywhere(t.db, viewer, { userId: target.id })).ok).toBe(false);
    expect(await counts()).toEqual(before);
    expect(await byName("camat.utara")).toMatchObject({ active: true, sessionVersion: 0 });
    expect(await listUsers(viewer)).toEqual([]);
  });

  it("deactivating ends every session (sessionVersion bumped); reactivating unlocks", async () => {
    const target = await byName("camat.utara");
    expect(await loadViewer(target.id, 0)).not.toBeNull();
    const result = await setUserActive(t.db, t.viewers.admin, { userId: String(target.id), active: "false" });
    expect(result.ok).toBe(true);
    const off = await byName("camat.utara");
    expect(off).toMatchObject({ active: false, sessionVersion: 1 });
    expect(await loadViewer(target.id, 0)).toBeNull();
    await t.db.user.update({ where: { id: target.id }, data: { failedLogins: 5, lockedUntil: new Date("2030-01-01") } });
    expect((await setUserActive(t.db, t.viewers.admin, { userId: String(target.id), active: "true" })).ok).toBe(true);
    expect(await byName("camat.utara")).toMatchObject({ active: true, sessionVersion: 1, failedLogins: 0, lockedUntil: null });
    const audits = await t.db.auditLog.findMany({ where: { entity: "User", entityId: String(target.id) }, orderBy: { id: "asc" } });
    expect(audits.map((a) => a.action)).toEqual(["CREATE", "DEACTIVATE", "ACTIVATE"]);
    expect(JSON.parse(audits[1]!.after!)).toMatchObject({ active: false, sessionVersion: 1 });
  });

  it("an admin cannot deactivate their own account", async () => {
    const result = await setUserActive(t.db, t.viewers.admin, { userId: t.viewers.admin.id, active: "false" });
    expect(result).toMatchObject({ ok: false, message: "Anda tidak dapat menonaktifkan akun Anda sendiri." });
    expect((await t.db.user.findUniqueOrThrow({ where: { id: t.viewers.admin.id } })).active).toBe(true);
  });

  it("resets a password with the password rules and signs the user out everywhere", async () => {
    const target = await byName("camat.utara");
    const weak = await resetUserPassword(t.db, t.viewers.admin, { userId: target.id, password: "hanyahuruf", passwordConfirm: "hanyahuruf" });
    expect(weak.fieldErrors?.password).toContain("huruf dan angka");
    const common = await resetUserPassword(t.db, t.viewers.admin, { userId: target.id, password: "posyandu2026", passwordConfirm: "posyandu2026" });
    expect(common.fieldErrors?.password).toBe("Kata sandi terlalu mudah ditebak; pilih kombinasi lain");
    const own = await resetUserPassword(t.db, t.viewers.admin, { userId: target.id, password: "camat.utara99", passwordConfirm: "camat.utara99" });
    expect(own.fieldErrors?.password).toBe("Kata sandi tidak boleh memuat nama pengguna");
    expect((await byName("camat.utara")).sessionVersion).toBe(target.sessionVersion);
    const result = await resetUserPassword(t.db, t.viewers.admin, { userId: target.id, password: "baru2026xxx", passwordConfirm: "baru2026xxx" });
    expect(result.ok).toBe(true);
    const row = await byName("camat.utara");
    expect(await verifyPassword(row.passwordHash, "baru2026xxx")).toBe(true);
    expect(row.sessionVersion).toBe(2);
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { entity: "User", entityId: String(target.id), action: "RESET_PASSWORD" } });
    expect(`${audit.before}${audit.after}`).not.toMatch(/passwordHash|argon2|baru2026/);
  });

  it("'keluar dari semua perangkat' bumps sessionVersion", async () => {
    const target = await byName("camat.utara");
    expect((await signOutUserEverywhere(t.db, t.viewers.admin, { userId: target.id })).ok).toBe(true);
    expect((await byName("camat.utara")).sessionVersion).toBe(target.sessionVersion + 1);
    expect(await loadViewer(target.id, target.sessionVersion)).toBeNull();
  });

  it("lists the kota's users without password hashes", async () => {
    const users = await listUsers(t.viewers.admin);
    expect(users.map((u) => u.username)).toEqual(expect.arrayContaining(["admin", "pimpinan", "camat", "lurah", "puskesmas", "camat.utara", "op.pkm"]));
    expect(JSON.stringify(users)).not.toMatch(/passwordHash|argon2/);
    expect(users.find((u) => u.username === "op.pkm")?.puskesmas?.name).toBeTruthy();
  });

  it("does not touch users outside the admin's scope", async () => {
    await t.db.area.upsert({ where: { code: "18.71" }, create: { code: "18.71", level: "KOTA", parentCode: "18", name: "Kota Bandar Lampung", source: "uji" }, update: {} });
    const outsider = await t.db.user.create({ data: { username: "luar.kota", name: "Admin lain", role: "ADMIN", scopeAreaCode: "18.71", passwordHash: "x" } });
    expect((await setUserActive(t.db, t.viewers.admin, { userId: outsider.id, active: "false" })).message).toBe("Pengguna tidak ditemukan atau di luar wilayah Anda.");
    expect((await signOutUserEverywhere(t.db, t.viewers.admin, { userId: outsider.id })).ok).toBe(false);
    expect(await byName("luar.kota")).toMatchObject({ active: true, sessionVersion: 0 });
    expect((await listUsers(t.viewers.admin)).map((u) => u.username)).not.toContain("luar.kota");
  });
});
