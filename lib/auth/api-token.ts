// Per-user API tokens for /api/v1: shown once when issued, stored only as a
// SHA-256 hash, revocable. A token acts with its user's role and scope.
import { createHash, randomBytes } from "node:crypto";
import type { Db } from "../db/client";
import { canManage, type Viewer } from "./scope";
import { writeAudit } from "../audit";
import { unlessBusy } from "../db/busy";

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** Issues a token for `userId` (ADMIN only); returns the plaintext, which is never stored. */
export async function issueApiToken(db: Db, admin: Viewer | null, userId: number, name: string): Promise<{ id: number; token: string }> {
  if (admin && !canManage(admin.role)) throw new Error("Hanya admin yang dapat membuat token API.");
  const token = `pp_${randomBytes(32).toString("base64url")}`;
  return db.$transaction(async (tx) => {
    const row = await tx.apiToken.create({ data: { userId, name: name.slice(0, 80), tokenHash: hashToken(token) } });
    await writeAudit(tx, { userId: admin?.id ?? null, action: "CREATE", entity: "ApiToken", entityId: row.id, after: { userId, name: row.name } });
    return { id: row.id, token };
  });
}

/** Revokes a token; later requests with it get 401. */
export async function revokeApiToken(db: Db, admin: Viewer | null, tokenId: number): Promise<boolean> {
  if (admin && !canManage(admin.role)) return false;
  return db.$transaction(async (tx) => {
    const row = await tx.apiToken.findUnique({ where: { id: tokenId } });
    if (!row || row.revokedAt) return false;
    await tx.apiToken.update({ where: { id: tokenId }, data: { revokedAt: new Date() } });
    await writeAudit(tx, { userId: admin?.id ?? null, action: "REVOKE", entity: "ApiToken", entityId: tokenId });
    return true;
  });
}

/** The user id behind a bearer token, or null for an unknown, revoked or malformed token. */
export async function userIdForToken(db: Db, authorization: string | null): Promise<number | null> {
  const match = /^Bearer (pp_[A-Za-z0-9_-]{20,100})$/.exec(authorization ?? "");
  if (!match) return null;
  const row = await db.apiToken.findUnique({ where: { tokenHash: hashToken(match[1]!) }, select: { id: true, userId: true, revokedAt: true } });
  if (!row || row.revokedAt) return null;
  // Bookkeeping only: while an import holds the write lock the request is still answered, unstamped.
  await unlessBusy(() => db.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: new Date() } }));
  return row.userId;
}
