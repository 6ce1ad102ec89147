// Who sees which audit rows (lib/queries/audit.ts) on a real SQLite database. An import's row changes carry
// their batch as a plain id (no foreign key): they follow the uploader's scope through a hand-written join.
// The same cases run on PostgreSQL in tests/pg/audit-scope.test.ts.
import { beforeAll, describe } from "vitest";
import { freshDb } from "../helpers/db";
import { auditScopeCases, seedAuditScenario, type AuditScenario } from "../helpers/audit-scope";

describe("audit log scope (SQLite)", () => {
  let s: AuditScenario;
  beforeAll(async () => {
    s = await seedAuditScenario(freshDb().db);
  });

  auditScopeCases(() => s);
});
