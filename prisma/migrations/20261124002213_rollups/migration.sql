-- CreateTable
CREATE TABLE "PosyanduYear" (
    "posyanduId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "stratum" TEXT NOT NULL,
    "aktif" BOOLEAN NOT NULL,
    "frekuensi" INTEGER NOT NULL,
    "rerataKader" REAL,
    "dsTahunan" REAL,
    "kurang" TEXT NOT NULL,
    "kurangAktif" TEXT NOT NULL,
    "ruleVersion" TEXT NOT NULL,

    PRIMARY KEY ("posyanduId", "year"),
    CONSTRAINT "PosyanduYear_posyanduId_fkey" FOREIGN KEY ("posyanduId") REFERENCES "Posyandu" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AreaMonth" (
    "areaCode" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "parentCode" TEXT,
    "melapor" INTEGER NOT NULL,
    "buka" INTEGER NOT NULL,
    "ks_k" INTEGER NOT NULL,
    "ks_s" INTEGER NOT NULL,
    "ds_d" INTEGER NOT NULL,
    "ds_s" INTEGER NOT NULL,
    "nd_n" INTEGER NOT NULL,
    "nd_d" INTEGER NOT NULL,
    "bgm" INTEGER NOT NULL,
    "bgm_d" INTEGER NOT NULL,
    "t2" INTEGER NOT NULL,
    "t2_d" INTEGER NOT NULL,
    "dMelebihiS" INTEGER NOT NULL,
    "lastEntered" DATETIME,

    PRIMARY KEY ("areaCode", "period")
);

-- CreateTable
CREATE TABLE "AreaNutrition" (
    "areaCode" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "parentCode" TEXT,
    "diukurTb" INTEGER NOT NULL,
    "sangatPendek" INTEGER NOT NULL,
    "pendek" INTEGER NOT NULL,
    "diukurBbTb" INTEGER NOT NULL,
    "giziBuruk" INTEGER NOT NULL,
    "giziKurang" INTEGER NOT NULL,
    "diukurBb" INTEGER NOT NULL,
    "bbSangatKurang" INTEGER NOT NULL,
    "bbKurang" INTEGER NOT NULL,
    "lastEntered" DATETIME,

    PRIMARY KEY ("areaCode", "period", "source")
);

-- CreateTable
CREATE TABLE "AreaYear" (
    "areaCode" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "parentCode" TEXT,
    "pratama" INTEGER NOT NULL,
    "madya" INTEGER NOT NULL,
    "purnama" INTEGER NOT NULL,
    "mandiri" INTEGER NOT NULL,
    "aktif" INTEGER NOT NULL,
    "dinilai" INTEGER NOT NULL,
    "lastEntered" DATETIME,

    PRIMARY KEY ("areaCode", "year")
);

-- CreateIndex
CREATE INDEX "PosyanduYear_year_idx" ON "PosyanduYear"("year");

-- CreateIndex
CREATE INDEX "AreaMonth_parentCode_period_idx" ON "AreaMonth"("parentCode", "period");

-- CreateIndex
CREATE INDEX "AreaNutrition_parentCode_period_idx" ON "AreaNutrition"("parentCode", "period");

-- CreateIndex
CREATE INDEX "AreaYear_parentCode_year_idx" ON "AreaYear"("parentCode", "year");

