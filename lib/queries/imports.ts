// The import page's reads: recent batches (ADMIN: those of the users in their scope; others: their own).
import "server-only";
import { db } from "../db/client";
import { canManage, scopeOf, type Viewer } from "../auth/scope";
import { userScopeWhere } from "./admin";

/** The latest import batches the viewer may see, newest first. */
export function listImportBatches(viewer: Viewer, take = 20) {
  return db().importBatch.findMany({
    // Not {} for ADMIN: with two kota in one deployment, the other kota's uploads (names, files) are not theirs to see.
    where: canManage(viewer.role) ? { user: userScopeWhere(scopeOf(viewer)) } : { userId: viewer.id },
    orderBy: { id: "desc" },
    take,
    select: {
      id: true, kind: true, fileName: true, rowsTotal: true, rowsInserted: true, rowsUpdated: true, rowsUnchanged: true, warnings: true,
      status: true, message: true, createdAt: true, undoneAt: true, user: { select: { name: true } },
    },
  });
}
