// Runs only via `npm run test:pg`: the set-based refresh's AreaMonth by
// difference (lib/rollup/month-delta.ts: DELETE … RETURNING, upserts) on a
// real, throwaway PostgreSQL database, against a full rebuild.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { loadWilayah } from "@/lib/wilayah/load";
import { generateDemo } from "@/lib/demo/generate";
import { persistDemo } from "@/lib/demo/persist";
import { demoUsers } from "@/lib/demo/users";
import { metroKelurahan } from "../helpers/demo-db";
import { migratedPg } from "../helpers/pg-db";
import { importLikeWrite, undoLikeWrite } from "../helpers/rollup-delta";

const pg = migratedPg("pantau_delta");

describe("PostgreSQL: set-based refresh of AreaMonth", () => {
  let db: Db;
  let kel = "";
  beforeAll(async () => {
    db = await pg.open();
    await loadWilayah(db, "18.72");
    const data = generateDemo(metroKelurahan());
    await persistDemo(db, data, "18.72", demoUsers(data, "18.72").map((u) => ({ ...u, passwordHash: "x" })));
  }, 180_000);
  afterAll(() => pg.close());

  it("after changed and new reports (an import) every rollup equals a full rebuild", async () => {
    const { refreshed, rebuilt, kelurahanCode } = await importLikeWrite(db);
    kel = kelurahanCode;
    expect(refreshed.areaMonth.some((m) => m.areaCode === kel && m.period === "2026-08")).toBe(true);
    expect(refreshed).toEqual(rebuilt);
  }, 180_000);

  it("after deleted reports (an undo) every rollup equals a full rebuild", async () => {
    const { refreshed, rebuilt } = await undoLikeWrite(db, kel);
    expect(refreshed.areaMonth.some((m) => m.areaCode === kel && m.period === "2026-08")).toBe(false);
    expect(refreshed).toEqual(rebuilt);
  }, 180_000);
});
