// The PostgreSQL side of scripts/bench/target.ts: the bench database lives on
// the BENCH_PG_URL server, is created (and copied, and its copies dropped)
// through the URL's maintenance database, and carries a comment once seeded.
import pg from "pg";
import { pgConfigFromUrl } from "../../lib/db/url";
import { placeholders, toDriver, type SqlValue } from "../../lib/rollup/sql";
import { dropDatabaseForced } from "../../lib/db/pg-drop";
import { createCopySql, quoteIdent, quoteLiteral, seedMarker, withDatabase, type BenchTarget, type PgNames, type ReadDb, type Skala } from "./target";

/** Rows per FETCH of the cursor behind ReadDb.iterate. */
const FETCH_ROWS = 10_000;

async function connect(url: string): Promise<pg.Client> {
  const client = new pg.Client(pgConfigFromUrl(url));
  await client.connect();
  return client;
}

/** Runs `work` on a short-lived connection to `url`. */
async function withClient<T>(url: string, work: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = await connect(url);
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const bind = (params: readonly SqlValue[] = []) => params.map((v) => toDriver("postgres", v));

/** A read connection; `iterate` reads through a cursor in a read-only transaction. */
export async function pgRead(url: string, fetchRows = FETCH_ROWS): Promise<ReadDb> {
  const client = await connect(url);
  return {
    query: async <T>(sql: string, params?: readonly SqlValue[]) => (await client.query(placeholders("postgres", sql), bind(params))).rows as T[],
    async *iterate<T>(sql: string, params?: readonly SqlValue[]) {
      await client.query("BEGIN READ ONLY");
      try {
        await client.query(`DECLARE bench_rows NO SCROLL CURSOR FOR ${placeholders("postgres", sql)}`, bind(params));
        for (;;) {
          const { rows } = await client.query(`FETCH ${fetchRows} FROM bench_rows`);
          for (const row of rows) yield row as T;
          if (rows.length < fetchRows) break;
        }
      } finally {
        await client.query("COMMIT");
      }
    },
    close: () => client.end(),
  };
}

/** True when a database of that name exists on the server. */
export async function databaseExists(adminUrl: string, name: string): Promise<boolean> {
  return withClient(adminUrl, async (c) => (await c.query("SELECT 1 FROM pg_database WHERE datname = $1", [name])).rowCount === 1);
}

/** `CREATE DATABASE copy TEMPLATE source`, replacing a leftover copy; fails clearly while the source has connections. */
export async function copyDatabase(adminUrl: string, source: string, copy: string): Promise<void> {
  await withClient(adminUrl, async (c) => {
    const version = Number((await c.query<{ server_version_num: string }>("SHOW server_version_num")).rows[0]?.server_version_num ?? 0);
    await dropDatabaseForced((sql) => c.query(sql), copy);
    try {
      await c.query(createCopySql(copy, source, version >= 150000));
    } catch (e) {
      const busy = e instanceof Error && /being accessed by other users/.test(e.message);
      throw new Error(busy ? `Basis data ${source} tidak dapat disalin selama ada koneksi lain (hentikan server bench dulu).` : `Gagal menyalin ${source}: ${e instanceof Error ? e.message : String(e)}`);
    }
  });
}

/** Drops a database, ending its connections. */
export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  await withClient(adminUrl, (c) => dropDatabaseForced((sql) => c.query(sql), name));
}

/** The bench target on a PostgreSQL server (see pgBenchNames for the names). */
export function postgresTarget(names: PgNames, skala: Skala): BenchTarget {
  const { adminUrl, database } = names;
  return {
    kind: "postgresql",
    label: names.label,
    url: names.url,
    name: `bench-${skala}-postgresql`,
    copyBeforeServer: true,
    prepare: () => withClient(adminUrl, async (c) => {
      const found = await c.query<{ note: string | null }>("SELECT shobj_description(oid, 'pg_database') AS note FROM pg_database WHERE datname = $1", [database]);
      if (found.rowCount === 0) {
        await c.query(`CREATE DATABASE ${quoteIdent(database)}`);
        return false;
      }
      return found.rows[0]?.note === seedMarker(skala);
    }),
    markSeeded: async () => {
      // The bulk seeder writes no statistics; autovacuum would gather them at some random moment during the measurement.
      await withClient(names.url, (c) => c.query("ANALYZE"));
      await withClient(adminUrl, (c) => c.query(`COMMENT ON DATABASE ${quoteIdent(database)} IS ${quoteLiteral(seedMarker(skala))}`));
    },
    open: () => pgRead(names.url),
    copy: async (label) => {
      const copy = `${database}_${label}`;
      // PostgreSQL silently truncates identifiers past 63 bytes: two labels could then name one copy.
      if (!/^[a-z0-9_]+$/.test(label) || copy.length > 63) throw new Error(`Nama salinan tidak sah: ${copy}`);
      await copyDatabase(adminUrl, database, copy);
      return { url: withDatabase(names.url, copy), drop: () => dropDatabase(adminUrl, copy) };
    },
  };
}
