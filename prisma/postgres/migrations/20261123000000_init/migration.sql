-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "AreaLevel" AS ENUM ('PROVINSI', 'KABUPATEN', 'KOTA', 'KECAMATAN', 'KELURAHAN', 'DESA', 'DESA_ADAT');

-- CreateEnum
CREATE TYPE "Gender" AS ENUM ('L', 'P');

-- CreateEnum
CREATE TYPE "KaderLevel" AS ENUM ('PURWA', 'MADYA', 'UTAMA');

-- CreateEnum
CREATE TYPE "LevelOrigin" AS ENUM ('INPUT', 'ATURAN');

-- CreateEnum
CREATE TYPE "TrainingType" AS ENUM ('DASAR', 'PENYEGARAN', 'ORIENTASI_ILP', 'ANTROPOMETRI', 'PENCATATAN', 'LAINNYA');

-- CreateEnum
CREATE TYPE "SkillGroup" AS ENUM ('PENGELOLAAN_POSYANDU', 'BAYI_BALITA', 'BUMIL_MENYUSUI', 'USIA_SEKOLAH_REMAJA', 'DEWASA_LANSIA');

-- CreateEnum
CREATE TYPE "DataSource" AS ENUM ('SIP', 'FORM', 'IMPOR', 'EPPGBM', 'SURVEI', 'DEMO');

-- CreateEnum
CREATE TYPE "RuleKind" AS ENUM ('STRATA', 'POSYANDU_AKTIF', 'KADER_LEVEL', 'GIZI', 'KBM');

-- CreateEnum
CREATE TYPE "MeetingLevel" AS ENUM ('KOTA', 'KECAMATAN', 'KELURAHAN');

-- CreateEnum
CREATE TYPE "MeetingKind" AS ENUM ('RAPAT_RUTIN', 'BIMBINGAN_TEKNIS', 'REMBUK_STUNTING', 'LAINNYA');

-- CreateEnum
CREATE TYPE "MeetingStatus" AS ENUM ('DRAFT', 'TERKUNCI');

-- CreateEnum
CREATE TYPE "Sector" AS ENUM ('DINKES', 'BAPPEDA', 'DP3AP2KB', 'DINSOS', 'PMD', 'DISDIK', 'CAMAT', 'LURAH', 'TP_PKK', 'PUSKESMAS', 'LAINNYA');

-- CreateEnum
CREATE TYPE "AgendaKind" AS ENUM ('PETA', 'GRAFIK', 'SKOR', 'TINDAKAN', 'LAINNYA');

-- CreateEnum
CREATE TYPE "ActionStatus" AS ENUM ('BELUM', 'PROSES', 'SELESAI', 'BATAL');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'PIMPINAN', 'KECAMATAN', 'KELURAHAN', 'PUSKESMAS');

-- CreateEnum
CREATE TYPE "ImportKind" AS ENUM ('POSYANDU', 'KADER', 'LAPORAN_BULANAN', 'GIZI', 'PROFIL_TAHUNAN', 'EPPGBM', 'BATAS_WILAYAH', 'WILAYAH');

-- CreateEnum
CREATE TYPE "ImportStatus" AS ENUM ('SELESAI', 'GAGAL', 'DIBATALKAN');

