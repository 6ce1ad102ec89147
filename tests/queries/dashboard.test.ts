import { beforeAll, describe, expect, it } from "vitest";
import { demoDb, type DemoDb } from "../helpers/demo-db";
import { getDashboard, latestPeriods } from "@/lib/queries/dashboard";
import { getIndicatorReport } from "@/lib/queries/indicators";

describe("summary page data", () => {
  let t: DemoDb;
  beforeAll(async () => {
    t = await demoDb();
  });

  it("picks the latest month and the latest Feb/Aug with data", async () => {
    expect(await latestPeriods("18.72")).toEqual({ month: "2026-10", measurement: "2026-08", year: 2026 });
  });

  it("shows KPI values that are exactly the engine's figures, with 12-month and 6-period series", async () => {
    const d = (await getDashboard(t.viewers.pimpinan, "18.72"))!;
    const aug = await getIndicatorReport(t.viewers.pimpinan, "18.72", { periode: "2026-08" });
    const oct = await getIndicatorReport(t.viewers.pimpinan, "18.72", { periode: "2026-10" });
    const kpi = Object.fromEntries(d.kpis.map((k) => [k.id, k]));
    expect(kpi.stunting!.rate).toMatchObject({ pembilang: (aug.indikator.stunting as { pembilang: number }).pembilang, penyebut: (aug.indikator.stunting as { penyebut: number }).penyebut });
    expect(kpi.stunting!.series.labels).toEqual(["2024-02", "2024-08", "2025-02", "2025-08", "2026-02", "2026-08"]);
    expect(kpi.d_s!.rate.nilai).toBe((oct.indikator.d_s as { nilai: number }).nilai);
    expect(kpi.d_s!.series.values).toHaveLength(12);
    expect(d.stuntingTrend.series.map((s) => s.label)).toEqual(["Kota Metro", "Metro Pusat", "Metro Utara", "Metro Barat", "Metro Timur", "Metro Selatan"]);
    const strataTotal = Object.values(d.strata.counts).flat().reduce((a, b) => a + b, 0);
    expect(strataTotal).toBe(t.data.posyandu.length);
  });

  it("lists only kelurahan whose stunting rose, worst first", async () => {
    const d = (await getDashboard(t.viewers.pimpinan, "18.72"))!;
    const rises = d.worsened.map((w) => w.rate.perubahan!.selisihPoin!);
    expect(rises.every((x) => x > 0)).toBe(true);
    expect([...rises].sort((a, b) => b - a)).toEqual(rises);
    expect(d.worsened.every((w) => /^18\.72\.\d{2}\.\d{4}$/.test(w.kode))).toBe(true);
  });

  it("gives the camat the kecamatan summary and nothing for a neighbour", async () => {
    const d = (await getDashboard(t.viewers.camat, "18.72.01"))!;
    expect(d.current.wilayah.nama).toBe("Metro Pusat");
    expect(d.ds.labels).toHaveLength(5);
    await expect(getDashboard(t.viewers.camat, "18.72.02")).rejects.toThrow("di luar cakupan");
  });
});
