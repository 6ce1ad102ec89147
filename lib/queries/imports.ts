// The import page's reads: recent batches (ADMIN: all; others: their own).
import "server-only";
import { db } from "../db/client";
import { canManage, type Viewer } from "../auth/scope";

/** The latest import batches the viewer may see, newest first. */
export function listImportBatches(viewer: Viewer, take = 20) {
  return db().importBatch.findMany({
    where: canManage(viewer.role) ? {} : { userId: viewer.id },
    orderBy: { id: "desc" },
    take,
    select: {
      id: true, kind: true, fileName: true, rowsTotal: true, rowsInserted: true, rowsUpdated: true, rowsUnchanged: true, warnings: true,
      status: true, message: true, createdAt: true, undoneAt: true, user: { select: { name: true } },
    },
  });
}
