-- Kelurahan name mappings belong to the kab/kota of their target (lib/import/mapping.ts): the key "imo puro"
-- becomes "18.72|imo puro", so the same spelling in two kab/kota no longer shares (and overwrites) one mapping.
UPDATE "NameMapping" SET "sourceKey" = substr("kelurahanCode", 1, 5) || '|' || "sourceKey"
WHERE "kind" = 'KELURAHAN' AND "kelurahanCode" IS NOT NULL AND "sourceKey" NOT LIKE '%|%';
