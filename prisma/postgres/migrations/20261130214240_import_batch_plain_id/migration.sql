-- DropForeignKey
ALTER TABLE "AnnualProfile" DROP CONSTRAINT "AnnualProfile_importBatchId_fkey";

-- DropForeignKey
ALTER TABLE "AuditLog" DROP CONSTRAINT "AuditLog_importBatchId_fkey";

-- DropForeignKey
ALTER TABLE "MonthlyReport" DROP CONSTRAINT "MonthlyReport_importBatchId_fkey";

-- DropForeignKey
ALTER TABLE "NutritionAggregate" DROP CONSTRAINT "NutritionAggregate_importBatchId_fkey";

