// Shared by the SQLite and PostgreSQL tests of the audit log's scope (lib/queries/audit.ts): the batch of an
// import's row changes is a plain id, so who sees those rows is decided by SQL joining ImportBatch by hand.
// Two kota, an ADMIN of each, a lurah and a puskesmas operator of Kota Metro, and one audit row of every kind,
// including the CLI's (no user): a Metro user created and a Lampung user's API token issued on the command line.
import { expect, it } from "vitest";
import { db, type Db } from "@/lib/db/client";
import { scopeOf, type Viewer } from "@/lib/auth/scope";
import { userScopeWhere } from "@/lib/queries/admin";
import { listAuditEntities, listAuditLog, scopedUserIdsSql } from "@/lib/queries/audit";

export type AuditScenario = {
  metroAdmin: Viewer;
  lampungAdmin: Viewer;
  noAreaAdmin: Viewer;
  /** Audit row ids by what wrote them. */
  rows: Record<"metroAdmin" | "lurah" | "puskesmas" | "lampungAdmin" | "system" | "lurahImport" | "cliImport" | "lampungImport" | "missingBatch" | "cliUser" | "cliToken", number>;
};

const viewer = (u: { id: number; username: string; name: string; scopeAreaCode: string | null }): Viewer =>
  ({ ...u, role: "ADMIN", wilayahKerja: [], puskesmasId: null });

export async function seedAuditScenario(db: Db): Promise<AuditScenario> {
  await db.area.createMany({
    data: [
      { code: "18.72", level: "KOTA", name: "Kota Metro", source: "uji" },
      { code: "18.72.01", level: "KECAMATAN", parentCode: "18.72", name: "Metro Pusat", source: "uji" },
      { code: "18.72.01.1001", level: "KELURAHAN", parentCode: "18.72.01", name: "Metro", source: "uji" },
      { code: "18.71", level: "KOTA", name: "Kota Bandar Lampung", source: "uji" },
      // A kota whose code starts like Metro's: LIKE '18.72.%' must not take it, nor '18.72' alone.
      { code: "18.720", level: "KOTA", name: "Kota Uji Awalan", source: "uji" },
    ],
  });
  const pkm = await db.puskesmas.create({ data: { name: "Puskesmas Metro", kotaCode: "18.72" } });
  const user = (username: string, role: "ADMIN" | "KELURAHAN" | "PUSKESMAS", scopeAreaCode: string | null, puskesmasId: number | null = null) =>
    db.user.create({ data: { username, name: username.toUpperCase(), role, scopeAreaCode, puskesmasId, passwordHash: "x" } });
  const metroAdmin = await user("admin.metro", "ADMIN", "18.72");
  const lampungAdmin = await user("admin.lampung", "ADMIN", "18.71");
  const prefixAdmin = await user("admin.awalan", "ADMIN", "18.720");
  const noAreaAdmin = await user("admin.tanpa", "ADMIN", null);
  const lurah = await user("lurah.metro", "KELURAHAN", "18.72.01.1001");
  const puskesmas = await user("pkm.metro", "PUSKESMAS", null, pkm.id);
  const batch = async (userId: number | null) =>
    (await db.importBatch.create({ data: { userId, kind: "LAPORAN_BULANAN", fileName: "uji.csv", fileHash: "0".repeat(64), rowsTotal: 1, status: "SELESAI" } })).id;
  const [lurahBatch, cliBatch, lampungBatch, prefixBatch] = [await batch(lurah.id), await batch(null), await batch(lampungAdmin.id), await batch(prefixAdmin.id)];
  const audit = async (userId: number | null, importBatchId: number | null, entity: string, entityId = "1") =>
    (await db.auditLog.create({ data: { userId, importBatchId, action: importBatchId ? "IMPORT_UPDATE" : "UPDATE", entity, entityId, before: '{"d":1}', after: '{"d":2}' } })).id;
  const lampungToken = await db.apiToken.create({ data: { userId: lampungAdmin.id, name: "uji", tokenHash: "f".repeat(64) } });
  const rows = {
    metroAdmin: await audit(metroAdmin.id, null, "IndicatorTarget"),
    lurah: await audit(lurah.id, null, "Posyandu"),
    puskesmas: await audit(puskesmas.id, null, "MonthlyReport"),
    lampungAdmin: await audit(lampungAdmin.id, null, "IndicatorTarget"),
    system: await audit(null, null, "Setting"),
    lurahImport: await audit(null, lurahBatch, "MonthlyReport"),
    cliImport: await audit(null, cliBatch, "MonthlyReport"),
    lampungImport: await audit(null, lampungBatch, "MonthlyReport"),
    missingBatch: await audit(null, lampungBatch + prefixBatch + 1000, "MonthlyReport"),
    cliUser: await audit(null, null, "User", String(lurah.id)),
    cliToken: await audit(null, null, "ApiToken", String(lampungToken.id)),
  };
  await audit(null, prefixBatch, "Posyandu");
  return { metroAdmin: viewer(metroAdmin), lampungAdmin: viewer(lampungAdmin), noAreaAdmin: viewer(noAreaAdmin), rows };
}