-- CreateTable
CREATE TABLE "Area" (
    "code" TEXT NOT NULL,
    "level" "AreaLevel" NOT NULL,
    "parentCode" TEXT,
    "name" TEXT NOT NULL,
    "bpsCode" TEXT,
    "source" TEXT NOT NULL,
    "validFrom" TIMESTAMP(3),
    "validTo" TIMESTAMP(3),
    "centroidLat" DOUBLE PRECISION,
    "centroidLng" DOUBLE PRECISION,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Area_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "AreaBoundary" (
    "areaCode" TEXT NOT NULL,
    "geojson" TEXT NOT NULL,
    "schematic" BOOLEAN NOT NULL DEFAULT false,
    "source" TEXT NOT NULL,
    "importedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AreaBoundary_pkey" PRIMARY KEY ("areaCode")
);

-- CreateTable
CREATE TABLE "Puskesmas" (
    "id" SERIAL NOT NULL,
    "code" TEXT,
    "name" TEXT NOT NULL,
    "kotaCode" TEXT NOT NULL,
    "address" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Puskesmas_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PuskesmasWilayah" (
    "puskesmasId" INTEGER NOT NULL,
    "areaCode" TEXT NOT NULL,

    CONSTRAINT "PuskesmasWilayah_pkey" PRIMARY KEY ("puskesmasId","areaCode")
);

-- CreateTable
CREATE TABLE "Posyandu" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kelurahanCode" TEXT NOT NULL,
    "kecamatanCode" TEXT NOT NULL,
    "kabKotaCode" TEXT NOT NULL,
    "puskesmasId" INTEGER,
    "rw" TEXT,
    "dusun" TEXT,
    "address" TEXT,
    "lat" DOUBLE PRECISION,
    "lng" DOUBLE PRECISION,
    "ilp" BOOLEAN NOT NULL DEFAULT false,
    "ilpSince" TIMESTAMP(3),
    "skNumber" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Posyandu_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Kader" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "gender" "Gender",
    "birthYear" INTEGER,
    "phone" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "level" "KaderLevel",
    "levelOrigin" "LevelOrigin",
    "levelRule" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Kader_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KaderMembership" (
    "id" SERIAL NOT NULL,
    "kaderId" INTEGER NOT NULL,
    "posyanduId" INTEGER NOT NULL,
    "startDate" TIMESTAMP(3) NOT NULL,
    "endDate" TIMESTAMP(3),
    "skNumber" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "KaderMembership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KaderTraining" (
    "id" SERIAL NOT NULL,
    "kaderId" INTEGER NOT NULL,
    "type" "TrainingType" NOT NULL,
    "date" TIMESTAMP(3) NOT NULL,
    "organizer" TEXT,
    "note" TEXT,

    CONSTRAINT "KaderTraining_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Skill" (
    "code" TEXT NOT NULL,
    "group" "SkillGroup" NOT NULL,
    "name" TEXT NOT NULL,
    "order" INTEGER NOT NULL,

    CONSTRAINT "Skill_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "KaderSkillResult" (
    "kaderId" INTEGER NOT NULL,
    "skillCode" TEXT NOT NULL,
    "competent" BOOLEAN NOT NULL,
    "assessedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "KaderSkillResult_pkey" PRIMARY KEY ("kaderId","skillCode")
);

-- CreateTable
CREATE TABLE "MonthlyReport" (
    "id" SERIAL NOT NULL,
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
    "source" "DataSource" NOT NULL,
    "importBatchId" INTEGER,
    "enteredById" INTEGER,
    "enteredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MonthlyReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NutritionAggregate" (
    "id" SERIAL NOT NULL,
    "posyanduId" INTEGER NOT NULL,
    "period" TEXT NOT NULL,
    "source" "DataSource" NOT NULL,
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
    "enteredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "NutritionAggregate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AnnualProfile" (
    "id" SERIAL NOT NULL,
    "posyanduId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "cakupanKia" DOUBLE PRECISION,
    "cakupanKb" DOUBLE PRECISION,
    "cakupanImunisasi" DOUBLE PRECISION,
    "programTambahan" BOOLEAN,
    "danaSehat" DOUBLE PRECISION,
    "alatUkurLengkap" BOOLEAN,
    "importBatchId" INTEGER,
    "enteredById" INTEGER,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AnnualProfile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RuleSet" (
    "id" SERIAL NOT NULL,
    "kind" "RuleKind" NOT NULL,
    "version" TEXT NOT NULL,
    "effectiveYear" INTEGER NOT NULL,
    "params" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RuleSet_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IndicatorTarget" (
    "id" SERIAL NOT NULL,
    "indicator" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "areaCode" TEXT,
    "value" DOUBLE PRECISION NOT NULL,
    "source" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "IndicatorTarget_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Meeting" (
    "id" SERIAL NOT NULL,
    "level" "MeetingLevel" NOT NULL,
    "areaCode" TEXT NOT NULL,
    "date" TIMESTAMP(3) NOT NULL,
    "place" TEXT NOT NULL,
    "kind" "MeetingKind" NOT NULL,
    "title" TEXT NOT NULL,
    "status" "MeetingStatus" NOT NULL DEFAULT 'DRAFT',
    "lockedAt" TIMESTAMP(3),
    "lockedById" INTEGER,
    "previousId" INTEGER,
    "notes" TEXT,
    "createdById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Meeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingAttendee" (
    "id" SERIAL NOT NULL,
    "meetingId" INTEGER NOT NULL,
    "sector" "Sector" NOT NULL,
    "name" TEXT NOT NULL,
    "position" TEXT,

    CONSTRAINT "MeetingAttendee_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgendaItem" (
    "id" SERIAL NOT NULL,
    "meetingId" INTEGER NOT NULL,
    "order" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "kind" "AgendaKind" NOT NULL,
    "indicator" TEXT,
    "areaCode" TEXT,
    "period" TEXT,
    "snapshot" TEXT,
    "discussion" TEXT,

    CONSTRAINT "AgendaItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActionItem" (
    "id" SERIAL NOT NULL,
    "meetingId" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "ownerSector" "Sector" NOT NULL,
    "ownerName" TEXT,
    "dueDate" TIMESTAMP(3) NOT NULL,
    "status" "ActionStatus" NOT NULL DEFAULT 'BELUM',
    "areaCode" TEXT,
    "indicator" TEXT,
    "fundingSource" TEXT,
    "carriedFromId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "closedAt" TIMESTAMP(3),

    CONSTRAINT "ActionItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActionProgress" (
    "id" SERIAL NOT NULL,
    "actionId" INTEGER NOT NULL,
    "date" TIMESTAMP(3) NOT NULL,
    "note" TEXT NOT NULL,
    "newStatus" "ActionStatus",
    "authorId" INTEGER,

    CONSTRAINT "ActionProgress_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" SERIAL NOT NULL,
    "username" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "scopeAreaCode" TEXT,
    "puskesmasId" INTEGER,
    "sector" "Sector",
    "active" BOOLEAN NOT NULL DEFAULT true,
    "failedLogins" INTEGER NOT NULL DEFAULT 0,
    "lockedUntil" TIMESTAMP(3),
    "sessionVersion" INTEGER NOT NULL DEFAULT 0,
    "lastLoginAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApiToken" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "ApiToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "action" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" TEXT,
    "before" TEXT,
    "after" TEXT,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ImportBatch" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER,
    "kind" "ImportKind" NOT NULL,
    "fileName" TEXT NOT NULL,
    "fileHash" TEXT NOT NULL,
    "rowsTotal" INTEGER NOT NULL,
    "rowsInserted" INTEGER NOT NULL DEFAULT 0,
    "rowsUpdated" INTEGER NOT NULL DEFAULT 0,
    "rowsUnchanged" INTEGER NOT NULL DEFAULT 0,
    "rowsRejected" INTEGER NOT NULL DEFAULT 0,
    "warnings" INTEGER NOT NULL DEFAULT 0,
    "status" "ImportStatus" NOT NULL,
    "message" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),
    "undoneAt" TIMESTAMP(3),

    CONSTRAINT "ImportBatch_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NameMapping" (
    "id" SERIAL NOT NULL,
    "kind" TEXT NOT NULL,
    "sourceKey" TEXT NOT NULL,
    "kelurahanCode" TEXT,
    "posyanduId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NameMapping_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Setting" (
    "key" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Setting_pkey" PRIMARY KEY ("key")
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

-- AddForeignKey
ALTER TABLE "Area" ADD CONSTRAINT "Area_parentCode_fkey" FOREIGN KEY ("parentCode") REFERENCES "Area"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AreaBoundary" ADD CONSTRAINT "AreaBoundary_areaCode_fkey" FOREIGN KEY ("areaCode") REFERENCES "Area"("code") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Puskesmas" ADD CONSTRAINT "Puskesmas_kotaCode_fkey" FOREIGN KEY ("kotaCode") REFERENCES "Area"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PuskesmasWilayah" ADD CONSTRAINT "PuskesmasWilayah_puskesmasId_fkey" FOREIGN KEY ("puskesmasId") REFERENCES "Puskesmas"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PuskesmasWilayah" ADD CONSTRAINT "PuskesmasWilayah_areaCode_fkey" FOREIGN KEY ("areaCode") REFERENCES "Area"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Posyandu" ADD CONSTRAINT "Posyandu_kelurahanCode_fkey" FOREIGN KEY ("kelurahanCode") REFERENCES "Area"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Posyandu" ADD CONSTRAINT "Posyandu_puskesmasId_fkey" FOREIGN KEY ("puskesmasId") REFERENCES "Puskesmas"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KaderMembership" ADD CONSTRAINT "KaderMembership_kaderId_fkey" FOREIGN KEY ("kaderId") REFERENCES "Kader"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KaderMembership" ADD CONSTRAINT "KaderMembership_posyanduId_fkey" FOREIGN KEY ("posyanduId") REFERENCES "Posyandu"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KaderTraining" ADD CONSTRAINT "KaderTraining_kaderId_fkey" FOREIGN KEY ("kaderId") REFERENCES "Kader"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KaderSkillResult" ADD CONSTRAINT "KaderSkillResult_kaderId_fkey" FOREIGN KEY ("kaderId") REFERENCES "Kader"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KaderSkillResult" ADD CONSTRAINT "KaderSkillResult_skillCode_fkey" FOREIGN KEY ("skillCode") REFERENCES "Skill"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MonthlyReport" ADD CONSTRAINT "MonthlyReport_posyanduId_fkey" FOREIGN KEY ("posyanduId") REFERENCES "Posyandu"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MonthlyReport" ADD CONSTRAINT "MonthlyReport_importBatchId_fkey" FOREIGN KEY ("importBatchId") REFERENCES "ImportBatch"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MonthlyReport" ADD CONSTRAINT "MonthlyReport_enteredById_fkey" FOREIGN KEY ("enteredById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NutritionAggregate" ADD CONSTRAINT "NutritionAggregate_posyanduId_fkey" FOREIGN KEY ("posyanduId") REFERENCES "Posyandu"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NutritionAggregate" ADD CONSTRAINT "NutritionAggregate_importBatchId_fkey" FOREIGN KEY ("importBatchId") REFERENCES "ImportBatch"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NutritionAggregate" ADD CONSTRAINT "NutritionAggregate_enteredById_fkey" FOREIGN KEY ("enteredById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnnualProfile" ADD CONSTRAINT "AnnualProfile_posyanduId_fkey" FOREIGN KEY ("posyanduId") REFERENCES "Posyandu"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnnualProfile" ADD CONSTRAINT "AnnualProfile_importBatchId_fkey" FOREIGN KEY ("importBatchId") REFERENCES "ImportBatch"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnnualProfile" ADD CONSTRAINT "AnnualProfile_enteredById_fkey" FOREIGN KEY ("enteredById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorTarget" ADD CONSTRAINT "IndicatorTarget_areaCode_fkey" FOREIGN KEY ("areaCode") REFERENCES "Area"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_areaCode_fkey" FOREIGN KEY ("areaCode") REFERENCES "Area"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_previousId_fkey" FOREIGN KEY ("previousId") REFERENCES "Meeting"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_lockedById_fkey" FOREIGN KEY ("lockedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingAttendee" ADD CONSTRAINT "MeetingAttendee_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionItem" ADD CONSTRAINT "ActionItem_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionItem" ADD CONSTRAINT "ActionItem_carriedFromId_fkey" FOREIGN KEY ("carriedFromId") REFERENCES "ActionItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionProgress" ADD CONSTRAINT "ActionProgress_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "ActionItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionProgress" ADD CONSTRAINT "ActionProgress_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_scopeAreaCode_fkey" FOREIGN KEY ("scopeAreaCode") REFERENCES "Area"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_puskesmasId_fkey" FOREIGN KEY ("puskesmasId") REFERENCES "Puskesmas"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiToken" ADD CONSTRAINT "ApiToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImportBatch" ADD CONSTRAINT "ImportBatch_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

