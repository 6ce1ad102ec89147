-- Area codes compare byte by byte, so the range of codesBelow (lib/wilayah/codes.ts) is exactly the code prefix and an
-- index serves it. SQLite compares text with BINARY already, so nothing changes here (the PostgreSQL migration of the
-- same name sets COLLATE "C" on every column that holds an area code).
-- A statement Prisma can run: a migration of comments alone fails in its shadow database.
SELECT 1;
