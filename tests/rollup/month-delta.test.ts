// The set-based refresh moves AreaMonth's ancestors by difference when a write
// only added or changed reports (lib/rollup/month-delta.ts), and re-sums them
// otherwise: either way the rollups must be exactly a full rebuild's.
import { beforeAll, describe, expect, it } from "vitest";
import { demoDb, type DemoDb } from "../helpers/demo-db";
import { importLikeWrite, undoLikeWrite } from "../helpers/rollup-delta";

describe("set-based refresh of AreaMonth (SQLite)", () => {
  let t: DemoDb;
  let kel = "";
  beforeAll(async () => {
    t = await demoDb();
  }, 120_000);

  it("after changed and new reports (an import) every rollup equals a full rebuild", async () => {
    const { refreshed, rebuilt, kelurahanCode } = await importLikeWrite(t.db);
    kel = kelurahanCode;
    expect(refreshed.areaMonth.some((m) => m.areaCode === kel && m.period === "2026-08")).toBe(true);
    expect(refreshed).toEqual(rebuilt);
  }, 120_000);

  it("after deleted reports (an undo) every rollup equals a full rebuild", async () => {
    const { refreshed, rebuilt } = await undoLikeWrite(t.db, kel);
    expect(refreshed.areaMonth.some((m) => m.areaCode === kel && m.period === "2026-08")).toBe(false);
    expect(refreshed).toEqual(rebuilt);
  }, 120_000);
});
