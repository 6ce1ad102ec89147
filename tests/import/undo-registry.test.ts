import { beforeAll, describe, expect, it } from "vitest";
import { demoDb, type DemoDb } from "../helpers/demo-db";
import { runImport } from "@/lib/import/engine";
import { undoImportBatch } from "@/lib/import/undo";

const TODAY = "2026-11-23";
const enc = (s: string) => new TextEncoder().encode(s);
const P = "kode_posyandu,nama_posyandu,kode_kelurahan,nama_puskesmas,rw,alamat,lintang,bujur,ilp";
const K = "kode_kader,kode_posyandu,nama,jenis_kelamin,tahun_lahir,mulai_bertugas,aktif,terlatih_dasar,level_kompetensi";

describe("undoing posyandu and kader import batches", () => {
  let t: DemoDb;
  beforeAll(async () => {
    t = await demoDb();
  });
  const run = (kind: string, text: string) => runImport(t.db, t.viewers.admin, kind, enc(text), "f.csv", { dryRun: false, today: TODAY });
  const snapshot = async () =>
    JSON.stringify({
      posyandu: await t.db.posyandu.findMany({ orderBy: { id: "asc" }, omit: { updatedAt: true } }),
      kader: await t.db.kader.findMany({ orderBy: { id: "asc" }, omit: { updatedAt: true } }),
      memberships: await t.db.kaderMembership.findMany({ orderBy: { id: "asc" } }),
      trainings: await t.db.kaderTraining.findMany({ orderBy: { id: "asc" } }),
    });

  it("removes a created posyandu and restores an edited one", async () => {
    const existing = t.data.posyandu.find((p) => p.kelurahanCode === "18.72.02.1001")!;
    const before = await snapshot();
    const out = await run("posyandu", `${P}\nPUNDO1,Baru Sekali,18.72.02.1001,,,,,,\n${existing.code},Nama Diganti,18.72.02.1002,,,,,,ya\n`);
    expect(out.counts).toEqual({ inserted: 1, updated: 1, unchanged: 0 });
    expect(await undoImportBatch(t.db, t.viewers.admin, out.batchId!, new Date())).toEqual({ ok: true, deleted: 1, restored: 1 });
    expect(await snapshot()).toBe(before);
  });

  it("refuses to delete a created posyandu that already has reports", async () => {
    const out = await run("posyandu", `${P}\nPUNDO2,Dengan Laporan,18.72.02.1001,,,,,,\n`);
    await run("laporan-bulanan", `kode_posyandu,periode,buka,kader_bertugas,s,k,d,n,bgm,t2\nPUNDO2,2026-10,ya,5,50,50,40,30,0,0\n`);
    const undo = await undoImportBatch(t.db, t.viewers.admin, out.batchId!, new Date());
    expect(undo).toEqual({ ok: false, message: "Posyandu dari batch ini sudah memiliki laporan atau kader; batalkan impor yang lebih baru dulu." });
    expect(await t.db.posyandu.count({ where: { code: "PUNDO2" } })).toBe(1);
  });

  it("removes new kader and restores a moved kader's memberships and fields", async () => {
    const moving = t.data.kader.find((k) => k.active && t.data.posyandu.find((p) => p.code === k.posyanduCode)!.kelurahanCode === "18.72.03.1001")!;
    const target = t.data.posyandu.find((p) => p.kelurahanCode === "18.72.03.1002")!;
    const before = await snapshot();
    const out = await run("kader", `${K}\nKUNDO1,${target.code},Kader Baru,P,1990,2026-01-01,ya,ya,purwa\n${moving.code},${target.code},${moving.name},P,1980,2026-06-01,ya,ya,utama\n`);
    expect(out.counts).toEqual({ inserted: 1, updated: 1, unchanged: 0 });
    expect(await snapshot()).not.toBe(before);
    const undo = await undoImportBatch(t.db, t.viewers.admin, out.batchId!, new Date());
    expect(undo.ok).toBe(true);
    expect(await snapshot()).toBe(before);
  });

  it("refuses when a later import changed the same kader", async () => {
    const target = t.data.posyandu.find((p) => p.kelurahanCode === "18.72.03.1002")!;
    const first = await run("kader", `${K}\nKUNDO2,${target.code},Kader Dua,P,1991,2026-01-01,ya,tidak,\n`);
    await run("kader", `${K}\nKUNDO2,${target.code},Kader Dua Diubah,P,1991,2026-01-01,ya,tidak,\n`);
    const undo = await undoImportBatch(t.db, t.viewers.admin, first.batchId!, new Date());
    expect(undo.ok).toBe(false);
    expect(await t.db.kader.findUniqueOrThrow({ where: { code: "KUNDO2" } })).toMatchObject({ name: "Kader Dua Diubah" });
  });
});
