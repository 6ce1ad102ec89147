import { beforeAll, describe, expect, it } from "vitest";
import { freshDb, type TestDb } from "../helpers/db";
import { issueApiToken, revokeApiToken, userIdForToken } from "@/lib/auth/api-token";

describe("API tokens", () => {
  let t: TestDb;
  let userId: number;
  beforeAll(async () => {
    t = freshDb();
    userId = (await t.db.user.create({ data: { username: "u", name: "U", role: "PIMPINAN", passwordHash: "x" } })).id;
  });
  it("stores only a hash, resolves the bearer token to its user, and stops after revocation", async () => {
    const { id, token } = await issueApiToken(t.db, null, userId, "dasbor");
    const row = await t.db.apiToken.findUniqueOrThrow({ where: { id } });
    expect(row.tokenHash).not.toContain(token.slice(3));
    expect(await userIdForToken(t.db, `Bearer ${token}`)).toBe(userId);
    expect((await t.db.apiToken.findUniqueOrThrow({ where: { id } })).lastUsedAt).not.toBeNull();
    expect(await revokeApiToken(t.db, null, id)).toBe(true);
    expect(await userIdForToken(t.db, `Bearer ${token}`)).toBeNull();
  });
  it.each([null, "", "Bearer", "Basic abc", "Bearer pp_' OR 1=1 --", `Bearer pp_${"x".repeat(40)}`])("refuses %j", async (header) => {
    expect(await userIdForToken(t.db, header)).toBeNull();
  });
});
