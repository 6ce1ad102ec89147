// The migrations this checkout ships, per database. The health check and the
// restore compare them with a database's `_prisma_migrations` table.
import { readdirSync } from "node:fs";
import { join } from "node:path";

/** The migrations folder `prisma migrate deploy` uses for this database (prisma.config.ts). */
export function migrationsDir(postgres: boolean): string {
  // Literal segments keep the Next.js build tracing these folders only, not the whole project.
  return postgres ? join(process.cwd(), "prisma", "postgres", "migrations") : join(process.cwd(), "prisma", "migrations");
}

/** Names of the shipped migrations, oldest first (Prisma names their folders <14-digit timestamp>_<name>). */
export function listMigrations(postgres: boolean): string[] {
  return readdirSync(migrationsDir(postgres), { withFileTypes: true })
    .filter((d) => d.isDirectory() && /^\d{14}_/.test(d.name))
    .map((d) => d.name)
    .sort();
}

/** SQL listing the migrations a database has fully applied (the same on SQLite and PostgreSQL). */
export const APPLIED_MIGRATIONS_SQL =
  "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL";
