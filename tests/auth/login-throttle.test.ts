import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { freshDb, type TestDb } from "../helpers/db";
import { hashPassword } from "@/lib/auth/password";
import { authOptions } from "@/lib/auth/options";
import { IP_FAILURE_LIMIT, LOGIN_WAIT_MINUTES } from "@/lib/auth/limits";
import { recordThrottleFailure, throttledUntil, throttleKey } from "@/lib/queries/login-throttle";
import { resetEnvCache } from "@/lib/env";

type Authorize = (credentials: Record<string, string>, req: { headers: Record<string, string> }) => Promise<{ id: string } | null>;

describe("sign-in throttle per client IP and per account", () => {
  let t: TestDb;
  let authorize: Authorize;
  const from = (ip: string) => ({ headers: { "x-forwarded-for": ip } });
  const attempt = (username: string, password: string, ip: string) => authorize({ username, password }, from(ip));

  beforeAll(async () => {
    t = freshDb();
    const passwordHash = await hashPassword("benar12345");
    for (const username of ["camat", "lurah", "bidan"]) await t.db.user.create({ data: { username, name: username, role: "KECAMATAN", passwordHash } });
    authorize = (authOptions().providers[0] as unknown as { options: { authorize: Authorize } }).options.authorize;
  });
  beforeEach(async () => {
    await t.db.loginThrottle.deleteMany();
    await t.db.user.updateMany({ data: { failedLogins: 0, lockedUntil: null } });
  });
  afterEach(() => {
    delete process.env.TRUST_PROXY;
    resetEnvCache();
  });

  it(`refuses a client after ${IP_FAILURE_LIMIT} failures across accounts, even with a right password; other clients are unaffected`, async () => {
    const users = ["camat", "lurah", "bidan", "tidakada"];
    for (let i = 0; i < IP_FAILURE_LIMIT; i++) expect(await attempt(users[i % users.length]!, `salah${i}xxxxx`, "203.0.113.7")).toBeNull();
    // No account reached its own lock (at most 3 failures each), so only the IP throttle refuses this.
    expect((await t.db.user.findMany({ where: { lockedUntil: { not: null } } })).length).toBe(0);
    expect(await attempt("camat", "benar12345", "203.0.113.7")).toBeNull();
    expect(await attempt("camat", "benar12345", "198.51.100.2")).toMatchObject({ name: "camat" });
  });

  it("counts one failure less than the limit without refusing", async () => {
    for (let i = 0; i < IP_FAILURE_LIMIT - 1; i++) await attempt("tidakada", "salah12345", "203.0.113.8");
    expect(await attempt("lurah", "benar12345", "203.0.113.8")).toMatchObject({ name: "lurah" });
  });

  it("stores an HMAC of the address, never the address", async () => {
    await attempt("tidakada", "salah12345", "203.0.113.9");
    const rows = await t.db.loginThrottle.findMany();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.key).toBe(throttleKey("203.0.113.9"));
    expect(JSON.stringify(rows)).not.toContain("203.0.113");
  });

  it("opens the client again when the window has passed, and a new window then counts from one", async () => {
    const key = throttleKey("192.0.2.1");
    const start = new Date("2026-11-01T08:00:00Z");
    for (let i = 0; i < IP_FAILURE_LIMIT; i++) await recordThrottleFailure(key, new Date(start.getTime() + i * 1000));
    const end = new Date(start.getTime() + LOGIN_WAIT_MINUTES * 60_000);
    expect(await throttledUntil(key, new Date(start.getTime() + 60_000))).toEqual(end);
    expect(await throttledUntil(key, new Date(end.getTime() - 1))).toEqual(end);
    expect(await throttledUntil(key, end)).toBeNull();
    // The first failure after the window deletes the old count (and every other expired row).
    await recordThrottleFailure(throttleKey("192.0.2.2"), start);
    await recordThrottleFailure(key, new Date(end.getTime() + 1000));
    const rows = await t.db.loginThrottle.findMany();
    expect(rows.map((r) => [r.key, r.failures])).toEqual([[key, 1]]);
  });

  it("loses no failure when many are recorded at once", async () => {
    const key = throttleKey("192.0.2.3");
    const now = new Date();
    await Promise.all(Array.from({ length: 12 }, () => recordThrottleFailure(key, now)));
    expect((await t.db.loginThrottle.findUniqueOrThrow({ where: { key } })).failures).toBe(12);
  });

  it("ignores a client-written X-Forwarded-For entry unless a proxy is trusted, then takes the proxy's entry", async () => {
    // Without TRUST_PROXY proxy.ts leaves one address; with it, the rightmost entry is the one the proxy saw.
    process.env.TRUST_PROXY = "1";
    resetEnvCache();
    for (let i = 0; i < IP_FAILURE_LIMIT; i++) await attempt("tidakada", "salah12345", `10.9.9.${i}, 203.0.113.50`);
    expect(await attempt("camat", "benar12345", "10.0.0.1, 203.0.113.50")).toBeNull();
    expect(await attempt("camat", "benar12345", "203.0.113.50, 203.0.113.51")).toMatchObject({ name: "camat" });
  });

  it("locks an account after five failures from any mix of addresses; the lock holds from a fresh address", async () => {
    for (let i = 0; i < 5; i++) expect(await attempt("bidan", `salah${i}xxxxx`, `198.51.100.${10 + i}`)).toBeNull();
    expect(await attempt("bidan", "benar12345", "198.51.100.99")).toBeNull();
    const row = await t.db.user.findUniqueOrThrow({ where: { username: "bidan" } });
    expect(row.lockedUntil!.getTime()).toBeGreaterThan(Date.now() + (LOGIN_WAIT_MINUTES - 1) * 60_000);
    // When the lock has run out, the right password works again and clears the counter.
    await t.db.user.update({ where: { username: "bidan" }, data: { lockedUntil: new Date(Date.now() - 1000) } });
    expect(await attempt("bidan", "benar12345", "198.51.100.99")).toMatchObject({ name: "bidan" });
    expect((await t.db.user.findUniqueOrThrow({ where: { username: "bidan" } })).failedLogins).toBe(0);
  });

  it("answers wrong user, wrong password, locked account and throttled client alike (null, nothing thrown)", async () => {
    await t.db.user.update({ where: { username: "lurah" }, data: { lockedUntil: new Date(Date.now() + 60_000) } });
    for (let i = 0; i < IP_FAILURE_LIMIT; i++) await recordThrottleFailure(throttleKey("192.0.2.77"), new Date());
    const outcomes = await Promise.allSettled([
      attempt("tidakada", "benar12345", "192.0.2.70"),
      attempt("camat", "salah12345", "192.0.2.71"),
      attempt("lurah", "benar12345", "192.0.2.72"),
      attempt("camat", "benar12345", "192.0.2.77"),
    ]);
    expect(outcomes).toEqual(Array(4).fill({ status: "fulfilled", value: null }));
  });
});
