// Driver-adapter factory for the Prisma CLI (migrate diff/deploy) with the
// workarounds for the 6.19 Wasm schema engine documented in ../shared/stack.md.
// Runtime code uses lib/db/client.ts instead.
import type { SqlMigrationAwareDriverAdapterFactory, SqlDriverAdapter } from "@prisma/driver-adapter-utils";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { randomUUID } from "node:crypto";
import pg from "pg";
import { pgConfigFromUrl, sqlitePathFromUrl } from "./url";
import { dropDatabaseForced } from "./pg-drop";

// PostgreSQL catalog types `name` (19) and `"char"` (18) that the pg adapter
// cannot map (prisma#27403); the engine only needs them as text.
const CATALOG_TEXT_OIDS = new Set([18, 19]);

/** The engine sends multi-statement scripts through executeRaw (P3006): route them to executeScript. */
function patchAdapter(adapter: SqlDriverAdapter, isPostgres: boolean): SqlDriverAdapter {
  const executeRaw = adapter.executeRaw.bind(adapter);
  adapter.executeRaw = async (query) => {
    const statements = query.sql.split(";").filter((part) => part.trim() !== "");
    if (query.args.length === 0 && statements.length > 1) {
      await adapter.executeScript(query.sql);
      return 0;
    }
    return executeRaw(query);
  };
  if (isPostgres) {
    const queryable = adapter as unknown as { performIO?: (q: unknown) => Promise<{ fields: { dataTypeID: number }[] }> };
    const performIO = queryable.performIO?.bind(adapter);
    if (performIO) {
      queryable.performIO = async (q: unknown) => {
        const result = await performIO(q);
        for (const field of result.fields) {
          if (CATALOG_TEXT_OIDS.has(field.dataTypeID)) field.dataTypeID = 25;
        }
        return result;
      };
    }
  }
  return adapter;
}

/** Builds the adapter factory the CLI asks for in prisma.config.ts. */
export async function cliAdapterFactory(url: string): Promise<SqlMigrationAwareDriverAdapterFactory> {
  const isPostgres = /^postgres(ql)?:\/\//.test(url);
  const inner: SqlMigrationAwareDriverAdapterFactory = isPostgres
    ? new PrismaPg({ ...pgConfigFromUrl(url), allowExitOnIdle: true })
    : new PrismaBetterSQLite3({ url: sqlitePathFromUrl(url) });
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    connect: async () => patchAdapter(await inner.connect(), isPostgres),
    connectToShadowDb: async () =>
      patchAdapter(isPostgres ? await pgShadowDb(url) : await inner.connectToShadowDb(), isPostgres),
  };
}

/**
 * A throwaway shadow database that is really dropped afterwards: the 6.19
 * adapter's own DROP fails while its pool is still connected, leaving
 * databases behind (../shared/stack.md).
 */
async function pgShadowDb(url: string): Promise<SqlDriverAdapter> {
  const config = pgConfigFromUrl(url);
  const name = `pantau_shadow_${randomUUID().replaceAll("-", "")}`;
  const admin = new pg.Client({ ...config });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const adapter = await new PrismaPg({ ...config, database: name, allowExitOnIdle: true }).connect();
  const dispose = adapter.dispose.bind(adapter);
  adapter.dispose = async () => {
    await dispose();
    const dropper = new pg.Client({ ...config });
    await dropper.connect();
    await dropDatabaseForced((sql) => dropper.query(sql), name);
    await dropper.end();
  };
  return adapter;
}

