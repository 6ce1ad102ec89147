// The set-based import and rollup refresh on PostgreSQL (`npm run test:pg`):
// the same SQL runs through Prisma there, with PostgreSQL's types (enums,
// booleans, timestamps) and its own JSON text.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { runImport } from "@/lib/import/engine";
import { undoImportBatch } from "@/lib/import/undo";
import { refreshRollups } from "@/lib/rollup/refresh";
import { yearOf } from "@/lib/period";
import type { Viewer } from "@/lib/auth/scope";
import { migratedPg } from "../helpers/pg-db";
import { seedMetroDemo, tableHash } from "../helpers/pg-demo";

const pg = migratedPg("pantau_bulk");
const HEADER = "kode_posyandu,periode,buka,kader_bertugas,s,k,d,n,bgm,t2";

/** Row count and hash of a table's rows in a stable order. */
describe("set-based import on PostgreSQL", () => {
  let db: Db;
  let adminViewer: Viewer;
  beforeAll(async () => {
    db = await pg.open();
    adminViewer = await seedMetroDemo(db);
  }, 240_000);
  afterAll(() => pg.close());

  it("updates, inserts and audits like on SQLite, a dry run writes nothing, and undo restores the rows", async () => {
    const old = await db.monthlyReport.findFirstOrThrow({ where: { opened: true, d: { gt: 1 }, kaderOnDuty: { not: 7 }, n: { gt: 0 } }, include: { posyandu: { select: { code: true } } }, orderBy: { id: "asc" } });
    const fresh = await db.posyandu.findFirstOrThrow({ where: { active: true }, orderBy: { code: "desc" } });
    await db.monthlyReport.deleteMany({ where: { posyanduId: fresh.id, period: "2026-10" } });
    const csv = `${HEADER}\n${old.posyandu.code},${old.period},ya,7,${old.s},${old.k},${old.d! - 1},0,${old.bgm ?? ""},${old.t2 ?? ""}\n${fresh.code},2026-10,ya,5,90,80,70,60,1,2\n`;
    const imp = (dryRun: boolean) => runImport(db, adminViewer, "laporan-bulanan", Buffer.from(csv), "laporan.csv", { dryRun, today: "2026-11-23" });

    const before = await tableHash(db, "MonthlyReport");
    const dry = await imp(true);
    expect(dry).toMatchObject({ status: "pratinjau", counts: { inserted: 1, updated: 1, unchanged: 0 } });
    expect(await tableHash(db, "MonthlyReport")).toBe(before);

    const out = await imp(false);
    expect(out).toMatchObject({ status: "selesai", counts: { inserted: 1, updated: 1, unchanged: 0 } });
    const { posyandu: _p, ...row } = old;
    void _p;
    const audit = await db.auditLog.findFirstOrThrow({ where: { importBatchId: out.batchId!, action: "IMPORT_UPDATE" } });
    // Compact text like JSON.stringify of the row, cut to its identity, the columns the file changed and the
    // columns every import stamps, as on SQLite (undo's "changed since" check looks for `"importBatchId":N,`).
    const { id, posyanduId, period, kaderOnDuty, d, n, source, importBatchId, enteredById } = row;
    expect(audit.before).toBe(JSON.stringify({ id, posyanduId, period, kaderOnDuty, d, n, source, importBatchId, enteredById }));
    expect(source).not.toBe("IMPOR");
    expect(audit.after).toBe(JSON.stringify({ period, kaderOnDuty: 7, d: d! - 1, n: 0, source: "IMPOR" }));
    // The user is the batch's (docs/import.md "Who wrote a row"), as on SQLite.
    expect(audit.userId).toBeNull();
    expect(await db.importBatch.findUniqueOrThrow({ where: { id: out.batchId! } })).toMatchObject({ userId: adminViewer.id });
    expect(await db.monthlyReport.findUniqueOrThrow({ where: { id: old.id } })).toMatchObject({ d: old.d! - 1, source: "IMPOR", importBatchId: out.batchId, enteredById: null });
    expect(await db.monthlyReport.findFirstOrThrow({ where: { posyanduId: fresh.id, period: "2026-10" } })).toMatchObject({ s: 90, source: "IMPOR", enteredById: null });

    expect(await undoImportBatch(db, adminViewer, out.batchId!, new Date())).toEqual({ ok: true, deleted: 1, restored: 1 });
    // Every column as it was but the bookkeeping time: undo needs no more than the image holds.
    const { updatedAt: _u, ...restored } = await db.monthlyReport.findUniqueOrThrow({ where: { id: old.id } });
    void _u;
    const { updatedAt: _o, ...was } = row;
    void _o;
    expect(restored).toEqual(was);
  }, 120_000);

  it("keeps a stored row's values in the columns a file lacks, and audits only what changed", async () => {
    const old = await db.monthlyReport.findFirstOrThrow({ where: { opened: true, d: { gt: 1 }, t2: { gt: 0 }, bgm: { not: null } }, include: { posyandu: { select: { code: true } } }, orderBy: { id: "desc" } });
    const fresh = await db.posyandu.findFirstOrThrow({ where: { active: true }, orderBy: { code: "asc" } });
    await db.monthlyReport.deleteMany({ where: { posyanduId: fresh.id, period: "2026-10" } });
    const csv = `kode_posyandu,periode,buka,s,d\n${old.posyandu.code},${old.period},ya,${old.s},${old.d! - 1}\n${fresh.code},2026-10,ya,90,70\n`;
    const out = await runImport(db, adminViewer, "laporan-bulanan", Buffer.from(csv), "tanpa-2t.csv", { dryRun: false, today: "2026-11-23" });
    expect(out).toMatchObject({ status: "selesai", counts: { inserted: 1, updated: 1, unchanged: 0 } });
    expect(await db.monthlyReport.findUniqueOrThrow({ where: { id: old.id } })).toMatchObject({ d: old.d! - 1, t2: old.t2, bgm: old.bgm, k: old.k, kaderOnDuty: old.kaderOnDuty, n: old.n });
    expect(await db.monthlyReport.findFirstOrThrow({ where: { posyanduId: fresh.id, period: "2026-10" } })).toMatchObject({ s: 90, d: 70, t2: null, k: null });
    const audit = await db.auditLog.findFirstOrThrow({ where: { importBatchId: out.batchId!, action: "IMPORT_UPDATE" } });
    expect(Object.keys(JSON.parse(audit.after!))).toEqual(expect.not.arrayContaining(["t2", "bgm", "k"]));
  }, 120_000);

  it("the set-based rollup refresh gives the same rows as the row-by-row refresh", async () => {
    const reports = await db.monthlyReport.findMany({ select: { posyanduId: true, period: true } });
    const touched = { posyanduIds: reports.map((r) => r.posyanduId), periods: reports.map((r) => r.period), years: reports.map((r) => yearOf(r.period)) };
    const refreshed = async (sqlFrom: number) => {
      await db.$transaction(async (tx) => {
        for (const table of ["AreaMonth", "AreaNutrition", "AreaYear", "PosyanduYear"]) await tx.$executeRawUnsafe(`DELETE FROM "${table}"`);
        await refreshRollups(tx, touched, { sqlFrom });
      }, { timeout: 120_000 });
      const out: Record<string, string> = {};
      for (const table of ["AreaMonth", "AreaNutrition", "AreaYear", "AreaKader", "PosyanduYear"]) out[table] = await tableHash(db, table);
      return out;
    };
    const rowByRow = await refreshed(Number.POSITIVE_INFINITY);
    const setBased = await refreshed(0);
    expect(Number(rowByRow.AreaMonth!.split(" ")[0])).toBeGreaterThan(100);
    expect(setBased).toEqual(rowByRow);
  }, 180_000);
});
