// The month a page opens on: the latest, unless it has received fewer than half the reports of the month before.
import { describe, expect, it } from "vitest";
import { chooseDefaultMonth, stillReporting } from "@/lib/indicators/default-month";

const oct = { periode: "2026-10", melapor: 160 };

describe("default month", () => {
  it("passes over a month with 2 reports when the month before had 160, and says which", () => {
    const nov = { periode: "2026-11", melapor: 2 };
    expect(chooseDefaultMonth(nov, oct, 50)).toEqual({ bulan: "2026-10", dilewati: { bulan: nov, sebelumnya: oct } });
  });

  it("keeps the latest month once it has half the reports of the month before", () => {
    expect(chooseDefaultMonth({ periode: "2026-11", melapor: 80 }, oct, 50)).toEqual({ bulan: "2026-11", dilewati: null });
    expect(chooseDefaultMonth({ periode: "2026-11", melapor: 79 }, oct, 50).bulan).toBe("2026-10");
  });

  it("keeps the latest month of an area that reports little every month", () => {
    expect(chooseDefaultMonth({ periode: "2026-11", melapor: 3 }, { periode: "2026-10", melapor: 4 }, 50).bulan).toBe("2026-11");
  });

  it("keeps the latest month when the month before has no report, and when the rule is off (0)", () => {
    expect(chooseDefaultMonth({ periode: "2026-11", melapor: 2 }, { periode: "2026-10", melapor: 0 }, 50).bulan).toBe("2026-11");
    expect(chooseDefaultMonth({ periode: "2026-11", melapor: 2 }, null, 50).bulan).toBe("2026-11");
    expect(chooseDefaultMonth({ periode: "2026-11", melapor: 2 }, oct, 0).bulan).toBe("2026-11");
    expect(stillReporting({ periode: "2026-11", melapor: 159 }, oct, 100)).toBe(true);
  });
});
