// Runs only via `npm run test:pg`: who sees which audit rows (lib/queries/audit.ts) on a real, throwaway
// PostgreSQL database; the hand-written scope SQL must behave as on SQLite (tests/actions/audit-scope.test.ts).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resetEnvCache } from "@/lib/env";
import { db, type Db } from "@/lib/db/client";
import { scopeOf } from "@/lib/auth/scope";
import { userScopeWhere } from "@/lib/queries/admin";
import { listAuditEntities, listAuditLog, scopedUserIdsSql } from "@/lib/queries/audit";
import { migratedPg } from "../helpers/pg-db";
import { seedAuditScenario, type AuditScenario } from "../helpers/audit-scope";

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

  it("an ADMIN sees their kota's users, its uploaders' import rows and system rows, newest first", async () => {
    const page = await listAuditLog(s.metroAdmin);
    const r = s.rows;
    expect(page.rows.map((x) => x.id)).toEqual([r.cliImport, r.lurahImport, r.system, r.puskesmas, r.lurah, r.metroAdmin]);
    expect(page.total).toBe(6);
    expect(page.rows.map((x) => x.user?.username ?? null)).toEqual([null, "lurah.metro", null, "pkm.metro", "lurah.metro", "admin.metro"]);
    expect(page.rows[1]!.changes).toEqual([{ field: "d", before: "1", after: "2" }]);
  });

  it("another kota's ADMIN sees their own uploads, never Metro's; a row whose batch is gone is no one's", async () => {
    const r = s.rows;
    expect((await listAuditLog(s.lampungAdmin)).rows.map((x) => x.id)).toEqual([r.lampungImport, r.cliImport, r.system, r.lampungAdmin]);
    expect((await listAuditLog(s.lampungAdmin)).rows.find((x) => x.id === r.lampungImport)?.user?.username).toBe("admin.lampung");
  });

  it("an ADMIN without an area sees only system rows", async () => {
    expect((await listAuditLog(s.noAreaAdmin)).rows.map((x) => x.id)).toEqual([s.rows.cliImport, s.rows.system]);
  });

  it("filters by entity, pages, and lists the entities of the scope only", async () => {
    expect((await listAuditLog(s.metroAdmin, { entity: "MonthlyReport" })).rows.map((x) => x.id)).toEqual([s.rows.cliImport, s.rows.lurahImport, s.rows.puskesmas]);
    expect(await listAuditLog(s.metroAdmin, { page: 2 })).toMatchObject({ total: 6, page: 2, rows: [] });
    expect(await listAuditEntities(s.metroAdmin)).toEqual(["ApiToken", "IndicatorTarget", "MonthlyReport", "Posyandu"]);
    expect(await listAuditEntities(s.noAreaAdmin)).toEqual(["ApiToken", "MonthlyReport"]);
  });

  it("the SQL scope takes exactly the users userScopeWhere takes", async () => {
    for (const v of [s.metroAdmin, s.lampungAdmin, s.noAreaAdmin]) {
      const viaSql = (await db().$queryRaw<{ id: bigint | number }[]>(scopedUserIdsSql(v))).map((u) => Number(u.id)).sort((a, b) => a - b);
      const viaPrisma = (await db().user.findMany({ where: userScopeWhere(scopeOf(v)), select: { id: true }, orderBy: { id: "asc" } })).map((u) => u.id);
      expect(viaSql).toEqual(viaPrisma);
    }
    expect((await db().$queryRaw<unknown[]>(scopedUserIdsSql(s.metroAdmin))).length).toBe(3);
  });
});
