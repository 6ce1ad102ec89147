import { describe, expect, it } from "vitest";
import { rate, sumCounts, wilson95 } from "@/lib/indicators/rate";
import { skdnCountsOf, skdnIndicators, ZERO_SKDN, type MonthlyRow } from "@/lib/indicators/skdn";
import { nutritionIndicators, ZERO_NUTRITION } from "@/lib/indicators/nutrition";
import { kaderCountsOf, kaderIndicators, ZERO_KADER } from "@/lib/indicators/kader";
import { change, changeArrow, meetsTarget, previousPeriod } from "@/lib/indicators/change";

const row = (o: Partial<MonthlyRow>): MonthlyRow => ({ opened: true, s: null, k: null, d: null, n: null, o: null, b: null, bgm: null, t2: null, ...o });

describe("rates", () => {
  it("gives 'tidak ada data' for a zero denominator, never 0%", () => {
    expect(rate(0, 0)).toMatchObject({ nilai: null, tidak_ada_data: true, n: 0 });
    expect(rate(0, 10)).toMatchObject({ nilai: 0, tidak_ada_data: false });
  });
  it.each([
    [0, 10, [0, 27.75]],
    [5, 10, [23.66, 76.34]],
    [30, 200, [10.72, 20.6]],
  ])("Wilson 95%% of %i/%i is %j (rounded)", (x, n, [lo, hi]) => {
    const [a, b] = wilson95(x, n);
    expect(a).toBeCloseTo(lo!, 1);
    expect(b).toBeCloseTo(hi!, 1);
  });
  it("puts 0% and 100% exactly on the edge of their own interval (rounding left 0/14 at 1e-15)", () => {
    expect(wilson95(0, 14)[0]).toBe(0);
    expect(wilson95(14, 14)[1]).toBe(100);
  });
});

describe("SKDN aggregated over two levels", () => {
  // Kelurahan A: P1 (S 100, K 90, D 60, N 45), P2 (S 50, K 50, D 40, N 30, BGM 2), P3 did not report.
  // Kelurahan B: P4 (S 80, D 20, K and N empty), P5 closed (S 40, D 0).
  const a = [skdnCountsOf(row({ s: 100, k: 90, d: 60, n: 45, bgm: 0, t2: 3 }), true), skdnCountsOf(row({ s: 50, k: 50, d: 40, n: 30, bgm: 2, t2: 1 }), true), skdnCountsOf(undefined, true)];
  const b = [skdnCountsOf(row({ s: 80, d: 20 }), true), skdnCountsOf(row({ opened: false, s: 40, k: 40, d: 0, n: 0, bgm: 0, t2: 0 }), true)];
  const kelA = sumCounts(a, ZERO_SKDN);
  const kelB = sumCounts(b, ZERO_SKDN);
  const kec = sumCounts([kelA, kelB], ZERO_SKDN);

  it("sums numerators and denominators at the kelurahan", () => {
    const i = skdnIndicators(kelA);
    expect(i.d_s).toMatchObject({ pembilang: 100, penyebut: 150 });
    expect(i.d_s.nilai).toBeCloseTo(66.667, 3);
    expect(i.n_d).toMatchObject({ pembilang: 75, penyebut: 100, nilai: 75 });
    expect(i.bgm_d).toMatchObject({ pembilang: 2, penyebut: 100, nilai: 2 });
    expect(i.kelengkapan_laporan).toMatchObject({ pembilang: 2, penyebut: 3 });
  });
  it("rolls up to the kecamatan by summing counts, not averaging the kelurahan percentages", () => {
    const i = skdnIndicators(kec);
    expect(i.d_s).toMatchObject({ pembilang: 120, penyebut: 270 }); // 60+40+20+0 over 100+50+80+40
    expect(i.d_s.nilai).toBeCloseTo(44.444, 3);
    const averageOfPercents = (skdnIndicators(kelA).d_s.nilai! + skdnIndicators(kelB).d_s.nilai!) / 2;
    expect(i.d_s.nilai).not.toBeCloseTo(averageOfPercents, 1);
    // K/S only counts reports with both K and S: P4 has no K
    expect(i.k_s).toMatchObject({ pembilang: 180, penyebut: 190 });
    expect(i.kelengkapan_laporan).toMatchObject({ pembilang: 4, penyebut: 5 });
    expect(i.posyandu_buka).toMatchObject({ pembilang: 3, penyebut: 5 });
  });
  it("computes N/D on D − O − B, and counts the reports whose blank O or B left their D whole", () => {
    // P1: D 60 of which O 5 and B 3 → 45 of 52. P2: O and B blank → 30 of its D 40. P3: B blank, O 2 → 10 of 18.
    const c = sumCounts([
      skdnCountsOf(row({ s: 100, d: 60, n: 45, o: 5, b: 3 }), true),
      skdnCountsOf(row({ s: 50, d: 40, n: 30 }), true),
      skdnCountsOf(row({ s: 30, d: 20, n: 10, o: 2 }), true),
      skdnCountsOf(row({ s: 30, d: 20, o: 4, b: 1 }), true), // N blank: not in N/D at all
    ], ZERO_SKDN);
    const nd = skdnIndicators(c).n_d;
    expect(nd).toMatchObject({ pembilang: 85, penyebut: 52 + 40 + 18, laporan_tanpa_ob: 2 });
    expect(nd.nilai).toBeCloseTo(77.273, 3);
    // Before, the denominator was ΣD = 120 (70,8 %): first weighings and children missing last month counted as "not up".
    expect(nd.nilai).not.toBeCloseTo((100 * 85) / 120, 1);
  });
  it("counts D > S reports for the data-quality flag", () => {
    expect(skdnCountsOf(row({ s: 10, d: 12 }), true).dMelebihiS).toBe(1);
  });
});

