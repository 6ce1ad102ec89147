-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_AreaMonth" (
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
    "ndTanpaOb" INTEGER NOT NULL DEFAULT 0,
    "bgm" INTEGER NOT NULL,
    "bgm_d" INTEGER NOT NULL,
    "t2" INTEGER NOT NULL,
    "t2_d" INTEGER NOT NULL,
    "dMelebihiS" INTEGER NOT NULL,
    "lastEntered" DATETIME,

    PRIMARY KEY ("areaCode", "period")
);
INSERT INTO "new_AreaMonth" ("areaCode", "bgm", "bgm_d", "buka", "dMelebihiS", "ds_d", "ds_s", "ks_k", "ks_s", "lastEntered", "melapor", "nd_d", "nd_n", "parentCode", "period", "t2", "t2_d") SELECT "areaCode", "bgm", "bgm_d", "buka", "dMelebihiS", "ds_d", "ds_s", "ks_k", "ks_s", "lastEntered", "melapor", "nd_d", "nd_n", "parentCode", "period", "t2", "t2_d" FROM "AreaMonth";
DROP TABLE "AreaMonth";
ALTER TABLE "new_AreaMonth" RENAME TO "AreaMonth";
CREATE INDEX "AreaMonth_parentCode_period_idx" ON "AreaMonth"("parentCode", "period");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;


-- No report stored before this migration has O and B (nothing wrote them), so every report counted in N/D lacks them:
-- kelurahan rows count their reports, then each level up sums its children (the rollup's own order).
UPDATE "AreaMonth" SET "ndTanpaOb" = (
  SELECT COUNT(*) FROM "MonthlyReport" r JOIN "Posyandu" p ON p."id" = r."posyanduId"
  WHERE p."kelurahanCode" = "AreaMonth"."areaCode" AND r."period" = "AreaMonth"."period" AND p."active"
    AND r."n" IS NOT NULL AND r."d" IS NOT NULL AND (r."o" IS NULL OR r."b" IS NULL)
) WHERE length("areaCode") - length(replace("areaCode", '.', '')) = 3;
UPDATE "AreaMonth" SET "ndTanpaOb" = (SELECT COALESCE(SUM(c."ndTanpaOb"), 0) FROM "AreaMonth" c WHERE c."parentCode" = "AreaMonth"."areaCode" AND c."period" = "AreaMonth"."period")
WHERE length("areaCode") - length(replace("areaCode", '.', '')) = 2;
UPDATE "AreaMonth" SET "ndTanpaOb" = (SELECT COALESCE(SUM(c."ndTanpaOb"), 0) FROM "AreaMonth" c WHERE c."parentCode" = "AreaMonth"."areaCode" AND c."period" = "AreaMonth"."period")
WHERE length("areaCode") - length(replace("areaCode", '.', '')) = 1;
UPDATE "AreaMonth" SET "ndTanpaOb" = (SELECT COALESCE(SUM(c."ndTanpaOb"), 0) FROM "AreaMonth" c WHERE c."parentCode" = "AreaMonth"."areaCode" AND c."period" = "AreaMonth"."period")
WHERE "parentCode" IS NULL;
