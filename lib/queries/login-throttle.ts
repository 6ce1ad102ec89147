// Per-client sign-in throttle, kept in the database so it survives restarts and
// is shared by every app process. Like lib/queries/auth.ts it runs before a
// Viewer exists. The key is an HMAC of the address (docs/security.md): the
// table never holds a readable IP, and an IPv4 hash cannot be reversed by
// trying all 2^32 addresses without the server secret.
import "server-only";
import { createHmac } from "node:crypto";
import { db, type Db } from "../db/client";
import { authSecret } from "../env";
import { IP_FAILURE_LIMIT, LOGIN_WAIT_MINUTES } from "../auth/limits";

// The window opens at a client's first failure; at the limit it is refused until the window ends.
const WINDOW_MS = LOGIN_WAIT_MINUTES * 60_000;

/** The stored key of a client bucket (see lib/auth/client-ip.ts throttleBucket). */
export function throttleKey(bucket: string): string {
  return `ip:${createHmac("sha256", authSecret()).update(bucket).digest("base64url")}`;
}

/** When a throttled client may try again, or null when it may try now. */
export async function throttledUntil(key: string, now: Date): Promise<Date | null> {
  const row = await db().loginThrottle.findUnique({ where: { key }, select: { failures: true, windowStart: true } });
  if (!row || row.failures < IP_FAILURE_LIMIT) return null;
  const until = new Date(row.windowStart.getTime() + WINDOW_MS);
  return until > now ? until : null;
}

/**
 * Counts a failed sign-in. A fixed window opens at the first failure; expired
 * windows (of every client) are deleted first, which both restarts this
 * client's count and keeps the table small. Each statement is atomic, so
 * several processes counting at once lose no failures. `client`: a transaction.
 */
export async function recordThrottleFailure(key: string, now: Date, client: Pick<Db, "loginThrottle"> = db()): Promise<void> {
  await client.loginThrottle.deleteMany({ where: { windowStart: { lte: new Date(now.getTime() - WINDOW_MS) } } });
  await client.loginThrottle.upsert({
    where: { key },
    create: { key, failures: 1, windowStart: now },
    update: { failures: { increment: 1 } },
  });
}
