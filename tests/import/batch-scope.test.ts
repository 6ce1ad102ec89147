// Import batches belong to the kota of whoever uploaded them: an ADMIN of one
// kota neither lists nor undoes another kota's batches (two kota can share one
// deployment). Regression for the /impor history showing every batch to every
// ADMIN, and for undo marking another kota's batch as undone.
import { beforeAll, describe, expect, it } from "vitest";
import { demoDb, type DemoDb } from "../helpers/demo-db";
import { addScopeFixture, type ScopeFixture } from "../helpers/scope-fixture";
import { runImport } from "@/lib/import/engine";
import { undoImportBatch } from "@/lib/import/undo";
import { listImportBatches } from "@/lib/queries/imports";
import { loadViewer } from "@/lib/queries/auth";

const TODAY = "2026-11-23";
const report = (code: string) => new TextEncoder().encode(`kode_posyandu;periode;buka;kader_bertugas;s;k;d;n;bgm;t2\n${code};2026-10;ya;5;80;75;60;50;1;2\n`);

describe("import batches of another kota", () => {
  let t: DemoDb;
  let fx: ScopeFixture;
  let mine: number;
  let lurahs: number;
  let foreign: number;
  beforeAll(async () => {
    t = await demoDb();
    fx = await addScopeFixture(t.db);
    const metro = t.data.posyandu.find((p) => p.kelurahanCode === "18.72.01.1001")!.code;
    mine = (await runImport(t.db, t.viewers.admin, "laporan-bulanan", report(metro), "admin.csv", { dryRun: false, today: TODAY })).batchId!;
    lurahs = (await runImport(t.db, t.viewers.lurah, "laporan-bulanan", report(metro), "lurah.csv", { dryRun: false, today: TODAY })).batchId!;
    const foreignAdmin = (await loadViewer(fx.user.id, 0))!;
    foreign = (await runImport(t.db, foreignAdmin, "laporan-bulanan", report(fx.posyandu.code), "luar.csv", { dryRun: false, today: TODAY })).batchId!;
  });

  it("lists the batches of the admin's own kota only; others see their own", async () => {
    expect((await listImportBatches(t.viewers.admin)).map((b) => b.id).sort()).toEqual([mine, lurahs].sort());
    expect((await listImportBatches((await loadViewer(fx.user.id, 0))!)).map((b) => b.id).sort()).toEqual([fx.batchId, foreign].sort());
    expect((await listImportBatches(t.viewers.lurah)).map((b) => b.id)).toEqual([lurahs]);
  });

  it("does not undo another kota's batch, with rows or without, and leaves it as it was", async () => {
    for (const id of [foreign, fx.batchId]) {
      const before = await t.db.importBatch.findUniqueOrThrow({ where: { id } });
      expect(await undoImportBatch(t.db, t.viewers.admin, id, new Date())).toEqual({ ok: false, message: `Batch impor #${id} tidak ditemukan.` });
      expect(await t.db.importBatch.findUniqueOrThrow({ where: { id } })).toEqual(before);
    }
    expect(await t.db.monthlyReport.count({ where: { importBatchId: foreign } })).toBe(1);
    expect((await undoImportBatch(t.db, (await loadViewer(fx.user.id, 0))!, foreign, new Date())).ok).toBe(true);
    expect((await undoImportBatch(t.db, t.viewers.admin, lurahs, new Date())).ok).toBe(true);
  });
});
