import { describe, expect, it } from "vitest";
import { freshDb } from "../helpers/db";
import { loadWilayah } from "@/lib/wilayah/load";
import { readOfficialAreas } from "@/lib/wilayah/idn-area";
import { generateDemo } from "@/lib/demo/generate";
import { DemoSeedError, persistDemo } from "@/lib/demo/persist";
import { demoUsers } from "@/lib/demo/users";
import type { Db } from "@/lib/db/client";
import { dump } from "../helpers/demo-dump";

const kelurahan = readOfficialAreas("18.72")
  .filter((a) => a.level === "KELURAHAN")
  .map((a) => ({ code: a.code, name: a.name, kecamatanCode: a.parentCode!, kabKotaCode: "18.72" }));

async function seed(db: Db) {
  await loadWilayah(db, "18.72");
  const data = generateDemo(kelurahan);
  const users = demoUsers(data, "18.72").map((u) => ({ ...u, passwordHash: "x" }));
  await persistDemo(db, data, "18.72", users);
  return data;
}

describe("demo seeding", () => {
  it("writes identical data into two databases, and re-seeding the same database gives the same data", async () => {
    const a = freshDb();
    const b = freshDb();
    const data = await seed(a.db);
    await seed(b.db);
    const dumpA = await dump(a.db);
    expect(dumpA.posyandu).toHaveLength(data.posyandu.length);
    expect(dumpA.reports).toHaveLength(data.reports.length);
    expect(await dump(b.db)).toEqual(dumpA);
    await seed(a.db);
    expect(await dump(a.db)).toEqual(dumpA);
  });

  it("refuses to overwrite a database holding real data, and writes nothing", async () => {
    const t = freshDb();
    await loadWilayah(t.db, "18.72");
    await t.db.posyandu.create({ data: { code: "REAL-1", name: "Posyandu Nyata", kelurahanCode: "18.72.01.1001", kecamatanCode: "18.72.01", kabKotaCode: "18.72" } });
    const error = await persistDemo(t.db, generateDemo(kelurahan), "18.72", []).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DemoSeedError);
    expect((error as Error).message).toContain("data nyata");
    expect(await t.db.posyandu.count()).toBe(1);
    expect(await t.db.monthlyReport.count()).toBe(0);
  });
});
