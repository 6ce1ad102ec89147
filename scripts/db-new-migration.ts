// `npm run db:migration -- <nama>`: after editing prisma/schema.prisma, writes
// the next migration for BOTH databases under the same folder name, so the
// SQLite and PostgreSQL histories never drift. PostgreSQL needs a server to
// diff against: set MIGRATION_PG_URL (any empty database you may create
// shadow databases on). tests/db/schema-sync.test.ts checks the result.
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("Pemakaian: npm run db:migration -- <nama_migrasi> (huruf kecil, angka, garis bawah)");
  process.exit(2);
}
const pgUrl = process.env.MIGRATION_PG_URL;
if (!pgUrl) {
  console.error("MIGRATION_PG_URL belum diisi: migrasi PostgreSQL perlu server PostgreSQL untuk dibandingkan.");
  process.exit(2);
}

execFileSync(process.execPath, ["scripts/schema-sync.mjs"], { stdio: "inherit" });
const stamp = new Date().toISOString().replace(/[-:T]/g, "").slice(0, 14);
const folder = `${stamp}_${name}`;
const targets = [
  { url: "file:./data/.migration-shadow.db", dir: "prisma/migrations", schema: "prisma/schema.prisma" },
  { url: pgUrl, dir: "prisma/postgres/migrations", schema: "prisma/postgres/schema.prisma" },
];
for (const t of targets) {
  const sql = execFileSync(
    process.execPath,
    ["node_modules/prisma/build/index.js", "migrate", "diff", "--from-migrations", t.dir, "--to-schema-datamodel", t.schema, "--script"],
    { env: { ...process.env, DATABASE_URL: t.url, CHECKPOINT_DISABLE: "1" }, encoding: "utf8" },
  );
  if (!/\b(CREATE|ALTER|DROP)\b/.test(sql)) {
    console.log(`${t.dir}: tidak ada perubahan skema.`);
    continue;
  }
  mkdirSync(join(t.dir, folder), { recursive: true });
  writeFileSync(join(t.dir, folder, "migration.sql"), sql);
  console.log(`${t.dir}/${folder}/migration.sql ditulis.`);
}
