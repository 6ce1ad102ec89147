import { beforeAll, describe, expect, it } from "vitest";
import { demoDb, type DemoDb } from "../helpers/demo-db";
import { issueTokenForUser, revokeToken } from "@/lib/actions/admin";
import { listApiTokens } from "@/lib/queries/admin";
import { issueApiToken, userIdForToken } from "@/lib/auth/api-token";

describe("API tokens (ADMIN, /admin/pengguna)", () => {
  let t: DemoDb;
  let token = "";
  let tokenId = 0;
  const bearer = (v: string) => `Bearer ${v}`;
  const counts = async () => ({ tokens: await t.db.apiToken.count(), audit: await t.db.auditLog.count() });

  beforeAll(async () => {
    t = await demoDb();
  });

  it("issues a token for a user in scope; the plaintext resolves to that user and only its hash is stored", async () => {
    const camat = t.viewers.camat;
    const result = await issueTokenForUser(t.db, t.viewers.admin, { userId: String(camat.id), name: "  Dasbor kecamatan  " });
    expect(result).toMatchObject({ ok: true, message: expect.stringContaining("Dasbor kecamatan") });
    token = result.token!;
    expect(token).toMatch(/^pp_[A-Za-z0-9_-]{20,}$/);
    const row = await t.db.apiToken.findFirstOrThrow({ where: { userId: camat.id } });
    tokenId = row.id;
    expect(row.name).toBe("Dasbor kecamatan");
    expect(row.tokenHash).not.toContain(token);
    expect(await userIdForToken(t.db, bearer(token))).toBe(camat.id);
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { entity: "ApiToken", entityId: String(row.id), action: "CREATE" } });
    expect(audit.userId).toBe(t.viewers.admin.id);
    expect(`${audit.before}${audit.after}`).not.toContain(token);
    expect(`${audit.before}${audit.after}`).not.toContain(row.tokenHash);
  });

  it("lists the scope's tokens newest first, never with the hash or the token", async () => {
    await issueTokenForUser(t.db, t.viewers.admin, { userId: t.viewers.lurah.id, name: "Kedua" });
    const rows = await listApiTokens(t.viewers.admin);
    expect(rows.map((r) => r.name)).toEqual(["Kedua", "Dasbor kecamatan"]);
    expect(rows[1]).toMatchObject({ id: tokenId, revokedAt: null, user: { username: "camat" } });
    expect(rows[1]!.lastUsedAt).toBeInstanceOf(Date);
    const hashes = (await t.db.apiToken.findMany({ select: { tokenHash: true } })).map((r) => r.tokenHash);
    const json = JSON.stringify(rows);
    expect(json).not.toContain("tokenHash");
    expect(json).not.toContain(token);
    for (const h of hashes) expect(json).not.toContain(h);
  });

  it.each<[Record<string, string>, string, string]>([
    [{ userId: "", name: "x" }, "userId", "Pilih pengguna"],
    [{ name: "x" }, "userId", "Pilih pengguna"],
    [{ userId: "camat", name: "   " }, "name", "Isi keterangan"],
    [{ userId: "camat", name: "a".repeat(81) }, "name", "paling banyak 80"],
  ])("refuses invalid input %j, writing nothing", async (input, field, message) => {
    const before = await counts();
    const withId = { ...input, userId: input.userId === "camat" ? String(t.viewers.camat.id) : input.userId };
    const result = await issueTokenForUser(t.db, t.viewers.admin, withId);
    expect(result.ok).toBe(false);
    expect(result.token).toBeUndefined();
    expect(result.fieldErrors?.[field]).toContain(message);
    expect(await counts()).toEqual(before);
  });

  it("refuses a nonexistent, an out-of-scope and an inactive user", async () => {
    const outside = await t.db.user.create({ data: { username: "tanpa.wilayah", name: "Tanpa wilayah", passwordHash: "x", role: "KELURAHAN" } });
    const inactive = await t.db.user.create({ data: { username: "nonaktif", name: "Nonaktif", passwordHash: "x", role: "KECAMATAN", scopeAreaCode: t.viewers.camat.scopeAreaCode, active: false } });
    const before = await counts();
    for (const userId of [999999, outside.id]) {
      const result = await issueTokenForUser(t.db, t.viewers.admin, { userId, name: "x" });
      expect(result).toMatchObject({ ok: false, message: "Pengguna tidak ditemukan atau di luar wilayah Anda." });
      expect(result.token).toBeUndefined();
    }
    const off = await issueTokenForUser(t.db, t.viewers.admin, { userId: inactive.id, name: "x" });
    expect(off).toMatchObject({ ok: false, fieldErrors: { userId: "Pengguna nonaktif" } });
    expect(await counts()).toEqual(before);
  });

  it.each(["pimpinan", "camat", "lurah", "puskesmas"] as const)("refuses issuing, revoking and listing to %s", async (who) => {
    const viewer = t.viewers[who];
    const before = await counts();
    const issued = await issueTokenForUser(t.db, viewer, { userId: viewer.id, name: "Milik sendiri" });
    expect(issued).toMatchObject({ ok: false, message: "Hanya admin yang dapat melakukan ini." });
    expect(issued.token).toBeUndefined();
    expect(await revokeToken(t.db, viewer, { tokenId: String(tokenId) })).toMatchObject({ ok: false, message: "Hanya admin yang dapat melakukan ini." });
    expect(await listApiTokens(viewer)).toEqual([]);
    expect(await counts()).toEqual(before);
    expect(await userIdForToken(t.db, bearer(token))).toBe(t.viewers.camat.id);
  });

  it("refuses revoking an unknown token or one of a user outside the scope, which is also not listed", async () => {
    const outside = await t.db.user.findUniqueOrThrow({ where: { username: "tanpa.wilayah" } });
    const foreign = await issueApiToken(t.db, null, outside.id, "Di luar wilayah");
    expect((await listApiTokens(t.viewers.admin)).map((r) => r.id)).not.toContain(foreign.id);
    for (const id of [foreign.id, 999999, "abc"]) expect((await revokeToken(t.db, t.viewers.admin, { tokenId: id })).ok).toBe(false);
    expect(await userIdForToken(t.db, bearer(foreign.token))).toBe(outside.id);
  });

  it("revokes a token: the bearer is refused afterwards, audited, and revoking again is harmless", async () => {
    const result = await revokeToken(t.db, t.viewers.admin, { tokenId: String(tokenId) });
    expect(result).toMatchObject({ ok: true, message: 'Token API "Dasbor kecamatan" milik camat dicabut.' });
    expect(await userIdForToken(t.db, bearer(token))).toBeNull();
    expect((await listApiTokens(t.viewers.admin)).find((r) => r.id === tokenId)?.revokedAt).toBeInstanceOf(Date);
    expect(await t.db.auditLog.count({ where: { entity: "ApiToken", entityId: String(tokenId), action: "REVOKE", userId: t.viewers.admin.id } })).toBe(1);
    const before = await counts();
    expect((await revokeToken(t.db, t.viewers.admin, { tokenId })).message).toContain("sudah dicabut");
    expect(await counts()).toEqual(before);
  });
});
