// The latest February/August a dashboard calls "penimbangan": found among many
// kelurahan even when newer months of monthly e-PPGBM data are stored too.
import { beforeAll, describe, expect, it } from "vitest";
import { demoDb, type DemoDb } from "../helpers/demo-db";
import { latestPeriods } from "@/lib/queries/dashboard";
import { getIndicatorReport, WILAYAH_KERJA } from "@/lib/queries/indicators";
import { runImport } from "@/lib/import/engine";

describe("latest periods of a set of kelurahan", () => {
  let t: DemoDb;
  beforeAll(async () => {
    t = await demoDb();
  });

  it("keeps August 2026 as the weighing month after September and October rows arrive for every kelurahan", async () => {
    const kelurahan = [...new Set(t.data.posyandu.map((p) => p.kelurahanCode))].sort();
    expect(kelurahan).toHaveLength(22);
    const head = "kode_posyandu,periode,sumber,diukur_tb,sangat_pendek,pendek,diukur_bb_tb,gizi_buruk,gizi_kurang,diukur_bb,bb_sangat_kurang,bb_kurang";
    const lines = kelurahan.flatMap((k) => {
      const code = t.data.posyandu.find((p) => p.kelurahanCode === k)!.code;
      return ["2026-09", "2026-10"].map((m) => `${code},${m},eppgbm,40,2,5,40,1,2,40,1,3`);
    });
    const csv = new TextEncoder().encode([head, ...lines].join("\n"));
    const out = await runImport(t.db, t.viewers.admin, "gizi", csv, "gizi-bulanan.csv", { dryRun: false, today: "2026-11-23" });
    expect(out.status).toBe("selesai");
    // 44 newer rows (22 kelurahan × 2 months): more than a fixed window of recent rows could hold.
    expect(await latestPeriods(kelurahan)).toMatchObject({ month: "2026-10", measurement: "2026-08" });
    expect(await latestPeriods("18.72")).toMatchObject({ measurement: "2026-08" });
  });

  it("tells a puskesmas account without a wilayah kerja what is missing", async () => {
    await expect(getIndicatorReport({ ...t.viewers.puskesmas, wilayahKerja: [] }, WILAYAH_KERJA, { periode: "2026-10" })).rejects.toThrow("Akun ini belum memiliki wilayah kerja.");
  });
});
