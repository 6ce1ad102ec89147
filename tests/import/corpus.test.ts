// The bad-input corpus (tests/corpus, docs/bad-input.md) through the import
// engine that `npm run impor` and /api/impor share: every hostile file is
// refused by every import kind, in Indonesian, quickly, writing nothing.
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { demoDb, type DemoDb } from "../helpers/demo-db";
import { runDir } from "../helpers/db";
import { runImport } from "@/lib/import/engine";
import { formatIssue } from "@/lib/import/issues";
import { ALL_IMPORT_IDS } from "@/lib/import/registry";
import { EPPGBM_COLUMNS } from "@/lib/import/eppgbm";
import { hostileFiles } from "../corpus/files";
import { batchesSince, lastBatchId, notIndonesian, tableCounts } from "../corpus/checks";

const TODAY = "2026-11-23";
// A refusal must come fast: a slow one is a denial of service for the other users.
const MAX_MS_PER_FILE = 8_000;

describe("hostile files through the import engine", () => {
  let t: DemoDb;
  beforeAll(async () => {
    t = await demoDb();
  });

  it.each(hostileFiles().map((f) => [f.id, f] as const))("%s: refused by every kind, in Indonesian, nothing written", async (_id, file) => {
    const data = await file.bytes();
    const before = await tableCounts(t.db);
    const lastId = await lastBatchId(t.db);
    const started = Date.now();
    for (const kind of ALL_IMPORT_IDS) {
      for (const dryRun of [true, false]) {
        const out = await runImport(t.db, t.viewers.admin, kind, data, file.fileName, { dryRun, today: TODAY });
        const errors = out.issues.filter((i) => i.severity === "error");
        expect(out.status, `${kind} ${dryRun ? "pratinjau" : "simpan"}`).toBe("ditolak");
        expect(out.batchId).toBeNull();
        expect(errors.length, kind).toBeGreaterThan(0);
        for (const e of errors) expect(notIndonesian(formatIssue(e)), kind).toBeNull();
      }
    }
    expect(Date.now() - started).toBeLessThan(MAX_MS_PER_FILE);
    expect(await tableCounts(t.db)).toEqual(before);
    for (const b of await batchesSince(t.db, lastId)) expect(b).toMatchObject({ status: "GAGAL", rowsInserted: 0, rowsUpdated: 0 });
  });

  it("never echoes the contents of a file an XLSX entity points at", async () => {
    const file = hostileFiles().find((f) => f.id === "xlsx-entitas-eksternal")!;
    const out = await runImport(t.db, t.viewers.admin, "laporan-bulanan", await file.bytes(), file.fileName, { dryRun: true, today: TODAY });
    expect(JSON.stringify(out.issues)).not.toMatch(/root:|\/bin\/(ba)?sh/);
  });

  it("reads a CSV whose rows mix CRLF, LF and CR line endings row by row (no row swallowed by the one before)", async () => {
    const own = t.data.posyandu.find((p) => p.kelurahanCode === "18.72.01.1003")!;
    const child = (nik: string, tbu: string) =>
      EPPGBM_COLUMNS.map((c) => ({ NIK: nik, Nama: `Anak ${nik}`, JK: "P", "Tgl Lahir": "2024-03-01", "Desa/Kel": "IMOPURO", Posyandu: own.name, "Tanggal Pengukuran": "2026-08-12", "BB/U": "Normal", "TB/U": tbu, "BB/TB": "Gizi Baik" })[c as string] ?? "").join(";");
    // Rows appended by another program keep their own line ending; the last column (KIA) is ignored, so a merged row would vanish silently.
    const text = `${EPPGBM_COLUMNS.join(";")}\r\n${child("1872010101249001", "Pendek")}\n${child("1872010101249002", "Sangat Pendek")}\r${child("1872010101249003", "Normal")}\r\n`;
    const out = await runImport(t.db, t.viewers.admin, "eppgbm", new TextEncoder().encode(text), "campur.csv", { dryRun: false, today: TODAY });
    expect(out.issues.filter((i) => i.severity === "error").map(formatIssue)).toEqual([]);
    expect(out.rows).toBe(3);
    const g = await t.db.nutritionAggregate.findFirstOrThrow({ where: { posyandu: { code: own.code }, period: "2026-08", source: "EPPGBM" } });
    expect([g.diukurTb, g.sangatPendek, g.pendek]).toEqual([3, 1, 1]);
  });

  it("refuses corpus files through the CLI too: exit 1, Indonesian lines, nothing written", async () => {
    const before = await tableCounts(t.db);
    for (const id of ["windows-1252", "xlsx-bom-sharedstrings", "json-bersarang-100rb-array"]) {
      const file = hostileFiles().find((f) => f.id === id)!;
      const path = `${runDir()}/${file.fileName}`;
      writeFileSync(path, await file.bytes());
      for (const kind of ["laporan-bulanan", "batas-wilayah"]) {
        const r = spawnSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "--conditions=react-server", "scripts/impor.ts", kind, path], {
          env: { ...process.env, DATABASE_URL: t.url }, encoding: "utf8", timeout: 60_000,
        });
        expect(r.status, `${id} ${kind}: ${r.stderr}`).toBe(1);
        expect(r.stderr).toBe("");
        const lines = r.stdout.trim().split("\n");
        expect(lines.at(-1)).toMatch(/^Ditolak: \d+ galat, tidak ada data yang ditulis/);
        for (const line of lines.filter((l) => l.startsWith("GALAT "))) expect(notIndonesian(line)).toBeNull();
      }
    }
    expect(await tableCounts(t.db)).toEqual(before);
  });
});
