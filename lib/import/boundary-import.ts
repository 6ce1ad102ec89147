// batas-wilayah: GeoJSON boundaries through the same outcome shape as the
// tabular imports (CLI and web). ADMIN only: borders are deployment data.
import type { Db } from "../db/client";
import { DATABASE_BUSY, isDatabaseBusy } from "../db/busy";
import { canManage, type Viewer } from "../auth/scope";
import { areasInScope } from "../queries/import";
import { previewBoundaries, prepareBoundaries, saveBoundaries } from "./boundary";
import { ImportFileError, IssueList } from "./issues";
import type { ImportOutcome } from "./engine";

/** Validates and (unless dryRun) stores the boundaries of a GeoJSON file. */
export async function runBoundaryImport(db: Db, viewer: Viewer, data: Uint8Array, fileName: string, dryRun: boolean, fileHash: string): Promise<ImportOutcome> {
  const base = { kind: "batas-wilayah", fileName, batchId: null };
  const issues = new IssueList();
  if (!canManage(viewer.role)) {
    issues.error(0, null, "hanya admin yang dapat mengimpor batas wilayah");
    return { ...base, rows: 0, counts: { inserted: 0, updated: 0, unchanged: 0 }, issues: issues.items, status: "ditolak" };
  }
  const text = new TextDecoder("utf-8").decode(data).replace(/^\uFEFF/, "");
  const prepared = prepareBoundaries(text, await areasInScope(db, viewer));
  const rows = prepared.features.length;
  const none = { inserted: 0, updated: 0, unchanged: 0 };
  if (prepared.issues.hasErrors) return { ...base, rows, counts: none, issues: prepared.issues.items, status: "ditolak" };
  // The check says what the save will do: a file imported before is "tidak berubah", not "22 baru" again.
  if (dryRun) return { ...base, rows, counts: await previewBoundaries(db, prepared.features, `impor ${fileName}`), issues: prepared.issues.items, status: "pratinjau" };
  try {
    let batchId = 0;
    // The batch and its audit entry commit with the boundaries: a crash can leave neither without the other.
    const counts = await saveBoundaries(db, prepared.features, `impor ${fileName}`, {
      record: async (tx, c) => {
        const batch = await tx.importBatch.create({
          data: {
            userId: viewer.id, kind: "BATAS_WILAYAH", fileName, fileHash, rowsTotal: rows, rowsInserted: c.inserted, rowsUpdated: c.updated,
            rowsUnchanged: c.unchanged, warnings: prepared.issues.warnings.length, status: "SELESAI", finishedAt: new Date(),
            message: `${prepared.unmatched.length} kode tidak dikenal, ${prepared.missing.length} wilayah tanpa batas; peta ${(prepared.payloadBytes / 1024).toFixed(0)} KB`,
          },
        });
        await tx.auditLog.create({ data: { userId: viewer.id, importBatchId: batch.id, action: "IMPORT", entity: "ImportBatch", entityId: String(batch.id), after: JSON.stringify({ kind: "batas-wilayah", fileName, ...c }) } });
        batchId = batch.id;
      },
    });
    return { ...base, rows, counts, issues: prepared.issues.items, status: "selesai", batchId };
  } catch (e) {
    if (isDatabaseBusy(e)) issues.error(0, null, `${DATABASE_BUSY}; tidak ada yang disimpan, impor lagi setelah proses itu selesai`);
    else if (e instanceof ImportFileError) issues.error(0, null, e.message);
    else throw e;
    return { ...base, rows, counts: none, issues: [...prepared.issues.items, ...issues.items], status: "ditolak" };
  }
}
