// Which children a stunting trend draws: the highest at the latest period, adequately measured ones first, never a
// child without a measurement in place of one that has one; every child in area order on request.
import { describe, expect, it } from "vitest";
import { rankTrendLines, trendLinesShown } from "@/lib/indicators/trend-lines";

const m = (nilai: number, n_kecil = false) => ({ nilai, n_kecil });

describe("rankTrendLines", () => {
  it("orders by prevalence, highest first", () => {
    expect(rankTrendLines([m(12), m(31), m(8), m(25)])).toEqual([1, 3, 0, 2]);
  });
  it("puts small-n and unmeasured children after the adequately measured ones", () => {
    // Desa 0 has 60 % on 5 children weighed: flagged n kecil, it does not outrank a real 20 %.
    expect(rankTrendLines([m(60, true), undefined, m(20), { nilai: null, n_kecil: false }, m(10)])).toEqual([2, 4, 0, 1, 3]);
  });
  it("keeps area order between equal values", () => {
    expect(rankTrendLines([m(20), m(20), m(30)])).toEqual([2, 0, 1]);
  });
});

describe("trendLinesShown", () => {
  it("shows every child in area order up to seven children, each in its own colour", () => {
    expect(trendLinesShown([2, 0, 1], 3, false)).toEqual({ lines: [0, 1, 2], top: false });
    expect(trendLinesShown([5, 3, 0, 6, 1, 2, 4], 7, false)).toEqual({ lines: [0, 1, 2, 3, 4, 5, 6], top: false });
  });
  it("shows the five highest, in ranking order, past seven", () => {
    expect(trendLinesShown([5, 3, 0, 7, 6, 1, 2, 4], 8, false)).toEqual({ lines: [5, 3, 0, 7, 6], top: true });
  });
  it("stops at the measured children", () => {
    expect(trendLinesShown([5, 3, 0, 7, 6, 1, 2, 4], 2, false)).toEqual({ lines: [5, 3], top: true });
  });
  it("shows every child in area order when asked", () => {
    expect(trendLinesShown([5, 3, 0, 7, 6, 1, 2, 4], 8, true)).toEqual({ lines: [0, 1, 2, 3, 4, 5, 6, 7], top: false });
  });
});
