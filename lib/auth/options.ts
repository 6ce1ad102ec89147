// next-auth (v4) configuration: username + password, JWT sessions that are
// re-checked against the database on every request (lib/auth/viewer.ts).
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "../validations/z";
import { authSecret, env, secureCookies } from "../env";
import { dummyPasswordHash, verifyPassword } from "./password";
import { findLoginUser, recordFailedLogin, recordLogin } from "../queries/auth";
import { recordThrottleFailure, throttledUntil, throttleKey } from "../queries/login-throttle";
import { clientIp, throttleBucket } from "./client-ip";
import { SIGN_IN_BUSY } from "./limits";
import { db } from "../db/client";
import { BUSY, unlessBusy } from "../db/busy";

const credentialsSchema = z.object({
  username: z.string().trim().toLowerCase().min(1).max(100),
  password: z.string().min(1).max(200),
});

const SESSION_HOURS = 8;

/** Built on first use so a missing secret fails at request time with a clear message, not during `next build`. */
let cached: NextAuthOptions | undefined;
export function authOptions(): NextAuthOptions {
  cached ??= buildOptions();
  return cached;
}

function buildOptions(): NextAuthOptions {
  return {
  secret: authSecret(),
  session: { strategy: "jwt", maxAge: SESSION_HOURS * 3600 },
  pages: { signIn: "/masuk" },
  // Must match proxy.ts getToken({ secureCookie }) or the proxy looks for the wrong cookie name.
  // next-auth's defaults already make every cookie httpOnly and SameSite=Lax (tests/e2e/security).
  useSecureCookies: secureCookies(),
  providers: [
    CredentialsProvider({
      name: "Nama pengguna",
      credentials: { username: { label: "Nama pengguna", type: "text" }, password: { label: "Kata sandi", type: "password" } },
      async authorize(raw, req) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) return null;
        const now = new Date();
        const clientKey = throttleKey(throttleBucket(clientIp(req?.headers, env().TRUST_PROXY)));
        // A throttled client is refused before hashing (no CPU to burn) with the same null as a wrong password.
        if (await throttledUntil(clientKey, now)) return null;
        const user = await findLoginUser(parsed.data.username);
        // Verify against a dummy hash for unknown users so timing does not reveal who exists.
        const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), parsed.data.password);
        const locked = !!user?.lockedUntil && user.lockedUntil > now;
        const refused = !user || !user.active || locked || !ok;
        // The attempt's bookkeeping lands whole or not at all. When the database stays busy (a large import)
        // every attempt is refused alike, right password or not, and counts for nothing: the answer reveals nothing.
        const recorded = await unlessBusy(() => db().$transaction(async (tx) => {
          if (refused) {
            await recordThrottleFailure(clientKey, now, tx);
            if (user?.active && !locked) await recordFailedLogin(user.id, user.failedLogins, now, tx);
          } else await recordLogin(user.id, now, tx);
        }));
        if (recorded === BUSY) throw new Error(SIGN_IN_BUSY);
        if (refused) return null;
        return { id: String(user.id), name: user.name, sessionVersion: user.sessionVersion };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = Number(user.id);
        token.sv = (user as { sessionVersion?: number }).sessionVersion ?? 0;
      }
      return token;
    },
    session({ session, token }) {
      return { ...session, uid: token.uid, sv: token.sv };
    },
  },
  };
}
