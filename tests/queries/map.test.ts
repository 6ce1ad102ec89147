import { beforeAll, describe, expect, it } from "vitest";
import { demoDb, metroKelurahan, type DemoDb } from "../helpers/demo-db";
import { getMapData } from "@/lib/queries/map";
import { saveSchematicBoundaries, schematicBoundaries } from "@/lib/demo/schematic-boundaries";
import { placeDemoPosyandu } from "@/lib/demo/place-posyandu";
import { getIndicatorReport } from "@/lib/queries/indicators";

describe("map data", () => {
  let t: DemoDb;
  beforeAll(async () => {
    t = await demoDb();
    const shapes = schematicBoundaries(metroKelurahan());
    await saveSchematicBoundaries(t.db, shapes);
    await placeDemoPosyandu(t.db, t.data, shapes);
  });

  it("gives the kota map one shape per kelurahan with its value, and every posyandu as a marker", async () => {
    const d = await getMapData(t.viewers.pimpinan, "18.72", "stunting", { periode: "2026-08" });
    expect(d.rows).toHaveLength(22);
    expect(d.rows.every((r) => r.geometry !== null)).toBe(true);
    expect(d.schematic).toBe(true);
    expect(d.markers).toHaveLength(t.data.posyandu.length);
    const last = new Map<string, string>();
    for (const r of t.data.reports) if ((last.get(r.posyanduCode) ?? "") < r.period) last.set(r.posyanduCode, r.period);
    for (const m of d.markers) expect([m.code, m.lastReport, m.stratum !== null]).toEqual([m.code, last.get(m.code), true]);
    const metro = d.rows.find((r) => r.code === "18.72.01.1001")!;
    expect(metro.kecamatan).toBe("Metro Pusat");
    expect(metro.rate?.penyebut).toBeGreaterThan(0);
  });

  it("maps a province by its kab/kota, not by every desa, and draws no posyandu", async () => {
    const province = { ...t.viewers.pimpinan, scopeAreaCode: "18" };
    const d = await getMapData(province, "18", "stunting", { periode: "2026-08" });
    expect(d.unit).toBe("kabupaten/kota");
    expect(d.rows.every((r) => /^18\.\d{2}$/.test(r.code) && r.kecamatan === "")).toBe(true);
    const metro = d.rows.find((r) => r.code === "18.72")!;
    const kota = await getIndicatorReport(t.viewers.pimpinan, "18.72", { periode: "2026-08" });
    expect(metro.name).toBe("Kota Metro");
    expect(metro.rate).toEqual(kota.indikator.stunting);
    expect(metro.rate?.penyebut).toBeGreaterThan(0);
    expect(d.markers).toEqual([]);
    // The kota itself is still mapped by kelurahan.
    expect((await getMapData(t.viewers.pimpinan, "18.72", "stunting", { periode: "2026-08" })).unit).toBe("kelurahan");
  });

  it("shows the camat only the shapes and markers of the kecamatan", async () => {
    const d = await getMapData(t.viewers.camat, "18.72.01", "d_s", { periode: "2026-10" });
    expect(d.rows.map((r) => r.code)).toEqual(["18.72.01.1001", "18.72.01.1002", "18.72.01.1003", "18.72.01.1004", "18.72.01.1005"]);
    expect(d.markers).toHaveLength(t.data.posyandu.filter((p) => p.kecamatanCode === "18.72.01").length);
    await expect(getMapData(t.viewers.camat, "18.72", "d_s", { periode: "2026-10" })).rejects.toThrow();
  });
});
