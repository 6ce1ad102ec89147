// The set-based import path (lib/import/bulk-upsert.ts) and the set-based
// rollup refresh (lib/rollup/refresh-sql.ts) must give exactly what the
// row-by-row code gave: the audit images undo reads, counts, nothing left
// behind by a dry run, and the same rollup rows.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import Database from "better-sqlite3";
import { demoDb, type DemoDb } from "../helpers/demo-db";
import { fingerprint } from "../helpers/crash-db";
import { runImport } from "@/lib/import/engine";
import { sqliteDrivers } from "@/lib/db/client";
import { refreshRollups } from "@/lib/rollup/refresh";
import { yearOf } from "@/lib/period";

const HEADER = "kode_posyandu,periode,buka,kader_bertugas,s,k,d,n,bgm,t2";
const ROLLUPS = ["AreaMonth", "AreaNutrition", "AreaYear", "PosyanduYear", "AreaKader"];

describe("set-based import", () => {
  let t: DemoDb;
  let conn: Database.Database;
  beforeAll(async () => {
    t = await demoDb();
    conn = new Database(t.path, { readonly: true });
  }, 120_000);
  afterAll(async () => {
    conn?.close();
    await t?.db.$disconnect();
  });
  const run = (csv: string, dryRun = false) => runImport(t.db, t.viewers.admin, "laporan-bulanan", Buffer.from(csv), "laporan.csv", { dryRun, today: "2026-11-23" });

  it("audits each changed row with the stored and the new values of the columns the file changed, in the stored row's JSON form", async () => {
    const [a, b] = await t.db.monthlyReport.findMany({ where: { opened: true, d: { gt: 1 }, kaderOnDuty: { not: 7 }, n: { gt: 0 } }, include: { posyandu: { select: { code: true } } }, orderBy: { id: "asc" }, take: 2 });
    const { posyandu: pa, ...rowA } = a!;
    const out = await run(`${HEADER}\n${pa.code},${a!.period},ya,7,${a!.s},${a!.k},${a!.d! - 1},0,${a!.bgm ?? ""},${a!.t2 ?? ""}\n${b!.posyandu.code},${b!.period},ya,${b!.kaderOnDuty ?? ""},${b!.s ?? ""},${b!.k ?? ""},${b!.d ?? ""},${b!.n ?? ""},${b!.bgm ?? ""},${b!.t2 ?? ""}\n`);
    expect(out.status).toBe("selesai");
    expect(out.counts).toEqual({ inserted: 0, updated: 1, unchanged: 1 });
    const audits = await t.db.auditLog.findMany({ where: { importBatchId: out.batchId!, action: "IMPORT_UPDATE" } });
    expect(audits).toHaveLength(1);
    expect(audits[0]!.entityId).toBe(String(a!.id));
    // The stored row's own JSON text (JSON.stringify of the Prisma row) cut to the row's identity, the three
    // columns the file changed and the columns every import stamps: undo restores these keys, and its "changed
    // since" check looks for `"importBatchId":<batch>,` in later images.
    const { id, posyanduId, period, kaderOnDuty, d, n, source, importBatchId, enteredById } = rowA;
    const before = JSON.stringify({ id, posyanduId, period, kaderOnDuty, d, n, source, importBatchId, enteredById });
    expect(audits[0]!.before).toBe(before);
    // The source the import stamps is listed where it replaced another (the demo's rows are DEMO).
    expect(source).toBe("DEMO");
    expect(audits[0]!.after).toBe(JSON.stringify({ period, kaderOnDuty: 7, d: d! - 1, n: 0, source: "IMPOR" }));
    const now = await t.db.monthlyReport.findUniqueOrThrow({ where: { id: a!.id } });
    expect(now).toMatchObject({ d: a!.d! - 1, kaderOnDuty: 7, source: "IMPOR", importBatchId: out.batchId, enteredById: null, enteredAt: a!.enteredAt });
    expect(now.updatedAt.getTime()).toBeGreaterThan(a!.updatedAt.getTime());
  });

  it("inserts new rows with the import's stamps, and re-importing the same file changes nothing", async () => {
    const p = await t.db.posyandu.findFirstOrThrow({ where: { active: true }, orderBy: { code: "asc" } });
    const csv = `${HEADER}\n${p.code},2026-10,ya,5,90,80,70,60,1,2\n`;
    await t.db.monthlyReport.deleteMany({ where: { posyanduId: p.id, period: "2026-10" } });
    const first = await run(csv);
    expect(first.counts).toEqual({ inserted: 1, updated: 0, unchanged: 0 });
    expect(await t.db.monthlyReport.findFirstOrThrow({ where: { posyanduId: p.id, period: "2026-10" } })).toMatchObject({ s: 90, d: 70, source: "IMPOR", importBatchId: first.batchId, enteredById: null });
    const kel = await t.db.areaMonth.findUniqueOrThrow({ where: { areaCode_period: { areaCode: p.kelurahanCode, period: "2026-10" } } });
    const again = await run(csv);
    expect(again.counts).toEqual({ inserted: 0, updated: 0, unchanged: 1 });
    expect(await t.db.areaMonth.findUniqueOrThrow({ where: { areaCode_period: { areaCode: p.kelurahanCode, period: "2026-10" } } })).toEqual(kel);
  });

  it("a dry run counts without writing anything and leaves no staging table on the connection", async () => {
    const p = await t.db.posyandu.findFirstOrThrow({ where: { active: true }, orderBy: { code: "desc" } });
    const before = fingerprint(conn);
    const out = await run(`${HEADER}\n${p.code},2026-09,ya,5,91,80,70,60,1,2\n${p.code},2019-01,ya,5,91,80,70,60,1,2\n`, true);
    expect(out.status).toBe("pratinjau");
    expect(out.counts.inserted + out.counts.updated).toBe(2);
    expect(fingerprint(conn)).toEqual(before);
    const reads = sqliteDrivers(t.db)!.reads!;
    expect(reads.prepare("SELECT name FROM sqlite_temp_master").all()).toEqual([]);
  });

  it("the set-based rollup refresh gives the same rows as the row-by-row refresh", async () => {
    const reports = await t.db.monthlyReport.findMany({ select: { posyanduId: true, period: true } });
    const touched = { posyanduIds: reports.map((r) => r.posyanduId), periods: reports.map((r) => r.period), years: reports.map((r) => yearOf(r.period)) };
    const refreshed = async (sqlFrom: number) => {
      await t.db.$transaction(async (tx) => {
        // Wrong rollups first, so a refresh that skips a table or a level cannot pass.
        for (const table of ["AreaMonth", "AreaNutrition", "AreaYear", "PosyanduYear"]) await tx.$executeRawUnsafe(`DELETE FROM "${table}"`);
        await refreshRollups(tx, touched, { sqlFrom });
      }, { timeout: 120_000 });
      return fingerprint(conn, ROLLUPS);
    };
    const rowByRow = await refreshed(Number.POSITIVE_INFINITY);
    const setBased = await refreshed(0);
    expect(Number(rowByRow.AreaMonth!.split(" ")[0])).toBeGreaterThan(100);
    expect(setBased).toEqual(rowByRow);
  }, 120_000);
});
