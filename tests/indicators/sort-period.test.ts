import { describe, expect, it } from "vitest";
import { sortHref, sortRows, sortSchema } from "@/lib/sort";
import { measurementAtOrBefore, measurementFor } from "@/lib/period";

describe("table sorting", () => {
  const rows = [{ n: "Metro", v: 12.5 }, { n: "Imopuro", v: null }, { n: "Yosomulyo", v: 3 }, { n: "Hadimulyo Barat", v: 30 }, { n: "Banjarsari", v: 12.5 }];
  it("orders both ways with missing values last and ties in their original order", () => {
    expect(sortRows(rows, (r) => r.v, "turun").map((r) => r.n)).toEqual(["Hadimulyo Barat", "Metro", "Banjarsari", "Yosomulyo", "Imopuro"]);
    expect(sortRows(rows, (r) => r.v, "naik").map((r) => r.n)).toEqual(["Yosomulyo", "Metro", "Banjarsari", "Hadimulyo Barat", "Imopuro"]);
    expect(sortRows(rows, (r) => r.n, "naik").map((r) => r.n)[0]).toBe("Banjarsari");
    expect(rows[0]!.n).toBe("Metro"); // input untouched
  });
  it("toggles the direction of the active column in links and keeps the other params", () => {
    const current = { urut: "stunting", arah: "turun" as const };
    expect(sortHref("/skor", { wilayah: "18.72", bulan: null }, "stunting", current)).toBe("/skor?wilayah=18.72&urut=stunting&arah=naik");
    expect(sortHref("/skor", { wilayah: "18.72" }, "d_s", current)).toBe("/skor?wilayah=18.72&urut=d_s&arah=turun");
  });
  it("falls back on unknown columns or directions from the URL", () => {
    const s = sortSchema(["nama", "ds"], { urut: "nama", arah: "naik" });
    expect(s.parse({ urut: "<script>", arah: "x" })).toEqual({ urut: "nama", arah: "naik" });
    expect(s.parse({ urut: "ds", arah: "turun" })).toEqual({ urut: "ds", arah: "turun" });
  });
});

describe("measurement period of a month", () => {
  it("is the Feb/Aug at or before the month", () => {
    expect(measurementAtOrBefore("2026-10")).toBe("2026-08");
    expect(measurementAtOrBefore("2026-08")).toBe("2026-08");
    expect(measurementAtOrBefore("2026-07")).toBe("2026-02");
    expect(measurementAtOrBefore("2026-01")).toBe("2025-08");
  });
  it("never goes past the latest measurement with data", () => {
    expect(measurementFor("2026-10", "2026-02")).toBe("2026-02");
    expect(measurementFor("2025-05", "2026-08")).toBe("2025-02");
    expect(measurementFor("2026-10", null)).toBeNull();
  });
});
