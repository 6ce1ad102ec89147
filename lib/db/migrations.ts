// The migrations this checkout ships, per database. The health check and the
// restore compare them with a database's `_prisma_migrations` table.
import { readdirSync } from "node:fs";
import { join } from "node:path";

/** The migrations folder `prisma migrate deploy` uses for this database (prisma.config.ts). */
export function migrationsDir(postgres: boolean, root = process.cwd()): string {
  return join(root, postgres ? "prisma/postgres/migrations" : "prisma/migrations");
}

/** Names of the shipped migrations, oldest first; a folder without migration.sql is not one. */
export function listMigrations(postgres: boolean, root = process.cwd()): string[] {
  const dir = migrationsDir(postgres, root);
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && readdirSync(join(dir, d.name)).includes("migration.sql"))
    .map((d) => d.name)
    .sort();
}

/** SQL listing the migrations a database has fully applied (the same on SQLite and PostgreSQL). */
export const APPLIED_MIGRATIONS_SQL =
  "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL";
