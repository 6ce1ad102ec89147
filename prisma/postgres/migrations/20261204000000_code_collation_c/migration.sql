-- Every column that holds a Kemendagri area code compares byte by byte (COLLATE "C"), as the BINARY collation of SQLite does.
-- Why: under the collation of the database (en_US.UTF-8, C.UTF-8: anything but C) PostgreSQL cannot use a btree index
-- for LIKE with a prefix, so every "codes below this area" filter read the whole table, and the range of codesBelow
-- (code >= "35.01." AND code < "35.01/", lib/wilayah/codes.ts) is exact only in byte order: en_US.UTF-8 ignores
-- the dots, and "1872" or "18.72.01" fall on the wrong side of its ends. The Prisma schema cannot state a collation
-- (and its diff does not see one), so this migration is for PostgreSQL only: tests/pg/code-collation.test.ts checks
-- that every such column has it. Equality, joins and foreign keys read the same, ORDER BY code becomes byte order,
-- as on SQLite. The indexes on these columns are rebuilt (minutes on a nasional database).
ALTER TABLE "Area" ALTER COLUMN "code" TYPE TEXT COLLATE "C", ALTER COLUMN "parentCode" TYPE TEXT COLLATE "C";
ALTER TABLE "AreaBoundary" ALTER COLUMN "areaCode" TYPE TEXT COLLATE "C";
ALTER TABLE "Puskesmas" ALTER COLUMN "kotaCode" TYPE TEXT COLLATE "C";
ALTER TABLE "PuskesmasWilayah" ALTER COLUMN "areaCode" TYPE TEXT COLLATE "C";
ALTER TABLE "Posyandu" ALTER COLUMN "kelurahanCode" TYPE TEXT COLLATE "C", ALTER COLUMN "kecamatanCode" TYPE TEXT COLLATE "C", ALTER COLUMN "kabKotaCode" TYPE TEXT COLLATE "C";
ALTER TABLE "IndicatorTarget" ALTER COLUMN "areaCode" TYPE TEXT COLLATE "C";
ALTER TABLE "Meeting" ALTER COLUMN "areaCode" TYPE TEXT COLLATE "C";
ALTER TABLE "AgendaItem" ALTER COLUMN "areaCode" TYPE TEXT COLLATE "C";
ALTER TABLE "ActionItem" ALTER COLUMN "areaCode" TYPE TEXT COLLATE "C";
ALTER TABLE "User" ALTER COLUMN "scopeAreaCode" TYPE TEXT COLLATE "C";
ALTER TABLE "NameMapping" ALTER COLUMN "kelurahanCode" TYPE TEXT COLLATE "C";
ALTER TABLE "AreaMonth" ALTER COLUMN "areaCode" TYPE TEXT COLLATE "C", ALTER COLUMN "parentCode" TYPE TEXT COLLATE "C";
ALTER TABLE "AreaNutrition" ALTER COLUMN "areaCode" TYPE TEXT COLLATE "C", ALTER COLUMN "parentCode" TYPE TEXT COLLATE "C";
ALTER TABLE "AreaYear" ALTER COLUMN "areaCode" TYPE TEXT COLLATE "C", ALTER COLUMN "parentCode" TYPE TEXT COLLATE "C";
ALTER TABLE "AreaKader" ALTER COLUMN "areaCode" TYPE TEXT COLLATE "C", ALTER COLUMN "parentCode" TYPE TEXT COLLATE "C";
