// A throwaway PostgreSQL database for the `npm run test:pg` suite: a random name
// under TEST_POSTGRES_URL's server, and a way to run admin SQL (CREATE/DROP
// DATABASE) on the server's own database.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { pgConfigFromUrl } from "@/lib/db/url";
import { createDb, type Db } from "@/lib/db/client";
import { dropDatabaseForced } from "@/lib/db/pg-drop";
import { migrate } from "../../scripts/db-migrate";

export function throwawayPg(prefix = "pantau_test") {
  const base = process.env.TEST_POSTGRES_URL;
  if (!base) throw new Error("TEST_POSTGRES_URL wajib diisi untuk npm run test:pg");
  const name = `${prefix}_${randomUUID().replaceAll("-", "").slice(0, 12)}`;
  const url = Object.assign(new URL(base), { pathname: `/${name}` }).toString();
  /** Runs one statement on the server's own database (where CREATE/DROP DATABASE run). */
  async function admin(sql: string) {
    const client = new pg.Client(pgConfigFromUrl(base!));
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  }
  return { base, name, url, admin };
}

/**
 * A throwaway database with the migrations applied: `open` creates it and returns a client on it, `close`
 * disconnects and drops it (the beforeAll/afterAll pair of most PostgreSQL tests).
 */
export function migratedPg(prefix = "pantau_test") {
  const t = throwawayPg(prefix);
  let db: Db | undefined;
  return {
    ...t,
    async open(): Promise<Db> {
      await t.admin(`CREATE DATABASE "${t.name}"`);
      migrate(t.url, true);
      return (db = createDb(t.url));
    },
    async close(): Promise<void> {
      await db?.$disconnect();
      await dropDatabaseForced(t.admin, t.name);
    },
  };
}
