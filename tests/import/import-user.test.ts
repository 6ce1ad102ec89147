// Rows an import writes name their user through their batch (docs/import.md "Who wrote a row"): the report and
// its IMPORT_UPDATE audit row carry no user of their own, the batch carries the uploader. What a user must still
// see: the audit page names the uploader for every such row, an ADMIN of another kota sees none of them, and
// undo gives the row back exactly as it was, its form author included.
import { beforeAll, describe, expect, it } from "vitest";
import { demoDb, type DemoDb } from "../helpers/demo-db";
import { addScopeFixture, type ScopeFixture } from "../helpers/scope-fixture";
import { runImport } from "@/lib/import/engine";
import { undoImportBatch } from "@/lib/import/undo";
import { listAuditLog } from "@/lib/queries/audit";
import { loadViewer } from "@/lib/queries/auth";
import type { Viewer } from "@/lib/auth/scope";

const TODAY = "2026-11-23";
const HEADER = "kode_posyandu,periode,buka,kader_bertugas,s,k,d,n,bgm,t2";

describe("the user of imported rows is the batch's", () => {
  let t: DemoDb;
  let fx: ScopeFixture;
  let foreignAdmin: Viewer;
  let report: { id: number; code: string; period: string; d: number };
  let lurahBatch: number;
  let foreignBatch: number;
  beforeAll(async () => {
    t = await demoDb();
    fx = await addScopeFixture(t.db);
    foreignAdmin = (await loadViewer(fx.user.id, 0))!;
    const r = await t.db.monthlyReport.findFirstOrThrow({ where: { opened: true, d: { gt: 1 }, posyandu: { kelurahanCode: "18.72.01.1001" } }, include: { posyandu: { select: { code: true } } }, orderBy: { id: "asc" } });
    // As if a kader coordinator had typed it into the form: the row's own author, which undo must give back.
    await t.db.monthlyReport.update({ where: { id: r.id }, data: { enteredById: t.viewers.camat.id } });
    report = { id: r.id, code: r.posyandu.code, period: r.period, d: r.d! };
    const csv = `${HEADER}\n${report.code},${report.period},ya,5,${r.s},${r.k},${report.d - 1},0,0,0\n`;
    const out = await runImport(t.db, t.viewers.lurah, "laporan-bulanan", Buffer.from(csv), "lurah.csv", { dryRun: false, today: TODAY });
    expect(out.counts).toEqual({ inserted: 0, updated: 1, unchanged: 0 });
    lurahBatch = out.batchId!;
    // Inserted first, then changed: only a change leaves an IMPORT_UPDATE row.
    const foreign = (d: number) => Buffer.from(`${HEADER}\n${fx.posyandu.code},2026-10,ya,5,80,75,${d},50,1,2\n`);
    await runImport(t.db, foreignAdmin, "laporan-bulanan", foreign(60), "luar.csv", { dryRun: false, today: TODAY });
    foreignBatch = (await runImport(t.db, foreignAdmin, "laporan-bulanan", foreign(61), "luar.csv", { dryRun: false, today: TODAY })).batchId!;
  }, 120_000);

  it("stores the uploader on the batch only", async () => {
    expect(await t.db.importBatch.findUniqueOrThrow({ where: { id: lurahBatch } })).toMatchObject({ userId: t.viewers.lurah.id });
    expect(await t.db.monthlyReport.findUniqueOrThrow({ where: { id: report.id } })).toMatchObject({ d: report.d - 1, importBatchId: lurahBatch, enteredById: null });
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { importBatchId: lurahBatch, action: "IMPORT_UPDATE" } });
    expect(audit.userId).toBeNull();
  });

  it("the audit page names the uploader for the import's rows", async () => {
    const rows = (await listAuditLog(t.viewers.admin, { entity: "MonthlyReport" })).rows.filter((r) => r.importBatchId === lurahBatch);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ action: "IMPORT_UPDATE", entityId: String(report.id), user: { username: "lurah" } });
    expect(rows[0]!.changes).toContainEqual({ field: "d", before: String(report.d), after: String(report.d - 1) });
  });

  it("an ADMIN of another kota sees none of them, and the other way round", async () => {
    const theirs = await listAuditLog(foreignAdmin);
    expect(theirs.rows.filter((r) => r.importBatchId === lurahBatch)).toEqual([]);
    expect(theirs.rows.filter((r) => r.importBatchId === foreignBatch && r.entity === "MonthlyReport")).toHaveLength(1);
    const mine = await listAuditLog(t.viewers.admin, { entity: "MonthlyReport" });
    expect(mine.rows.filter((r) => r.importBatchId === foreignBatch)).toEqual([]);
  });

  it("undo restores the row, its form author included", async () => {
    expect(await undoImportBatch(t.db, t.viewers.admin, lurahBatch, new Date())).toMatchObject({ ok: true, restored: 1 });
    expect(await t.db.monthlyReport.findUniqueOrThrow({ where: { id: report.id } })).toMatchObject({ d: report.d, enteredById: t.viewers.camat.id, importBatchId: null });
  });
});
