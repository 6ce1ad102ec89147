-- CreateTable
CREATE TABLE "Area" (
    "code" TEXT NOT NULL PRIMARY KEY,
    "level" TEXT NOT NULL,
    "parentCode" TEXT,
    "name" TEXT NOT NULL,
    "bpsCode" TEXT,
    "source" TEXT NOT NULL,
    "validFrom" DATETIME,
    "validTo" DATETIME,
    "centroidLat" REAL,
    "centroidLng" REAL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Area_parentCode_fkey" FOREIGN KEY ("parentCode") REFERENCES "Area" ("code") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AreaBoundary" (
    "areaCode" TEXT NOT NULL PRIMARY KEY,
    "geojson" TEXT NOT NULL,
    "schematic" BOOLEAN NOT NULL DEFAULT false,
    "source" TEXT NOT NULL,
    "importedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "AreaBoundary_areaCode_fkey" FOREIGN KEY ("areaCode") REFERENCES "Area" ("code") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Puskesmas" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "code" TEXT,
    "name" TEXT NOT NULL,
    "kotaCode" TEXT NOT NULL,
    "address" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Puskesmas_kotaCode_fkey" FOREIGN KEY ("kotaCode") REFERENCES "Area" ("code") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PuskesmasWilayah" (
    "puskesmasId" INTEGER NOT NULL,
    "areaCode" TEXT NOT NULL,

    PRIMARY KEY ("puskesmasId", "areaCode"),
    CONSTRAINT "PuskesmasWilayah_puskesmasId_fkey" FOREIGN KEY ("puskesmasId") REFERENCES "Puskesmas" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "PuskesmasWilayah_areaCode_fkey" FOREIGN KEY ("areaCode") REFERENCES "Area" ("code") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Posyandu" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kelurahanCode" TEXT NOT NULL,
    "kecamatanCode" TEXT NOT NULL,
    "kabKotaCode" TEXT NOT NULL,
    "puskesmasId" INTEGER,
    "rw" TEXT,
    "dusun" TEXT,
    "address" TEXT,
    "lat" REAL,
    "lng" REAL,
    "ilp" BOOLEAN NOT NULL DEFAULT false,
    "ilpSince" DATETIME,
    "skNumber" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Posyandu_kelurahanCode_fkey" FOREIGN KEY ("kelurahanCode") REFERENCES "Area" ("code") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Posyandu_puskesmasId_fkey" FOREIGN KEY ("puskesmasId") REFERENCES "Puskesmas" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Kader" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "gender" TEXT,
    "birthYear" INTEGER,
    "phone" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "level" TEXT,
    "levelOrigin" TEXT,
    "levelRule" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "KaderMembership" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "kaderId" INTEGER NOT NULL,
    "posyanduId" INTEGER NOT NULL,
    "startDate" DATETIME NOT NULL,
    "endDate" DATETIME,
    "skNumber" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "KaderMembership_kaderId_fkey" FOREIGN KEY ("kaderId") REFERENCES "Kader" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "KaderMembership_posyanduId_fkey" FOREIGN KEY ("posyanduId") REFERENCES "Posyandu" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "KaderTraining" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "kaderId" INTEGER NOT NULL,
    "type" TEXT NOT NULL,
    "date" DATETIME NOT NULL,
    "organizer" TEXT,
    "note" TEXT,
    CONSTRAINT "KaderTraining_kaderId_fkey" FOREIGN KEY ("kaderId") REFERENCES "Kader" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Skill" (
    "code" TEXT NOT NULL PRIMARY KEY,
    "group" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "order" INTEGER NOT NULL
);

-- CreateTable
CREATE TABLE "KaderSkillResult" (
    "kaderId" INTEGER NOT NULL,
    "skillCode" TEXT NOT NULL,
    "competent" BOOLEAN NOT NULL,
    "assessedAt" DATETIME NOT NULL,

    PRIMARY KEY ("kaderId", "skillCode"),
    CONSTRAINT "KaderSkillResult_kaderId_fkey" FOREIGN KEY ("kaderId") REFERENCES "Kader" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "KaderSkillResult_skillCode_fkey" FOREIGN KEY ("skillCode") REFERENCES "Skill" ("code") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MonthlyReport" (
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
    CONSTRAINT "MonthlyReport_importBatchId_fkey" FOREIGN KEY ("importBatchId") REFERENCES "ImportBatch" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "MonthlyReport_enteredById_fkey" FOREIGN KEY ("enteredById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "NutritionAggregate" (
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
    CONSTRAINT "NutritionAggregate_importBatchId_fkey" FOREIGN KEY ("importBatchId") REFERENCES "ImportBatch" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "NutritionAggregate_enteredById_fkey" FOREIGN KEY ("enteredById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AnnualProfile" (
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
    CONSTRAINT "AnnualProfile_importBatchId_fkey" FOREIGN KEY ("importBatchId") REFERENCES "ImportBatch" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "AnnualProfile_enteredById_fkey" FOREIGN KEY ("enteredById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "RuleSet" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "kind" TEXT NOT NULL,
    "version" TEXT NOT NULL,
    "effectiveYear" INTEGER NOT NULL,
    "params" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "IndicatorTarget" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "indicator" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "areaCode" TEXT,
    "value" REAL NOT NULL,
    "source" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "IndicatorTarget_areaCode_fkey" FOREIGN KEY ("areaCode") REFERENCES "Area" ("code") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Meeting" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "level" TEXT NOT NULL,
    "areaCode" TEXT NOT NULL,
    "date" DATETIME NOT NULL,
    "place" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'DRAFT',
    "lockedAt" DATETIME,
    "lockedById" INTEGER,
    "previousId" INTEGER,
    "notes" TEXT,
    "createdById" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Meeting_areaCode_fkey" FOREIGN KEY ("areaCode") REFERENCES "Area" ("code") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Meeting_previousId_fkey" FOREIGN KEY ("previousId") REFERENCES "Meeting" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Meeting_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Meeting_lockedById_fkey" FOREIGN KEY ("lockedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MeetingAttendee" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "meetingId" INTEGER NOT NULL,
    "sector" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "position" TEXT,
    CONSTRAINT "MeetingAttendee_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AgendaItem" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "meetingId" INTEGER NOT NULL,
    "order" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "indicator" TEXT,
    "areaCode" TEXT,
    "period" TEXT,
    "snapshot" TEXT,
    "discussion" TEXT,
    CONSTRAINT "AgendaItem_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ActionItem" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "meetingId" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "ownerSector" TEXT NOT NULL,
    "ownerName" TEXT,
    "dueDate" DATETIME NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'BELUM',
    "areaCode" TEXT,
    "indicator" TEXT,
    "fundingSource" TEXT,
    "carriedFromId" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "closedAt" DATETIME,
    CONSTRAINT "ActionItem_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ActionItem_carriedFromId_fkey" FOREIGN KEY ("carriedFromId") REFERENCES "ActionItem" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ActionProgress" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "actionId" INTEGER NOT NULL,
    "date" DATETIME NOT NULL,
    "note" TEXT NOT NULL,
    "newStatus" TEXT,
    "authorId" INTEGER,
    CONSTRAINT "ActionProgress_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "ActionItem" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ActionProgress_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "User" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "username" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "scopeAreaCode" TEXT,
    "puskesmasId" INTEGER,
    "sector" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "failedLogins" INTEGER NOT NULL DEFAULT 0,
    "lockedUntil" DATETIME,
    "sessionVersion" INTEGER NOT NULL DEFAULT 0,
    "lastLoginAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "User_scopeAreaCode_fkey" FOREIGN KEY ("scopeAreaCode") REFERENCES "Area" ("code") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "User_puskesmasId_fkey" FOREIGN KEY ("puskesmasId") REFERENCES "Puskesmas" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ApiToken" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "userId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" DATETIME,
    "revokedAt" DATETIME,
    CONSTRAINT "ApiToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "userId" INTEGER,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "action" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" TEXT,
    "before" TEXT,
    "after" TEXT,
    CONSTRAINT "AuditLog_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ImportBatch" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "userId" INTEGER,
    "kind" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "fileHash" TEXT NOT NULL,
    "rowsTotal" INTEGER NOT NULL,
    "rowsInserted" INTEGER NOT NULL DEFAULT 0,
    "rowsUpdated" INTEGER NOT NULL DEFAULT 0,
    "rowsUnchanged" INTEGER NOT NULL DEFAULT 0,
    "rowsRejected" INTEGER NOT NULL DEFAULT 0,
    "warnings" INTEGER NOT NULL DEFAULT 0,
    "status" TEXT NOT NULL,
    "message" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" DATETIME,
    "undoneAt" DATETIME,
    CONSTRAINT "ImportBatch_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "NameMapping" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "kind" TEXT NOT NULL,
    "sourceKey" TEXT NOT NULL,
    "kelurahanCode" TEXT,
    "posyanduId" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "Setting" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "value" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "Area_parentCode_idx" ON "Area"("parentCode");

-- CreateIndex
CREATE INDEX "Area_level_idx" ON "Area"("level");

-- CreateIndex
CREATE UNIQUE INDEX "Puskesmas_code_key" ON "Puskesmas"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Puskesmas_kotaCode_name_key" ON "Puskesmas"("kotaCode", "name");

-- CreateIndex
CREATE INDEX "PuskesmasWilayah_areaCode_idx" ON "PuskesmasWilayah"("areaCode");

-- CreateIndex
CREATE UNIQUE INDEX "Posyandu_code_key" ON "Posyandu"("code");

-- CreateIndex
CREATE INDEX "Posyandu_kelurahanCode_idx" ON "Posyandu"("kelurahanCode");

-- CreateIndex
CREATE INDEX "Posyandu_kecamatanCode_idx" ON "Posyandu"("kecamatanCode");

-- CreateIndex
CREATE INDEX "Posyandu_kabKotaCode_idx" ON "Posyandu"("kabKotaCode");

-- CreateIndex
CREATE INDEX "Posyandu_puskesmasId_idx" ON "Posyandu"("puskesmasId");

-- CreateIndex
CREATE UNIQUE INDEX "Kader_code_key" ON "Kader"("code");

-- CreateIndex
CREATE INDEX "KaderMembership_posyanduId_endDate_idx" ON "KaderMembership"("posyanduId", "endDate");

-- CreateIndex
CREATE INDEX "KaderMembership_kaderId_idx" ON "KaderMembership"("kaderId");

-- CreateIndex
CREATE INDEX "KaderTraining_kaderId_idx" ON "KaderTraining"("kaderId");

-- CreateIndex
CREATE INDEX "MonthlyReport_period_idx" ON "MonthlyReport"("period");

-- CreateIndex
CREATE INDEX "MonthlyReport_importBatchId_idx" ON "MonthlyReport"("importBatchId");

-- CreateIndex
CREATE UNIQUE INDEX "MonthlyReport_posyanduId_period_key" ON "MonthlyReport"("posyanduId", "period");

-- CreateIndex
CREATE INDEX "NutritionAggregate_period_source_idx" ON "NutritionAggregate"("period", "source");

-- CreateIndex
CREATE UNIQUE INDEX "NutritionAggregate_posyanduId_period_source_key" ON "NutritionAggregate"("posyanduId", "period", "source");

-- CreateIndex
CREATE INDEX "AnnualProfile_year_idx" ON "AnnualProfile"("year");

-- CreateIndex
CREATE UNIQUE INDEX "AnnualProfile_posyanduId_year_key" ON "AnnualProfile"("posyanduId", "year");

-- CreateIndex
CREATE INDEX "RuleSet_kind_effectiveYear_idx" ON "RuleSet"("kind", "effectiveYear");

-- CreateIndex
CREATE UNIQUE INDEX "RuleSet_kind_version_key" ON "RuleSet"("kind", "version");

-- CreateIndex
CREATE UNIQUE INDEX "IndicatorTarget_indicator_year_areaCode_key" ON "IndicatorTarget"("indicator", "year", "areaCode");

-- CreateIndex
CREATE INDEX "Meeting_areaCode_date_idx" ON "Meeting"("areaCode", "date");

-- CreateIndex
CREATE INDEX "MeetingAttendee_meetingId_idx" ON "MeetingAttendee"("meetingId");

-- CreateIndex
CREATE INDEX "AgendaItem_meetingId_order_idx" ON "AgendaItem"("meetingId", "order");

-- CreateIndex
CREATE INDEX "ActionItem_meetingId_idx" ON "ActionItem"("meetingId");

-- CreateIndex
CREATE INDEX "ActionItem_areaCode_status_idx" ON "ActionItem"("areaCode", "status");

-- CreateIndex
CREATE INDEX "ActionItem_status_dueDate_idx" ON "ActionItem"("status", "dueDate");

-- CreateIndex
CREATE INDEX "ActionProgress_actionId_idx" ON "ActionProgress"("actionId");

-- CreateIndex
CREATE UNIQUE INDEX "User_username_key" ON "User"("username");

-- CreateIndex
CREATE UNIQUE INDEX "ApiToken_tokenHash_key" ON "ApiToken"("tokenHash");

-- CreateIndex
CREATE INDEX "ApiToken_userId_idx" ON "ApiToken"("userId");

-- CreateIndex
CREATE INDEX "AuditLog_entity_entityId_idx" ON "AuditLog"("entity", "entityId");

-- CreateIndex
CREATE INDEX "AuditLog_at_idx" ON "AuditLog"("at");

-- CreateIndex
CREATE INDEX "ImportBatch_createdAt_idx" ON "ImportBatch"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "NameMapping_kind_sourceKey_key" ON "NameMapping"("kind", "sourceKey");