describe("nutrition", () => {
  it("computes the four prevalences with Wilson intervals and the small-n flag", () => {
    const c = { ...ZERO_NUTRITION, diukurTb: 20, sangatPendek: 1, pendek: 3, diukurBbTb: 40, giziBuruk: 1, giziKurang: 1, diukurBb: 0 };
    const i = nutritionIndicators(c);
    expect(i.stunting).toMatchObject({ pembilang: 4, penyebut: 20, nilai: 20, n_kecil: true });
    expect(i.stunting.ci95![0]).toBeCloseTo(8.07, 1);
    expect(i.stunting_berat).toMatchObject({ pembilang: 1, penyebut: 20, nilai: 5 });
    expect(i.wasting).toMatchObject({ pembilang: 2, penyebut: 40, nilai: 5, n_kecil: false });
    expect(i.underweight).toMatchObject({ nilai: null, tidak_ada_data: true, n_kecil: false });
    expect(nutritionIndicators(c, 10).stunting.n_kecil).toBe(false);
  });
});

describe("kader", () => {
  it("counts posyandu with at least 5 active kader, exactly 5 included", () => {
    const k = (n: number, trained = 0) => Array.from({ length: n }, (_, i) => ({ trained: i < trained, level: i === 0 ? ("MADYA" as const) : null }));
    const c = sumCounts([kaderCountsOf(k(5, 2)), kaderCountsOf(k(4, 4)), kaderCountsOf(k(9))], ZERO_KADER);
    const i = kaderIndicators(c);
    expect(i.posyandu_kader_cukup).toMatchObject({ pembilang: 2, penyebut: 3 });
    expect(i.kader_terlatih).toMatchObject({ pembilang: 6, penyebut: 18 });
    expect(i.kader_per_posyandu.nilai).toBe(6);
    expect(i.level).toEqual({ purwa: 0, madya: 3, utama: 0, belum: 15 });
  });
});

describe("change and targets", () => {
  it.each([
    ["2026-08", "bulan", "2026-07"], ["2026-01", "bulan", "2025-12"], ["2026-08", "penimbangan", "2026-02"], ["2026-02", "penimbangan", "2025-08"], ["2026", "tahun", "2025"],
  ] as const)("previous of %s (%s) is %s", (p, kind, prev) => expect(previousPeriod(p, kind)).toBe(prev));
  it("reads a falling stunting rate as better and a falling D/S as worse", () => {
    expect(change(rate(18, 100), rate(21, 100), "turun-baik")).toEqual({ selisihPoin: -3, arah: "membaik" });
    expect(change(rate(60, 100), rate(70, 100), "naik-baik")).toMatchObject({ arah: "memburuk" });
    expect(change(rate(1, 0), rate(70, 100), "naik-baik")).toEqual({ selisihPoin: null, arah: null });
    // Below the one decimal the screen shows ("0,0 poin") there is no direction to report.
    const tiny = change(rate(2003, 10000), rate(2000, 10000), "turun-baik");
    expect(tiny.arah).toBe("tetap");
    expect(tiny.selisihPoin).toBeCloseTo(0.03, 9);
    expect(changeArrow(tiny)).toBe("■");
    expect(change(rate(2005, 10000), rate(2000, 10000), "turun-baik").arah).toBe("memburuk");
    expect(changeArrow({ selisihPoin: -3, arah: "membaik" })).toBe("▼");
    expect(changeArrow({ selisihPoin: 0.05, arah: "memburuk" })).toBe("▲");
    expect(meetsTarget(14.2, 14.2, "turun-baik")).toBe(true);
    expect(meetsTarget(14.3, 14.2, "turun-baik")).toBe(false);
    expect(meetsTarget(null, 14.2, "turun-baik")).toBeNull();
  });
});
