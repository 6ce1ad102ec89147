import { beforeAll, describe, expect, it } from "vitest";
import { demoDb, type DemoDb } from "../helpers/demo-db";
import { setTarget } from "@/lib/actions/admin";
import { createPosyandu, updatePosyandu } from "@/lib/actions/posyandu";
import { AUDIT_PAGE_SIZE, diffAudit, listAuditEntities, listAuditLog } from "@/lib/queries/audit";

const TODAY = "2026-08-20";

describe("audit log (ADMIN)", () => {
  let t: DemoDb;
  beforeAll(async () => {
    t = await demoDb();
    const posyandu = { code: "PA001", name: "Anggrek", kelurahanCode: "18.72.01.1001", active: "on" };
    expect((await createPosyandu(t.db, t.viewers.lurah, posyandu, TODAY)).ok).toBe(true);
    expect((await updatePosyandu(t.db, t.viewers.lurah, "PA001", { ...posyandu, name: "Anggrek Putih", rw: "RW 02" }, TODAY)).ok).toBe(true);
    for (let year = 2026; year < 2026 + AUDIT_PAGE_SIZE + 5; year++) {
      expect((await setTarget(t.db, t.viewers.admin, { indicator: "wasting", year, value: "5", source: "Renstra" })).ok).toBe(true);
    }
  });

  it("lists newest first with who, action and entity", async () => {
    const page = await listAuditLog(t.viewers.admin);
    expect(page.total).toBe(2 + AUDIT_PAGE_SIZE + 5);
    expect(page.rows).toHaveLength(AUDIT_PAGE_SIZE);
    const ids = page.rows.map((r) => r.id);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    expect(page.rows[0]).toMatchObject({ action: "CREATE", entity: "IndicatorTarget", user: { username: "admin" } });
  });

  it("pages with ?halaman= and filters by entity", async () => {
    const second = await listAuditLog(t.viewers.admin, { page: 2 });
    expect(second.rows).toHaveLength(7);
    expect(second.rows.at(-1)).toMatchObject({ entity: "Posyandu", action: "CREATE", user: { username: "lurah" } });
    const posyandu = await listAuditLog(t.viewers.admin, { entity: "Posyandu" });
    expect(posyandu.total).toBe(2);
    expect(posyandu.rows.map((r) => r.action)).toEqual(["UPDATE", "CREATE"]);
    expect(await listAuditEntities(t.viewers.admin)).toEqual(["IndicatorTarget", "Posyandu"]);
  });

  it("shows a compact before→after diff of the changed fields only", async () => {
    const [update] = (await listAuditLog(t.viewers.admin, { entity: "Posyandu" })).rows;
    expect(update!.changes).toEqual([
      { field: "name", before: "Anggrek", after: "Anggrek Putih" },
      { field: "rw", before: null, after: "RW 02" },
    ]);
  });

  it.each(["pimpinan", "camat", "lurah", "puskesmas"] as const)("shows nothing to %s", async (who) => {
    expect(await listAuditLog(t.viewers[who])).toMatchObject({ total: 0, rows: [] });
    expect(await listAuditEntities(t.viewers[who])).toEqual([]);
  });

  it.each([
    ["creation lists filled fields", null, { a: 1, b: null, ilp: true }, [{ field: "a", before: null, after: "1" }, { field: "ilp", before: null, after: "ya" }]],
    ["deletion lists former fields", { value: 14.2 }, null, [{ field: "value", before: "14,2", after: null }]],
    ["secrets and timestamps are hidden", { passwordHash: "h1", updatedAt: "x", active: true }, { passwordHash: "h2", updatedAt: "y", active: false }, [{ field: "active", before: "ya", after: "tidak" }]],
    ["dates at midnight show as days", { startDate: "2024-02-01T00:00:00.000Z" }, { startDate: "2024-03-01T00:00:00.000Z" }, [{ field: "startDate", before: "2024-02-01", after: "2024-03-01" }]],
    ["fields missing from after are not changes", { name: "A", memberships: [1] }, { name: "A" }, []],
  ])("diff: %s", (_label, before, after, expected) => {
    expect(diffAudit(before === null ? null : JSON.stringify(before), after === null ? null : JSON.stringify(after))).toEqual(expected);
  });
});
