// The boundary import commits the shapes, its batch and its audit entry in one
// transaction (docs/import.md "All or nothing"): a failure while recording the
// batch must leave no boundary behind, as a crash at that point would.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { freshDb } from "../helpers/db";
import { loadWilayah } from "@/lib/wilayah/load";
import { runImport } from "@/lib/import/engine";
import { loadViewer } from "@/lib/queries/auth";

const FIXTURE = path.resolve(process.cwd(), "../shared/geo/kota-metro-kelurahan.geojson");

async function setup() {
  if (!existsSync(FIXTURE)) throw new Error(`Fixture batas Kota Metro tidak ditemukan di ${FIXTURE} (lihat /work/shared/geo/README.md).`);
  const t = freshDb();
  await loadWilayah(t.db, "18.72");
  const user = await t.db.user.create({ data: { username: "admin", name: "Admin", role: "ADMIN", scopeAreaCode: "18.72", passwordHash: "x" } });
  const viewer = (await loadViewer(user.id, 0))!;
  return { ...t, viewer, geojson: new Uint8Array(readFileSync(FIXTURE)) };
}

describe("batas-wilayah import is one transaction", () => {
  it("stores the shapes with one SELESAI batch and its IMPORT audit entry", async () => {
    const { db, viewer, geojson } = await setup();
    const out = await runImport(db, viewer, "batas-wilayah", geojson, "batas.geojson", { dryRun: false, today: "2026-11-23" });
    expect(out.status).toBe("selesai");
    expect(await db.areaBoundary.count()).toBe(22);
    const batches = await db.importBatch.findMany();
    expect(batches).toMatchObject([{ id: out.batchId, kind: "BATAS_WILAYAH", status: "SELESAI", rowsInserted: 22 }]);
    expect(await db.auditLog.findMany({ where: { importBatchId: out.batchId }, select: { action: true, entity: true } })).toEqual([{ action: "IMPORT", entity: "ImportBatch" }]);
    await db.$disconnect();
  });

  it("checks a file with the counts its save gives: 22 new, then unchanged, and a changed shape as changed", async () => {
    const { db, viewer, geojson } = await setup();
    const imp = (data: Uint8Array, dryRun: boolean) => runImport(db, viewer, "batas-wilayah", data, "batas.geojson", { dryRun, today: "2026-11-23" });
    expect((await imp(geojson, true)).counts).toEqual({ inserted: 22, updated: 0, unchanged: 0 });
    expect(await db.areaBoundary.count()).toBe(0);
    expect((await imp(geojson, false)).counts).toEqual({ inserted: 22, updated: 0, unchanged: 0 });
    // The same file again: the check no longer says "22 baru", and the save agrees with it.
    expect((await imp(geojson, true)).counts).toEqual({ inserted: 0, updated: 0, unchanged: 22 });
    expect((await imp(geojson, false)).counts).toEqual({ inserted: 0, updated: 0, unchanged: 22 });
    const fc = JSON.parse(new TextDecoder().decode(geojson)) as { features: { geometry: { coordinates: number[][][] | number[][][][] } }[] };
    fc.features = fc.features.slice(0, 1);
    const ring = (fc.features[0]!.geometry.coordinates as number[][][])[0]!;
    if (Array.isArray(ring[0]![0])) (ring as unknown as number[][][])[0]!.reverse(); else ring.reverse();
    const one = new TextEncoder().encode(JSON.stringify(fc));
    expect((await imp(one, true)).counts).toEqual((await imp(one, false)).counts);
    await db.$disconnect();
  });

  it("a failure while recording the batch leaves no boundary and no centroid behind", async () => {
    const { db, viewer, geojson } = await setup();
    // An uploader whose account is gone by the time the batch is written: its foreign key fails inside the transaction.
    const gone = { ...viewer, id: viewer.id + 1000 };
    await expect(runImport(db, gone, "batas-wilayah", geojson, "batas.geojson", { dryRun: false, today: "2026-11-23" })).rejects.toThrow();
    expect(await db.areaBoundary.count()).toBe(0);
    expect(await db.area.count({ where: { centroidLat: { not: null } } })).toBe(0);
    expect(await db.importBatch.count()).toBe(0);
    await db.$disconnect();
  });
});
