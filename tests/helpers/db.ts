// A throwaway real SQLite database per test file, copied from the migrated template.
import { copyFileSync } from "node:fs";
import { randomUUID } from "node:crypto";
import { inject } from "vitest";
import { createDb, type Db } from "@/lib/db/client";
import { resetEnvCache } from "@/lib/env";

export type TestDb = { db: Db; url: string; path: string };

/** The folder of this test run (template database, scratch files). */
export function runDir(): string {
  return inject("runDir");
}

/**
 * A fresh migrated database; also becomes DATABASE_URL for code that uses db().
 * `busyTimeoutMs` shortens the wait for another writer's lock, for this client and for db().
 */
export function freshDb({ busyTimeoutMs }: { busyTimeoutMs?: number } = {}): TestDb {
  const dir = runDir();
  const path = `${dir}/${randomUUID()}.db`;
  copyFileSync(`${dir}/template.db`, path);
  const url = `file:./${path}`;
  process.env.DATABASE_URL = url;
  resetEnvCache();
  const app = globalThis as { pantauDb?: Db };
  app.pantauDb = busyTimeoutMs === undefined ? undefined : createDb(url, { busyTimeoutMs });
  return { db: createDb(url, { busyTimeoutMs }), url, path };
}
