import { beforeAll, describe, expect, it } from "vitest";
import { demoDb, type DemoDb } from "../helpers/demo-db";
import { getIndicatorReport, type When } from "@/lib/queries/indicators";
import { runImport } from "@/lib/import/engine";
import { undoImportBatch } from "@/lib/import/undo";
import { saveMonthlyGrid } from "@/lib/actions/reports";

describe("rollup tables stay equal to the base tables", () => {
  let t: DemoDb;
  beforeAll(async () => {
    t = await demoDb();
  });
  const both = async (kode: string, when: When) => {
    const [rollup, raw] = await Promise.all([
      getIndicatorReport(t.viewers.admin, kode, when, t.db, { mode: "rollup" }),
      getIndicatorReport(t.viewers.admin, kode, when, t.db, { mode: "dasar" }),
    ]);
    return { rollup, raw };
  };

  it.each([
    ["18.72", { periode: "2026-08" }], ["18.72", { periode: "2024-02" }], ["18.72.03", { periode: "2025-12" }],
    ["18.72", { tahun: 2026 }], ["18.72", { tahun: 2024 }], ["18.72.05", { tahun: 2025 }],
  ] as [string, When][])("%s %j: rollup = sums of base rows", async (kode, when) => {
    const { rollup, raw } = await both(kode, when);
    expect(rollup).toEqual(raw);
    expect(JSON.stringify(rollup)).toContain('"pembilang"');
  });

  it("stays equal after an import that adds, changes and moves figures, and after undoing it", async () => {
    const [a, b] = t.data.posyandu.filter((p) => p.kelurahanCode === "18.72.03.1002");
    const csv = ["kode_posyandu,periode,buka,kader_bertugas,s,k,d,n,bgm,t2", `${a!.code},2026-08,ya,9,150,140,149,100,3,4`, `${b!.code},2026-11,ya,5,60,50,40,30,0,1`].join("\n");
    const out = await runImport(t.db, t.viewers.admin, "laporan-bulanan", new TextEncoder().encode(csv), "x.csv", { dryRun: false, today: "2026-11-23" });
    expect(out.status).toBe("selesai");
    for (const when of [{ periode: "2026-08" }, { periode: "2026-11" }, { tahun: 2026 }] as When[]) {
      const { rollup, raw } = await both("18.72", when);
      expect(rollup).toEqual(raw);
    }
    const gizi = ["kode_posyandu,periode,sumber,diukur_tb,sangat_pendek,pendek,diukur_bb_tb,gizi_buruk,gizi_kurang,diukur_bb,bb_sangat_kurang,bb_kurang", `${a!.code},2026-08,survei,50,5,5,50,1,1,50,1,1`].join("\n");
    await runImport(t.db, t.viewers.admin, "gizi", new TextEncoder().encode(gizi), "g.csv", { dryRun: false, today: "2026-11-23" });
    expect((await both("18.72.03", { periode: "2026-08" })).rollup).toEqual((await both("18.72.03", { periode: "2026-08" })).raw);
    expect((await undoImportBatch(t.db, t.viewers.admin, out.batchId!, new Date())).ok).toBe(true);
    const { rollup, raw } = await both("18.72", { periode: "2026-08" });
    expect(rollup).toEqual(raw);
  });

  it("stays equal after a save through the monthly grid form", async () => {
    const ids = (await t.db.posyandu.findMany({ where: { kelurahanCode: "18.72.01.1001" }, orderBy: { id: "asc" } })).map((p) => p.id);
    const grid = await saveMonthlyGrid(t.db, t.viewers.lurah, { periode: "2026-10", rows: [{ posyanduId: ids[0]!, buka: true, kader_bertugas: "7", s: "90", k: "80", d: "85", n: "70", bgm: "1", t2: "1" }] }, "2026-11-23");
    expect(grid.ok).toBe(true);
    expect((await both("18.72", { periode: "2026-10" })).rollup).toEqual((await both("18.72", { periode: "2026-10" })).raw);
    expect((await both("18.72", { tahun: 2026 })).rollup).toEqual((await both("18.72", { tahun: 2026 })).raw);
    const before = (await getIndicatorReport(t.viewers.admin, "18.72", { periode: "2026-10" }, t.db)).indikator.d_s as { pembilang: number };
    expect(before.pembilang).toBeGreaterThan(0);
  });
});
