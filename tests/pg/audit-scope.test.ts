// Runs only via `npm run test:pg`: who sees which audit rows (lib/queries/audit.ts) on a real, throwaway
// PostgreSQL database; the hand-written scope SQL must behave as on SQLite (tests/actions/audit-scope.test.ts).
import { afterAll, beforeAll, describe } from "vitest";
import { resetEnvCache } from "@/lib/env";
import type { Db } from "@/lib/db/client";
import { migratedPg } from "../helpers/pg-db";
import { auditScopeCases, seedAuditScenario, type AuditScenario } from "../helpers/audit-scope";

const pg = migratedPg("pantau_audit");
const singleton = globalThis as { pantauDb?: Db };

describe("audit log scope (PostgreSQL)", () => {
  let s: AuditScenario;
  beforeAll(async () => {
    const other = await pg.open();
    process.env.DATABASE_URL = pg.url;
    resetEnvCache();
    singleton.pantauDb = undefined;
    s = await seedAuditScenario(other);
  });
  afterAll(async () => {
    await singleton.pantauDb?.$disconnect();
    singleton.pantauDb = undefined;
    await pg.close();
  });

  auditScopeCases(() => s);
});
