// `npm run db:migrate`: applies the migrations for DATABASE_URL (SQLite or
// PostgreSQL) with the Prisma CLI through the driver adapter, then switches a
// SQLite file to WAL so dashboard reads never wait for an import's write.
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { execFileSync } from "node:child_process";
import Database from "better-sqlite3";
import { env } from "../lib/env.ts";
import { isPostgresUrl, sqlitePathFromUrl } from "../lib/db/url.ts";
import { createDb } from "../lib/db/client.ts";
import { seedReference } from "../lib/reference/seed.ts";
import { backfillAreaKader } from "../lib/rollup/rebuild.ts";

/** Applies all pending migrations to `url`; throws with the CLI's output on failure. */
export function migrate(url: string, quiet = false): void {
  if (!isPostgresUrl(url)) mkdirSync(dirname(sqlitePathFromUrl(url)), { recursive: true });
  execFileSync(process.execPath, ["node_modules/prisma/build/index.js", "migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: url, CHECKPOINT_DISABLE: "1", PRISMA_HIDE_UPDATE_MESSAGE: "1" },
    stdio: quiet ? "pipe" : "inherit",
  });
  if (!isPostgresUrl(url)) {
    const sqlite = new Database(sqlitePathFromUrl(url));
    sqlite.pragma("journal_mode = WAL");
    sqlite.close();
  }
}

/** Migrates and inserts the reference data (rule sets, national targets). */
export async function migrateAndSeedReference(url: string, quiet = false): Promise<void> {
  migrate(url, quiet);
  const db = createDb(url);
  try {
    await seedReference(db);
  } finally {
    await db.$disconnect();
  }
}

/** Fills AreaKader for a database that predates it (per kab/kota; nothing to do on later runs). */
async function backfill(url: string): Promise<void> {
  const db = createDb(url);
  try {
    const t0 = performance.now();
    const n = await backfillAreaKader(db, (kota, done, total) => console.log(`AreaKader ${kota}: ${done}/${total} kab/kota`));
    if (n > 0) console.log(`AreaKader diisi untuk ${n} kab/kota (${((performance.now() - t0) / 1000).toFixed(1)} dtk).`);
  } finally {
    await db.$disconnect();
  }
}

const isMain = process.argv[1]?.endsWith("db-migrate.ts");
if (isMain) {
  const url = env().DATABASE_URL;
  void migrateAndSeedReference(url)
    .then(() => backfill(url))
    .then(() => console.log(`Migrasi selesai untuk ${isPostgresUrl(url) ? "PostgreSQL" : url}.`));
}