/** The cases both databases run, on the scenario `sc()` gives once seeded; the app's db() must point at it. */
export function auditScopeCases(sc: () => AuditScenario): void {
  it("an ADMIN sees their kota's users, its uploaders' import rows, the CLI's rows about its users and system rows, newest first", async () => {
    const page = await listAuditLog(sc().metroAdmin);
    const r = sc().rows;
    expect(page.rows.map((x) => x.id)).toEqual([r.cliUser, r.cliImport, r.lurahImport, r.system, r.puskesmas, r.lurah, r.metroAdmin]);
    expect(page.total).toBe(7);
    expect(page.rows.map((x) => x.user?.username ?? null)).toEqual([null, null, "lurah.metro", null, "pkm.metro", "lurah.metro", "admin.metro"]);
    expect(page.rows[2]!.changes).toEqual([{ field: "d", before: "1", after: "2" }]);
  });

  it("another kota's ADMIN sees their own uploads and tokens, never Metro's; a row whose batch is gone is no one's", async () => {
    const r = sc().rows;
    expect((await listAuditLog(sc().lampungAdmin)).rows.map((x) => x.id)).toEqual([r.cliToken, r.lampungImport, r.cliImport, r.system, r.lampungAdmin]);
    expect((await listAuditLog(sc().lampungAdmin)).rows.find((x) => x.id === r.lampungImport)?.user?.username).toBe("admin.lampung");
  });

  it("an ADMIN without an area sees only deployment-wide rows", async () => {
    expect((await listAuditLog(sc().noAreaAdmin)).rows.map((x) => x.id)).toEqual([sc().rows.cliImport, sc().rows.system]);
  });

  it("filters by entity, pages, and lists the entities of the scope only", async () => {
    expect((await listAuditLog(sc().metroAdmin, { entity: "MonthlyReport" })).rows.map((x) => x.id)).toEqual([sc().rows.cliImport, sc().rows.lurahImport, sc().rows.puskesmas]);
    expect(await listAuditLog(sc().metroAdmin, { page: 2 })).toMatchObject({ total: 7, page: 2, rows: [] });
    expect(await listAuditEntities(sc().metroAdmin)).toEqual(["IndicatorTarget", "MonthlyReport", "Posyandu", "Setting", "User"]);
    expect(await listAuditEntities(sc().lampungAdmin)).toEqual(["ApiToken", "IndicatorTarget", "MonthlyReport", "Setting"]);
    expect(await listAuditEntities(sc().noAreaAdmin)).toEqual(["MonthlyReport", "Setting"]);
  });

  it("the SQL scope takes exactly the users userScopeWhere takes", async () => {
    for (const v of [sc().metroAdmin, sc().lampungAdmin, sc().noAreaAdmin]) {
      const viaSql = (await db().$queryRaw<{ id: bigint | number }[]>(scopedUserIdsSql(v))).map((u) => Number(u.id)).sort((a, b) => a - b);
      const viaPrisma = (await db().user.findMany({ where: userScopeWhere(scopeOf(v)), select: { id: true }, orderBy: { id: "asc" } })).map((u) => u.id);
      expect(viaSql).toEqual(viaPrisma);
    }
    expect((await db().$queryRaw<unknown[]>(scopedUserIdsSql(sc().metroAdmin))).length).toBe(3);
  });
}
