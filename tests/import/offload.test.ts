// Large web uploads are imported by the importer CLI in a process of its own (lib/import/offload.ts), so that other
// users' pages keep loading. What the uploader sees must not depend on which process ran it: the same preview, the
// same rejection with the same messages, the same batch under their name, their scope enforced, and no copy of the
// file left behind. A process that dies says so instead of hanging or pretending.
import { beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { demoDb, type DemoDb } from "../helpers/demo-db";
import { runImport } from "@/lib/import/engine";
import { importerCli, MAX_WAITING, runImportInChild } from "@/lib/import/offload";
import { MAX_ISSUES_SHOWN, shownOutcome } from "@/lib/import/outcome";
import type { ImportOutcome } from "@/lib/import/engine";

const HEADER = "kode_posyandu,periode,buka,kader_bertugas,s,k,d,n,bgm,t2";
// The CLI takes today's date from the clock; the in-process runs below must use the same.
const today = () => new Date().toISOString().slice(0, 10);
const leftovers = () => readdirSync(tmpdir()).filter((f) => f.startsWith("pantau-impor-")).sort();

describe("imports in a process of their own", () => {
  let t: DemoDb;
  let rows: { id: number; code: string; period: string; s: number; k: number; d: number }[];
  let outside: string;
  beforeAll(async () => {
    t = await demoDb();
    const reports = await t.db.monthlyReport.findMany({
      where: { opened: true, s: { gt: 10 }, k: { not: null }, d: { gt: 2 }, posyandu: { kelurahanCode: t.viewers.lurah.scopeAreaCode! } },
      include: { posyandu: { select: { code: true } } }, orderBy: { id: "asc" }, take: 3,
    });
    rows = reports.map((r) => ({ id: r.id, code: r.posyandu.code, period: r.period, s: r.s!, k: r.k!, d: r.d! }));
    outside = (await t.db.posyandu.findFirstOrThrow({ where: { kelurahanCode: { not: t.viewers.lurah.scopeAreaCode! } } })).code;
  }, 120_000);

  const csv = (lines: string[]) => Buffer.from(`${HEADER}\n${lines.join("\n")}\n`);
  const changed = () => rows.map((r) => `${r.code},${r.period},ya,5,${r.s},${r.k},${r.d - 1},0,0,0`);
  const child = (data: Buffer, name: string, dryRun: boolean) =>
    runImportInChild(t.viewers.lurah, "laporan-bulanan", data, name, { dryRun, today: today(), env: { ...process.env, DATABASE_URL: t.url } });

  it("previews exactly what the in-process import previews, warnings included", async () => {
    const file = csv([...changed(), `${rows[0]!.code},2026-01,ya,5,,,,,,`]);
    const before = leftovers();
    const inProcess = shownOutcome(await runImport(t.db, t.viewers.lurah, "laporan-bulanan", file, "rekap.csv", { dryRun: true, today: today() }));
    const separate = await child(file, "rekap.csv", true);
    expect(separate).toEqual(inProcess);
    expect(separate.status).toBe("pratinjau");
    expect(separate.counts.updated + separate.counts.inserted).toBe(4);
    expect(separate.issues.some((i) => i.severity === "warning" && i.column === "s")).toBe(true);
    expect(leftovers()).toEqual(before);
  }, 60_000);

  it("rejects a row outside the uploader's kelurahan with the same messages, and writes nothing", async () => {
    const file = csv([...changed(), `${outside},2026-09,ya,5,80,75,60,50,1,2`, `${rows[1]!.code},${rows[1]!.period},ya,5,10,12,5,1,0,0`]);
    const inProcess = shownOutcome(await runImport(t.db, t.viewers.lurah, "laporan-bulanan", file, "salah.csv", { dryRun: true, today: today() }));
    const separate = await child(file, "salah.csv", false);
    expect(separate.status).toBe("ditolak");
    expect(separate.issues).toEqual(inProcess.issues);
    expect(separate.issues.map((i) => i.message).join("\n")).toMatch(/di luar wilayah Anda/);
    const stored = await t.db.monthlyReport.findMany({ where: { id: { in: rows.map((r) => r.id) } }, orderBy: { id: "asc" } });
    expect(stored.map((r) => r.d)).toEqual(rows.map((r) => r.d));
  }, 60_000);

  it("saves one batch under the uploader's name and the file's own name", async () => {
    const name = "-laporan Oktober.csv";
    const out = await child(csv(changed()), name, false);
    expect(out.status).toBe("selesai");
    expect(out.counts).toEqual({ inserted: 0, updated: 3, unchanged: 0 });
    const batch = await t.db.importBatch.findUniqueOrThrow({ where: { id: out.batchId! } });
    expect({ user: batch.userId, file: batch.fileName, status: batch.status }).toEqual({ user: t.viewers.lurah.id, file: name, status: "SELESAI" });
    const stored = await t.db.monthlyReport.findMany({ where: { id: { in: rows.map((r) => r.id) } }, orderBy: { id: "asc" } });
    expect(stored.map((r) => [r.d, r.importBatchId])).toEqual(rows.map((r) => [r.d - 1, out.batchId]));
  }, 60_000);

  it("says so when the import process ends without an answer, and leaves no copy of the file", async () => {
    const before = leftovers();
    const out = await runImportInChild(t.viewers.lurah, "laporan-bulanan", csv(changed()), "rekap.csv", {
      dryRun: false, today: today(), env: { ...process.env, DATABASE_URL: "postgresql://tidak-ada.invalid:1/x" },
    });
    expect(out.status).toBe("ditolak");
    expect(out.batchId).toBeNull();
    expect(out.issues).toEqual([expect.objectContaining({ severity: "error", message: expect.stringMatching(/Proses impor berhenti tanpa jawaban/) })]);
    expect(leftovers()).toEqual(before);
  }, 60_000);

  it("runs one large import at a time: the next waits its turn and then lands", async () => {
    // Each importer process notes its start and its exit in a file (appends, in the order they happen).
    const dir = mkdtempSync(join(tmpdir(), "offload-probe-"));
    const probe = join(dir, "probe.cjs");
    const log = join(dir, "log");
    // Only the main thread (tsx's loader runs in a worker thread, which preloads the probe too).
    writeFileSync(probe, `if (require("worker_threads").isMainThread) { const fs = require("fs"); fs.appendFileSync(${JSON.stringify(log)}, "start\\n"); process.on("exit", () => fs.appendFileSync(${JSON.stringify(log)}, "end\\n")); }`);
    const env = { ...process.env, DATABASE_URL: t.url, NODE_OPTIONS: `--require ${probe}` };
    const batches = await t.db.importBatch.count();
    const [first, second] = await Promise.all([
      runImportInChild(t.viewers.lurah, "laporan-bulanan", csv(changed()), "pertama.csv", { dryRun: true, today: today(), env }),
      runImportInChild(t.viewers.lurah, "laporan-bulanan", csv(changed()), "kedua.csv", { dryRun: false, today: today(), env }),
    ]);
    expect(readFileSync(log, "utf8").trim().split("\n")).toEqual(["start", "end", "start", "end"]);
    rmSync(dir, { recursive: true, force: true });
    expect(first.status).toBe("pratinjau");
    expect(second.status).toBe("selesai");
    expect(await t.db.importBatch.count()).toBe(batches + 1);
    expect((await t.db.importBatch.findUniqueOrThrow({ where: { id: second.batchId! } })).fileName).toBe("kedua.csv");
  }, 60_000);

  it("tells the uploader at once when the queue is full, writing nothing for them", async () => {
    const batches = await t.db.importBatch.count();
    const all = await Promise.all(Array.from({ length: MAX_WAITING + 2 }, (_, i) => child(csv(changed()), `antre-${i}.csv`, i > 0)));
    const refused = all.filter((o) => o.status === "ditolak");
    expect(refused).toHaveLength(1);
    expect(refused[0]).toMatchObject({ batchId: null, errorsTotal: 1 });
    expect(refused[0]!.issues[0]!.message).toBe(`Sudah ada ${MAX_WAITING + 1} impor berkas besar yang berjalan atau menunggu di server ini; tidak ada yang disimpan. Coba lagi beberapa menit lagi.`);
    // The others ran, one after another; the refused one (a save, unless it was the preview) wrote no batch.
    expect(all.filter((o) => o.status !== "ditolak")).toHaveLength(MAX_WAITING + 1);
    const saved = all.filter((o) => o.status === "selesai").length;
    expect(await t.db.importBatch.count()).toBe(batches + saved);
    // Once they have answered, the next one runs at once.
    expect((await child(csv(changed()), "sesudahnya.csv", true)).status).toBe("pratinjau");
  }, 120_000);

  it("falls back to the server's own process where the CLI is not installed", () => {
    expect(importerCli()).not.toBeNull();
    expect(importerCli(tmpdir())).toBeNull();
  });
});

describe("what an import shows of its issues", () => {
  const outcome = (warnings: number, errors: number): ImportOutcome => ({
    kind: "laporan-bulanan", fileName: "f.csv", rows: warnings + errors, counts: { inserted: 0, updated: 0, unchanged: 0 }, status: "ditolak", batchId: null,
    issues: [
      ...Array.from({ length: warnings }, (_, i) => ({ row: i + 2, column: "s", message: "S kosong", severity: "warning" as const })),
      ...Array.from({ length: errors }, (_, i) => ({ row: warnings + i + 2, column: "k", message: "K lebih besar dari S", severity: "error" as const })),
    ],
  });

  it("shows the errors even when a thousand warnings come first, and counts every error", () => {
    const shown = shownOutcome(outcome(5000, 3));
    expect(shown.issues).toHaveLength(MAX_ISSUES_SHOWN);
    expect(shown.issues.slice(0, 3).map((i) => [i.row, i.severity])).toEqual([[5002, "error"], [5003, "error"], [5004, "error"]]);
    expect(shown.issues[3]).toMatchObject({ row: 2, severity: "warning" });
    expect({ issuesTotal: shown.issuesTotal, errorsTotal: shown.errorsTotal }).toEqual({ issuesTotal: 5003, errorsTotal: 3 });
  });

  it("counts errors beyond the shown ones", () => {
    const shown = shownOutcome(outcome(0, 54_999));
    expect(shown.issues).toHaveLength(MAX_ISSUES_SHOWN);
    expect(shown.errorsTotal).toBe(54_999);
  });
});
