// Undo of a large laporan-bulanan batch: thousands of updated rows used to pass
// SQLite's parameter limit (an id list in the delete) and Prisma's 5 s default
// transaction time, so the undo failed (whole, nothing changed) on exactly the
// batches an ADMIN most needs to take back.
import { describe, expect, it } from "vitest";
import Database from "better-sqlite3";
import { readFileSync } from "node:fs";
import { demoDb } from "../helpers/demo-db";
import { monthlyFile } from "../helpers/crash-data";
import { fingerprint } from "../helpers/crash-db";
import { runImport } from "@/lib/import/engine";
import { undoImportBatch } from "@/lib/import/undo";
import { periodRange } from "@/lib/period";

// Every value an undo restores (bookkeeping columns like updatedAt are the database's own).
const VALUES = "SELECT posyanduId, period, opened, kaderOnDuty, s, k, d, n, o, b, bgm, t2, qualityFlags, source, importBatchId, enteredById, enteredAt FROM MonthlyReport ORDER BY posyanduId, period";

describe("undo of a large import batch", () => {
  it("restores about 2,000 updated rows and deletes the inserted ones, rollups included", async () => {
    const t = await demoDb();
    const codes = (await t.db.posyandu.findMany({ select: { code: true }, orderBy: { code: "asc" } })).map((p) => p.code);
    // 12 demo months (every row changes) and 2 months the demo lacks (every row is new).
    const file = monthlyFile(`${t.path}.csv`, codes, periodRange("2023-09", "2024-10"), 3);
    const conn = new Database(t.path, { readonly: true });
    const before = { values: conn.prepare(VALUES).all(), rollups: fingerprint(conn, ["AreaMonth", "AreaYear", "PosyanduYear"]) };
    const out = await runImport(t.db, t.viewers.admin, "laporan-bulanan", readFileSync(file.path), "besar.csv", { dryRun: false, today: "2026-11-23" });
    expect(out.status).toBe("selesai");
    expect(out.counts.updated).toBeGreaterThan(1500);
    const undo = await undoImportBatch(t.db, t.viewers.admin, out.batchId!, new Date());
    expect(undo).toEqual({ ok: true, deleted: out.counts.inserted, restored: out.counts.updated });
    expect(conn.prepare(VALUES).all()).toEqual(before.values);
    expect(fingerprint(conn, ["AreaMonth", "AreaYear", "PosyanduYear"])).toEqual(before.rollups);
    conn.close();
    await t.db.$disconnect();
  }, 180_000);
});
