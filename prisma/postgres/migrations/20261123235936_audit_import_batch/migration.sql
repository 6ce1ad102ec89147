-- AlterTable
ALTER TABLE "AuditLog" ADD COLUMN     "importBatchId" INTEGER;

-- CreateIndex
CREATE INDEX "AuditLog_importBatchId_idx" ON "AuditLog"("importBatchId");

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_importBatchId_fkey" FOREIGN KEY ("importBatchId") REFERENCES "ImportBatch"("id") ON DELETE SET NULL ON UPDATE CASCADE;

