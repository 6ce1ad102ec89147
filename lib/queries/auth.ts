// Reads for sign-in and session resolution. These run before a Viewer exists,
// so they are the one place where a query does not take a viewer.
import "server-only";
import { db, type Db } from "../db/client";
import { hotRead } from "../db/hot-read";
import type { Viewer } from "../auth/scope";
import type { Role } from "../generated/sqlite/enums";
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
  // Read on every request, so one primary-key SELECT outside the query builder (lib/db/hot-read.ts). The wilayah
  // kerja only for a puskesmas account.
  const [user] = await hotRead<UserRow>(
    `SELECT "id", "username", "name", "role", "scopeAreaCode", "puskesmasId", "active", "sessionVersion" FROM "User" WHERE "id" = ?`,
    userId,
  );
  if (!user || !truthy(user.active) || Number(user.sessionVersion) !== sessionVersion) return null;
  const puskesmasId = user.puskesmasId === null ? null : Number(user.puskesmasId);
  const wilayah = puskesmasId === null ? [] : await db().puskesmasWilayah.findMany({ where: { puskesmasId }, select: { areaCode: true } });
  return {
    id: Number(user.id),
    username: user.username,
    name: user.name,
    role: user.role,
    scopeAreaCode: user.scopeAreaCode,
    puskesmasId,
    wilayahKerja: wilayah.map((w) => w.areaCode).sort(),
  };
}

// Drivers differ in how they hand back integers and booleans from raw SQL; normalised above.
type UserRow = { id: number | bigint; username: string; name: string; role: Role; scopeAreaCode: string | null; puskesmasId: number | bigint | null; active: boolean | number | bigint; sessionVersion: number | bigint };
const truthy = (v: boolean | number | bigint) => v === true || v === 1 || v === 1n;
