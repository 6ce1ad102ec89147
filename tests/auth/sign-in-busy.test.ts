// Sign-in while another connection holds the write lock (a large import): every
// attempt is refused with the busy error, right password or wrong, known user or
// not, so the answer reveals nothing and lets no one in; and nothing is counted
// (no failed attempt, no IP failure, no lock, no last-login stamp). Once the lock
// is free the same attempts behave as always. An API request still gets its
// answer while busy; only its last-used stamp is skipped.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import Database from "better-sqlite3";
import { freshDb, type TestDb } from "../helpers/db";
import { fingerprint } from "../helpers/crash-db";
import { hashPassword } from "@/lib/auth/password";
import { authOptions } from "@/lib/auth/options";
import { issueApiToken, userIdForToken } from "@/lib/auth/api-token";
import { ACCOUNT_LOCK_AFTER, LOGIN_BUSY_MESSAGE, LOGIN_FAILED_MESSAGE, SIGN_IN_BUSY, signInErrorMessage } from "@/lib/auth/limits";

type Authorize = (credentials: Record<string, string>, req: { headers: Record<string, string> }) => Promise<{ id: string; name?: string } | null>;

describe("sign-in and API tokens while the database is busy", () => {
  let t: TestDb;
  let authorize: Authorize;
  let holder: Database.Database;
  const attempt = (username: string, password: string) => authorize({ username, password }, { headers: { "x-forwarded-for": "203.0.113.9" } });

  beforeAll(async () => {
    t = freshDb({ busyTimeoutMs: 200 });
    await t.db.user.create({ data: { username: "camat", name: "Camat", role: "KECAMATAN", passwordHash: await hashPassword("benar12345") } });
    await t.db.user.create({ data: { username: "nonaktif", name: "Nonaktif", role: "KECAMATAN", active: false, passwordHash: await hashPassword("benar12345") } });
    authorize = (authOptions().providers[0] as unknown as { options: { authorize: Authorize } }).options.authorize;
    holder = new Database(t.path, { fileMustExist: true });
  });
  afterAll(() => holder?.close());

  it("refuses every attempt alike with the busy error and records nothing", async () => {
    const before = fingerprint(holder, ["User", "LoginThrottle"]);
    holder.exec("BEGIN IMMEDIATE");
    const answers: string[] = [];
    try {
      // More wrong passwords than the account lock allows: none of them may count.
      for (let i = 0; i <= ACCOUNT_LOCK_AFTER; i++) answers.push(await attempt("camat", `salah${i}xxxxx`).then(() => "masuk", (e: Error) => e.message));
      for (const [username, password] of [["camat", "benar12345"], ["tidakada", "benar12345"], ["nonaktif", "benar12345"]] as const) {
        answers.push(await attempt(username, password).then((u) => (u ? "masuk" : "ditolak"), (e: Error) => e.message));
      }
    } finally {
      holder.exec("ROLLBACK");
    }
    expect(answers).toEqual(Array(ACCOUNT_LOCK_AFTER + 4).fill(SIGN_IN_BUSY));
    expect(fingerprint(holder, ["User", "LoginThrottle"])).toEqual(before);
    const camat = await t.db.user.findUniqueOrThrow({ where: { username: "camat" } });
    expect([camat.failedLogins, camat.lockedUntil, camat.lastLoginAt]).toEqual([0, null, null]);
    expect(await t.db.loginThrottle.count()).toBe(0);
  });

  it("once the lock is free: a wrong password counts once, the right one signs in", async () => {
    expect(await attempt("camat", "salahxxxxx1")).toBeNull();
    expect((await t.db.user.findUniqueOrThrow({ where: { username: "camat" } })).failedLogins).toBe(1);
    expect((await t.db.loginThrottle.findFirstOrThrow()).failures).toBe(1);
    expect(await attempt("camat", "benar12345")).toMatchObject({ name: "Camat" });
    const camat = await t.db.user.findUniqueOrThrow({ where: { username: "camat" } });
    expect(camat.failedLogins).toBe(0);
    expect(camat.lastLoginAt).not.toBeNull();
  });

  it("an API token is still accepted while busy, without its last-used stamp", async () => {
    const camat = await t.db.user.findUniqueOrThrow({ where: { username: "camat" } });
    const { id, token } = await issueApiToken(t.db, null, camat.id, "dasbor");
    holder.exec("BEGIN IMMEDIATE");
    try {
      expect(await userIdForToken(t.db, `Bearer ${token}`)).toBe(camat.id);
    } finally {
      holder.exec("ROLLBACK");
    }
    expect((await t.db.apiToken.findUniqueOrThrow({ where: { id } })).lastUsedAt).toBeNull();
    expect(await userIdForToken(t.db, `Bearer ${token}`)).toBe(camat.id);
    expect((await t.db.apiToken.findUniqueOrThrow({ where: { id } })).lastUsedAt).not.toBeNull();
  });

  it("the form shows the busy message for the busy error and the one failure message for everything else", () => {
    expect(signInErrorMessage(SIGN_IN_BUSY)).toBe(LOGIN_BUSY_MESSAGE);
    expect(LOGIN_BUSY_MESSAGE).toBe("Basis data sedang sibuk (misalnya ada impor besar); coba masuk lagi sebentar lagi.");
    for (const error of ["CredentialsSignin", "Configuration", "", null, undefined]) expect(signInErrorMessage(error)).toBe(LOGIN_FAILED_MESSAGE);
  });
});
