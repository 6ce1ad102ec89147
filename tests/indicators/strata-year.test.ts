// Which year's strata a page shows, and how it is labelled: a running year is rated only once it has 8 months
// (before that every posyandu would be Pratama), and a rated running year is labelled provisional.
import { describe, expect, it } from "vitest";
import { strataYearFor, strataYearLabel, yearRated, yearRunningUntil } from "@/lib/indicators/strata-distribution";

describe("strata year", () => {
  it("rates a running year from its eighth month, a finished year always, a year begun mid-way never", () => {
    expect(yearRated(2027, "2023-11", "2027-07")).toBe(false);
    expect(yearRated(2027, "2023-11", "2027-08")).toBe(true);
    expect(yearRated(2026, "2023-11", "2027-01")).toBe(true);
    expect(yearRated(2026, "2023-11", "2026-12")).toBe(true);
    expect(yearRated(2023, "2023-11", "2026-10")).toBe(false);
  });

  it("shows last year's strata while this year is too young, this year's from August", () => {
    expect(strataYearFor("2027-03", "2023-11", "2027-03")).toBe(2026);
    expect(strataYearFor("2027-08", "2023-11", "2027-08")).toBe(2027);
    expect(strataYearFor("2026-10", "2023-11", "2027-03")).toBe(2026);
    // The data's first year cannot step back to a year without data: it stays, and is shown as not rated.
    expect(strataYearFor("2024-03", "2024-01", "2024-03")).toBe(2024);
  });

  it("labels a running year as provisional up to its latest month", () => {
    expect(strataYearLabel(2026, "2026-10")).toBe("2026 (s.d. Oktober, sementara)");
    expect(strataYearLabel(2026, "2026-12")).toBe("2026");
    expect(strataYearLabel(2026, "2027-01")).toBe("2026");
    expect(yearRunningUntil(2027, "2027-03")).toBe("2027-03");
  });
});
