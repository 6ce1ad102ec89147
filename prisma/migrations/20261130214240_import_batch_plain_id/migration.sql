-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_AnnualProfile" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "posyanduId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "cakupanKia" REAL,
    "cakupanKb" REAL,
    "cakupanImunisasi" REAL,
    "programTambahan" BOOLEAN,
    "danaSehat" REAL,
    "alatUkurLengkap" BOOLEAN,
    "importBatchId" INTEGER,
    "enteredById" INTEGER,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "AnnualProfile_posyanduId_fkey" FOREIGN KEY ("posyanduId") REFERENCES "Posyandu" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "AnnualProfile_enteredById_fkey" FOREIGN KEY ("enteredById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_AnnualProfile" ("alatUkurLengkap", "cakupanImunisasi", "cakupanKb", "cakupanKia", "danaSehat", "enteredById", "id", "importBatchId", "posyanduId", "programTambahan", "updatedAt", "year") SELECT "alatUkurLengkap", "cakupanImunisasi", "cakupanKb", "cakupanKia", "danaSehat", "enteredById", "id", "importBatchId", "posyanduId", "programTambahan", "updatedAt", "year" FROM "AnnualProfile";
DROP TABLE "AnnualProfile";
ALTER TABLE "new_AnnualProfile" RENAME TO "AnnualProfile";
CREATE INDEX "AnnualProfile_year_idx" ON "AnnualProfile"("year");
CREATE UNIQUE INDEX "AnnualProfile_posyanduId_year_key" ON "AnnualProfile"("posyanduId", "year");
CREATE TABLE "new_AuditLog" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "userId" INTEGER,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "action" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" TEXT,
    "before" TEXT,
    "after" TEXT,
    "importBatchId" INTEGER,
    CONSTRAINT "AuditLog_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_AuditLog" ("action", "after", "at", "before", "entity", "entityId", "id", "importBatchId", "userId") SELECT "action", "after", "at", "before", "entity", "entityId", "id", "importBatchId", "userId" FROM "AuditLog";
DROP TABLE "AuditLog";
ALTER TABLE "new_AuditLog" RENAME TO "AuditLog";
CREATE INDEX "AuditLog_entity_entityId_idx" ON "AuditLog"("entity", "entityId");
CREATE INDEX "AuditLog_at_idx" ON "AuditLog"("at");
CREATE INDEX "AuditLog_importBatchId_idx" ON "AuditLog"("importBatchId");
CREATE TABLE "new_MonthlyReport" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "posyanduId" INTEGER NOT NULL,
    "period" TEXT NOT NULL,
    "opened" BOOLEAN NOT NULL,
    "kaderOnDuty" INTEGER,
    "s" INTEGER,
    "k" INTEGER,
    "d" INTEGER,
    "n" INTEGER,
    "o" INTEGER,
    "b" INTEGER,
    "bgm" INTEGER,
    "t2" INTEGER,
    "qualityFlags" TEXT,
    "source" TEXT NOT NULL,
    "importBatchId" INTEGER,
    "enteredById" INTEGER,
    "enteredAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "MonthlyReport_posyanduId_fkey" FOREIGN KEY ("posyanduId") REFERENCES "Posyandu" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "MonthlyReport_enteredById_fkey" FOREIGN KEY ("enteredById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_MonthlyReport" ("b", "bgm", "d", "enteredAt", "enteredById", "id", "importBatchId", "k", "kaderOnDuty", "n", "o", "opened", "period", "posyanduId", "qualityFlags", "s", "source", "t2", "updatedAt") SELECT "b", "bgm", "d", "enteredAt", "enteredById", "id", "importBatchId", "k", "kaderOnDuty", "n", "o", "opened", "period", "posyanduId", "qualityFlags", "s", "source", "t2", "updatedAt" FROM "MonthlyReport";
DROP TABLE "MonthlyReport";
ALTER TABLE "new_MonthlyReport" RENAME TO "MonthlyReport";
CREATE INDEX "MonthlyReport_period_idx" ON "MonthlyReport"("period");
CREATE INDEX "MonthlyReport_importBatchId_idx" ON "MonthlyReport"("importBatchId");
CREATE UNIQUE INDEX "MonthlyReport_posyanduId_period_key" ON "MonthlyReport"("posyanduId", "period");
CREATE TABLE "new_NutritionAggregate" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "posyanduId" INTEGER NOT NULL,
    "period" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "diukurTb" INTEGER NOT NULL,
    "sangatPendek" INTEGER NOT NULL,
    "pendek" INTEGER NOT NULL,
    "diukurBbTb" INTEGER NOT NULL,
    "giziBuruk" INTEGER NOT NULL,
    "giziKurang" INTEGER NOT NULL,
    "diukurBb" INTEGER NOT NULL,
    "bbSangatKurang" INTEGER NOT NULL,
    "bbKurang" INTEGER NOT NULL,
    "qualityFlags" TEXT,
    "importBatchId" INTEGER,
    "enteredById" INTEGER,
    "enteredAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "NutritionAggregate_posyanduId_fkey" FOREIGN KEY ("posyanduId") REFERENCES "Posyandu" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "NutritionAggregate_enteredById_fkey" FOREIGN KEY ("enteredById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_NutritionAggregate" ("bbKurang", "bbSangatKurang", "diukurBb", "diukurBbTb", "diukurTb", "enteredAt", "enteredById", "giziBuruk", "giziKurang", "id", "importBatchId", "pendek", "period", "posyanduId", "qualityFlags", "sangatPendek", "source", "updatedAt") SELECT "bbKurang", "bbSangatKurang", "diukurBb", "diukurBbTb", "diukurTb", "enteredAt", "enteredById", "giziBuruk", "giziKurang", "id", "importBatchId", "pendek", "period", "posyanduId", "qualityFlags", "sangatPendek", "source", "updatedAt" FROM "NutritionAggregate";
DROP TABLE "NutritionAggregate";
ALTER TABLE "new_NutritionAggregate" RENAME TO "NutritionAggregate";
CREATE INDEX "NutritionAggregate_period_source_idx" ON "NutritionAggregate"("period", "source");
CREATE UNIQUE INDEX "NutritionAggregate_posyanduId_period_source_key" ON "NutritionAggregate"("posyanduId", "period", "source");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

