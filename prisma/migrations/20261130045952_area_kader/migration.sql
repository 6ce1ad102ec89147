-- CreateTable
CREATE TABLE "AreaKader" (
    "areaCode" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "parentCode" TEXT,
    "posyanduAktif" INTEGER NOT NULL,
    "kaderAktif" INTEGER NOT NULL,
    "posyanduKaderCukup" INTEGER NOT NULL,
    "kaderTerlatih" INTEGER NOT NULL,
    "purwa" INTEGER NOT NULL,
    "madya" INTEGER NOT NULL,
    "utama" INTEGER NOT NULL,

    PRIMARY KEY ("areaCode", "period")
);

-- CreateIndex
CREATE INDEX "AreaKader_parentCode_period_idx" ON "AreaKader"("parentCode", "period");

