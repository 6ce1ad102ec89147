import { beforeAll, describe, expect, it } from "vitest";
import { freshDb, type TestDb } from "../helpers/db";
import { loadWilayah } from "@/lib/wilayah/load";
import { createUser, UserInputError } from "@/lib/users/create-user";
import { verifyPassword } from "@/lib/auth/password";

describe("creating users (npm run pengguna -- tambah)", () => {
  let t: TestDb;
  beforeAll(async () => {
    t = freshDb();
    await loadWilayah(t.db, "18.72");
    await t.db.puskesmas.create({ data: { name: "Puskesmas Metro", kotaCode: "18.72", wilayah: { create: [{ areaCode: "18.72.01.1001" }] } } });
  });

  it("creates a scoped user with a hashed password and an audit entry", async () => {
    const u = await createUser(t.db, { username: "Camat.Utara", name: "Camat Metro Utara", role: "KECAMATAN", scopeAreaCode: "18.72.02", password: "utara2026xx" }, null);
    expect(u).toMatchObject({ username: "camat.utara", role: "KECAMATAN", scopeAreaCode: "18.72.02" });
    const row = await t.db.user.findUniqueOrThrow({ where: { id: u.id } });
    expect(await verifyPassword(row.passwordHash, "utara2026xx")).toBe(true);
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { entity: "User", entityId: String(u.id) } });
    expect(audit.after).not.toContain("passwordHash");
  });

  it("links a PUSKESMAS user to its puskesmas", async () => {
    const u = await createUser(t.db, { username: "op.metro", name: "Operator", role: "PUSKESMAS", puskesmasName: "Puskesmas Metro", sector: "puskesmas", password: "operator2026" }, null);
    expect(u.puskesmasId).not.toBeNull();
    expect(u.sector).toBe("PUSKESMAS"); // the OPD that may update meeting actions it owns
    expect(u.scopeAreaCode).toBeNull();
  });

  it.each([
    [{ username: "camat.utara", name: "Lagi", role: "KECAMATAN", scopeAreaCode: "18.72.02", password: "utara2026xx" }, 'Nama pengguna "camat.utara" sudah dipakai'],
    [{ username: "salah.level", name: "Salah", role: "KECAMATAN", scopeAreaCode: "18.72.01.1001", password: "utara2026xx" }, "tidak dapat dibatasi pada wilayah tingkat KELURAHAN"],
    [{ username: "tak.dimuat", name: "Luar", role: "KELURAHAN", scopeAreaCode: "35.73.01.1001", password: "utara2026xx" }, "Kode wilayah 35.73.01.1001 belum dimuat"],
    [{ username: "pkm.x", name: "Op", role: "PUSKESMAS", password: "utara2026xx" }, "wajib menyebut puskesmasnya"],
    [{ username: "opd.x", name: "Op", role: "KECAMATAN", scopeAreaCode: "18.72.02", sector: "DINAS_X", password: "utara2026xx" }, "OPD harus salah satu dari"],
    [{ username: "pkm.y", name: "Op", role: "PUSKESMAS", puskesmasName: "Puskesmas Entah", password: "utara2026xx" }, 'Puskesmas "Puskesmas Entah" tidak ditemukan'],
    [{ username: "lemah", name: "Op", role: "ADMIN", scopeAreaCode: "18.72", password: "pendek" }, "Kata sandi minimal 10 karakter"],
    [{ username: "peran", name: "Op", role: "SUPERADMIN", scopeAreaCode: "18.72", password: "utara2026xx" }, "Peran harus salah satu dari"],
  ])("rejects %j: %s, writing nothing", async (input, message) => {
    const before = await t.db.user.count();
    const error = await createUser(t.db, input, null).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserInputError);
    expect((error as Error).message).toContain(message);
    expect(await t.db.user.count()).toBe(before);
  });
});
