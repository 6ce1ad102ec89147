import { beforeAll, describe, expect, it } from "vitest";
import { freshDb, type TestDb } from "../helpers/db";
import { hashPassword } from "@/lib/auth/password";
import { authOptions } from "@/lib/auth/options";

type Authorize = (credentials: Record<string, string>) => Promise<{ id: string; name?: string } | null>;

describe("sign-in (credentials provider)", () => {
  let t: TestDb;
  let authorize: Authorize;
  beforeAll(async () => {
    t = freshDb();
    await t.db.user.create({ data: { username: "camat", name: "Camat", role: "KECAMATAN", passwordHash: await hashPassword("benar12345") } });
    const provider = authOptions().providers[0] as unknown as { options: { authorize: Authorize } };
    authorize = provider.options.authorize;
  });

  it("signs in with the right password and clears earlier failures", async () => {
    await t.db.user.update({ where: { username: "camat" }, data: { failedLogins: 2 } });
    const user = await authorize({ username: "Camat ", password: "benar12345" });
    expect(user?.name).toBe("Camat");
    const row = await t.db.user.findUniqueOrThrow({ where: { username: "camat" } });
    expect(row.failedLogins).toBe(0);
    expect(row.lastLoginAt).not.toBeNull();
  });

  it("refuses a wrong password and an unknown user alike", async () => {
    expect(await authorize({ username: "camat", password: "salah12345" })).toBeNull();
    expect(await authorize({ username: "tidakada", password: "salah12345" })).toBeNull();
    expect(await authorize({ username: "", password: "" })).toBeNull();
  });

  it("locks the account after five failures, even for the right password", async () => {
    await t.db.user.update({ where: { username: "camat" }, data: { failedLogins: 0, lockedUntil: null } });
    for (let i = 0; i < 5; i++) expect(await authorize({ username: "camat", password: `salah${i}xxxxx` })).toBeNull();
    const row = await t.db.user.findUniqueOrThrow({ where: { username: "camat" } });
    expect(row.lockedUntil!.getTime()).toBeGreaterThan(Date.now());
    expect(await authorize({ username: "camat", password: "benar12345" })).toBeNull();
  });

  it("refuses a deactivated user", async () => {
    await t.db.user.update({ where: { username: "camat" }, data: { failedLogins: 0, lockedUntil: null, active: false } });
    expect(await authorize({ username: "camat", password: "benar12345" })).toBeNull();
  });
});
