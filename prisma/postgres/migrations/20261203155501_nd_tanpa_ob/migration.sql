-- AlterTable
ALTER TABLE "AreaMonth" ADD COLUMN     "ndTanpaOb" INTEGER NOT NULL DEFAULT 0;


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
