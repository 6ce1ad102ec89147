// Reads for sign-in and session resolution. These run before a Viewer exists,
// so they are the one place where a query does not take a viewer.
import "server-only";
import { db, type Db } from "../db/client";
import type { Viewer } from "../auth/scope";
import { ACCOUNT_LOCK_AFTER, LOGIN_WAIT_MINUTES } from "../auth/limits";

/** The login record for a username (null when unknown). */
export function findLoginUser(username: string) {
  return db().user.findUnique({
    where: { username },
    select: { id: true, username: true, name: true, role: true, passwordHash: true, active: true, failedLogins: true, lockedUntil: true, sessionVersion: true },
  });
}

/** Records a failed attempt; locks the account for a while after repeated failures. `client`: a transaction. */
export async function recordFailedLogin(userId: number, failedSoFar: number, now: Date, client: Pick<Db, "user"> = db()): Promise<void> {
  const failed = failedSoFar + 1;
  await client.user.update({
    where: { id: userId },
    data: { failedLogins: failed, lockedUntil: failed >= ACCOUNT_LOCK_AFTER ? new Date(now.getTime() + LOGIN_WAIT_MINUTES * 60_000) : undefined },
  });
}

/** Resets the failure counter on a good sign-in. `client`: a transaction. */
export async function recordLogin(userId: number, now: Date, client: Pick<Db, "user"> = db()): Promise<void> {
  await client.user.update({ where: { id: userId }, data: { failedLogins: 0, lockedUntil: null, lastLoginAt: now } });
}

/**
 * The Viewer for a session, or null when the user was deactivated or signed
 * out everywhere (sessionVersion bumped) since the token was issued.
 */
export async function loadViewer(userId: number, sessionVersion: number): Promise<Viewer | null> {
  // Read on every request: one flat row; the wilayah kerja only for a puskesmas account (a relation read costs
  // Prisma more than the row itself).
  const user = await db().user.findUnique({
    where: { id: userId },
    select: { id: true, username: true, name: true, role: true, scopeAreaCode: true, puskesmasId: true, active: true, sessionVersion: true },
  });
  if (!user || !user.active || user.sessionVersion !== sessionVersion) return null;
  const wilayah = user.puskesmasId === null ? [] : await db().puskesmasWilayah.findMany({ where: { puskesmasId: user.puskesmasId }, select: { areaCode: true } });
  return {
    id: user.id,
    username: user.username,
    name: user.name,
    role: user.role,
    scopeAreaCode: user.scopeAreaCode,
    puskesmasId: user.puskesmasId,
    wilayahKerja: wilayah.map((w) => w.areaCode).sort(),
  };
}
