// Shared by the SQLite and PostgreSQL tests of codesBelow (lib/wilayah/codes.ts): a client that records the SQL
// Prisma sends, area codes chosen to trip a wrong prefix range, and the reads of the hot paths whose plans they check.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as SqliteClient } from "@/lib/generated/sqlite/client";
import { PrismaClient as PostgresClient } from "@/lib/generated/postgres/client";
import type { Db } from "@/lib/db/client";
import { isPostgresUrl, pgConfigFromUrl, sqlitePathFromUrl } from "@/lib/db/url";
import { sqliteAdapter } from "@/lib/db/sqlite";
import { areaWhere, posyanduWhere } from "@/lib/auth/scope";
import { worsenedKelurahan } from "@/lib/queries/dashboard-series";

export type Logged = { sql: string; params: unknown[] };

/** A client on `url` that appends every statement it sends (text and parameters) to `log`. */
export function loggingDb(url: string, log: Logged[]): Db {
  const options = { log: [{ emit: "event" as const, level: "query" as const }] };
  const client = isPostgresUrl(url)
    ? (new PostgresClient({ adapter: new PrismaPg(pgConfigFromUrl(url)), ...options }) as unknown as Db)
    : (new SqliteClient({ adapter: sqliteAdapter(sqlitePathFromUrl(url)), ...options }) as unknown as Db);
  (client as unknown as { $on(e: "query", f: (e: { query: string; params: string }) => void): void }).$on("query", (e) => {
    log.push({ sql: e.query, params: JSON.parse(e.params) as unknown[] });
  });
  return client;
}

/**
 * Codes around 18.72.1: its child 18.72.1.2001, the sibling 18.72.10 that a bare "18.72.1" prefix would take in,
 * 18.721 (the same digits without the dot), "18.72/" (the range's upper end itself) and codes of other kota.
 */
export const TRICKY_CODES = ["18", "18.7", "18.72", "18.72.1", "18.72.1.2001", "18.72.10", "18.72.10.1001", "18.72.01", "18.72.01.1001", "18.721", "18.72/", "18.72-", "18.73", "1872", "19.72.1"];

/** Writes TRICKY_CODES as areas (no parents: some are no real codes). */
export async function seedTrickyAreas(db: Db) {
  await db.area.createMany({ data: TRICKY_CODES.map((code) => ({ code, level: "DESA" as const, name: `Area ${code}`, source: "uji" })) });
}

/** The hot reads filtered by code prefix, through the real where builders and query. */
export const HOT_READS: Record<string, (db: Db) => Promise<unknown>> = {
  "areaWhere (kota)": (db) => db.area.findMany({ where: areaWhere({ kind: "subtree", root: "18.72" }), select: { code: true } }),
  "posyanduWhere (provinsi)": (db) => db.posyandu.findMany({ where: posyanduWhere({ kind: "subtree", root: "18" }), select: { id: true } }),
  "worsenedKelurahan (kota)": async (db) => {
    const app = globalThis as { pantauDb?: Db };
    const before = app.pantauDb;
    app.pantauDb = db;
    try {
      return await worsenedKelurahan("18.72", "2026-08", "2026-02");
    } finally {
      app.pantauDb = before;
    }
  },
};
