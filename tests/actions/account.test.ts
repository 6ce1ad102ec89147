import { beforeAll, describe, expect, it } from "vitest";
import { decode, encode, type JWT } from "next-auth/jwt";
import type { User } from "next-auth";
import { freshDb, type TestDb } from "../helpers/db";
import { hashPassword } from "@/lib/auth/password";
import { authOptions } from "@/lib/auth/options";
import { authSecret } from "@/lib/env";
import { loadViewer } from "@/lib/queries/auth";
import { signOutOwnSessions } from "@/lib/actions/account";

type Authorize = (credentials: Record<string, string>, req: { headers: Record<string, string> }) => Promise<User | null>;

describe("keluar dari semua perangkat (own account)", () => {
  let t: TestDb;
  let authorize: Authorize;

  /** A session cookie value exactly as next-auth issues it after the credentials check. */
  async function signIn(username: string, ip: string): Promise<string> {
    const user = await authorize({ username, password: "benar12345" }, { headers: { "x-forwarded-for": ip } });
    expect(user).not.toBeNull();
    const jwt = authOptions().callbacks!.jwt!;
    const token = await jwt({ token: { name: user!.name }, user: user!, account: null, trigger: "signIn" });
    return encode({ token: token as JWT, secret: authSecret() });
  }
  /** What every page does with the cookie: decode, then re-check against the database. */
  async function viewerOf(cookie: string) {
    const token = await decode({ token: cookie, secret: authSecret() });
    return loadViewer(token!.uid as number, token!.sv as number);
  }

  beforeAll(async () => {
    t = freshDb();
    const passwordHash = await hashPassword("benar12345");
    for (const username of ["lurah", "camat"]) await t.db.user.create({ data: { username, name: `Pak ${username}`, role: "KECAMATAN", passwordHash } });
    authorize = (authOptions().providers[0] as unknown as { options: { authorize: Authorize } }).options.authorize;
  });

  it("ends every session of the user (this one too), leaves other users alone, and is audited", async () => {
    const laptop = await signIn("lurah", "203.0.113.1");
    const phone = await signIn("lurah", "198.51.100.1");
    const other = await signIn("camat", "203.0.113.1");
    const viewer = (await viewerOf(laptop))!;
    expect(viewer.username).toBe("lurah");
    expect(await viewerOf(phone)).toMatchObject({ username: "lurah" });

    expect(await signOutOwnSessions(t.db, viewer)).toEqual({ ok: true, message: "Semua sesi Anda telah diakhiri. Silakan masuk kembali." });

    expect(await viewerOf(laptop)).toBeNull();
    expect(await viewerOf(phone)).toBeNull();
    expect(await viewerOf(other)).toMatchObject({ username: "camat" });
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { action: "SIGN_OUT_ALL", entityId: String(viewer.id) } });
    expect(audit.userId).toBe(viewer.id);
    expect(JSON.parse(audit.after!)).toMatchObject({ username: "lurah", sessionVersion: 1 });
  });

  it("lets the user sign in again afterwards with a new session", async () => {
    const again = await signIn("lurah", "203.0.113.1");
    expect(await viewerOf(again)).toMatchObject({ username: "lurah" });
  });
});
