// next-auth (v4) configuration: username + password, JWT sessions that are
// re-checked against the database on every request (lib/auth/viewer.ts).
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "../validations/z";
import { authSecret, env } from "../env";
import { dummyPasswordHash, verifyPassword } from "./password";
import { findLoginUser, recordFailedLogin, recordLogin } from "../queries/auth";

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
  useSecureCookies: env().NODE_ENV === "production" && (env().NEXTAUTH_URL ?? "").startsWith("https://"),
  providers: [
    CredentialsProvider({
      name: "Nama pengguna",
      credentials: { username: { label: "Nama pengguna", type: "text" }, password: { label: "Kata sandi", type: "password" } },
      async authorize(raw) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) return null;
        const now = new Date();
        const user = await findLoginUser(parsed.data.username);
        // Verify against a dummy hash for unknown users so timing does not reveal who exists.
        const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), parsed.data.password);
        if (!user || !user.active) return null;
        if (user.lockedUntil && user.lockedUntil > now) return null;
        if (!ok) {
          await recordFailedLogin(user.id, user.failedLogins, now);
          return null;
        }
        await recordLogin(user.id, now);
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
