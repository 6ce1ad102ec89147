import "server-only";
// The signed-in user's own account. The core takes (db, viewer) for tests; the
// inline "use server" action wraps it and is handed to the page's client form.
import { db, type Db } from "../db/client";
import { requireViewer } from "../auth/viewer";
import type { Viewer } from "../auth/scope";
import { writeAudit } from "../audit";
import { refuseWhenBusy } from "../db/busy";
import type { FormResult } from "../validations/posyandu";

const STATE = { id: true, username: true, sessionVersion: true } as const;

/**
 * "Keluar dari semua perangkat" for oneself: bumps sessionVersion, so every
 * session token of the user (this browser's too) fails its next DB re-check
 * in loadViewer. API tokens are separate and stay valid.
 */
export const signOutOwnSessions = refuseWhenBusy(async function signOutOwnSessions(client: Db, viewer: Viewer): Promise<FormResult> {
  return client.$transaction(async (tx) => {
    const before = await tx.user.findUniqueOrThrow({ where: { id: viewer.id }, select: STATE });
    const after = await tx.user.update({ where: { id: viewer.id }, data: { sessionVersion: { increment: 1 } }, select: STATE });
    await writeAudit(tx, { userId: viewer.id, action: "SIGN_OUT_ALL", entity: "User", entityId: viewer.id, before, after });
    return { ok: true, message: "Semua sesi Anda telah diakhiri. Silakan masuk kembali." };
  });
});

/** Form action: sign the current user out of every device. */
export async function signOutOwnSessionsAction(): Promise<FormResult> {
  "use server";
  return signOutOwnSessions(db(), await requireViewer());
}
