import { afterEach, describe, expect, it, vi } from "vitest";
import { encode } from "next-auth/jwt";
import { sessionFromCookies } from "@/lib/auth/session-token";

const SECRET = "rahasia-uji-sesi-0123456789abcdef";
const NAME = "next-auth.session-token";
const jar = (value: string, name = NAME) => ({ getAll: () => [{ name, value }] });

describe("session cookie decoding (remembered per token)", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("gives the user id and session version of a signed-in browser, again and again", async () => {
    const token = await encode({ token: { uid: 7, sv: 2 }, secret: SECRET, maxAge: 3600 });
    for (let i = 0; i < 3; i++) expect(await sessionFromCookies(jar(token), SECRET, false)).toMatchObject({ uid: 7, sv: 2 });
  });

  it("signs out a browser whose token expired, even after the token was accepted before", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-11-30T08:00:00Z"));
    const token = await encode({ token: { uid: 7, sv: 0 }, secret: SECRET, maxAge: 60 });
    expect(await sessionFromCookies(jar(token), SECRET, false)).toMatchObject({ uid: 7 });
    vi.setSystemTime(new Date("2026-11-30T08:05:00Z"));
    expect(await sessionFromCookies(jar(token), SECRET, false)).toBeNull();
  });

  it("refuses a token made with another secret, a tampered token and no cookie", async () => {
    const other = await encode({ token: { uid: 7, sv: 0 }, secret: "rahasia-lain-0123456789abcdefghij", maxAge: 3600 });
    expect(await sessionFromCookies(jar(other), SECRET, false)).toBeNull();
    const good = await encode({ token: { uid: 7, sv: 0 }, secret: SECRET, maxAge: 3600 });
    expect(await sessionFromCookies(jar(good), SECRET, false)).toMatchObject({ uid: 7 });
    // The same token checked under a different secret is not answered from what the first secret decoded.
    expect(await sessionFromCookies(jar(good), "rahasia-lain-0123456789abcdefghij", false)).toBeNull();
    expect(await sessionFromCookies(jar(`${good.slice(0, -4)}AAAA`), SECRET, false)).toBeNull();
    expect(await sessionFromCookies({ getAll: () => [] }, SECRET, false)).toBeNull();
  });

  it("reads the secure cookie name over HTTPS only", async () => {
    const token = await encode({ token: { uid: 9, sv: 0 }, secret: SECRET, maxAge: 3600 });
    expect(await sessionFromCookies(jar(token, `__Secure-${NAME}`), SECRET, true)).toMatchObject({ uid: 9 });
    expect(await sessionFromCookies(jar(token, `__Secure-${NAME}`), SECRET, false)).toBeNull();
  });
});
