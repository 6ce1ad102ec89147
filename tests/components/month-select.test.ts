// The dashboards' month picker: Indonesian month names in every browser (no <input type="month">, which shows
// the browser's locale and is a bare text box in Firefox and desktop Safari), the months with data newest first
// grouped by year, and the month the page shows always among them.
import { describe, expect, it } from "vitest";
import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { MONTH_PICKER_LIMIT, monthOptions } from "@/lib/period";
import { MonthSelect } from "@/components/ui/month-select";

const flat = (groups: { year: number; periods: string[] }[]) => groups.flatMap((g) => g.periods);

describe("monthOptions", () => {
  it("lists every month from the newest back to the oldest, grouped by year, newest first", () => {
    const groups = monthOptions("2026-02", "2025-11", "2026-01");
    expect(groups).toEqual([{ year: 2026, periods: ["2026-02", "2026-01"] }, { year: 2025, periods: ["2025-12", "2025-11"] }]);
  });
  it("keeps a month the page shows outside the data's range, in its place", () => {
    expect(flat(monthOptions("2026-10", "2026-08", "2027-01"))).toEqual(["2027-01", "2026-10", "2026-09", "2026-08"]);
    expect(flat(monthOptions("2026-10", "2026-09", "2019-05"))).toEqual(["2026-10", "2026-09", "2019-05"]);
    expect(flat(monthOptions(null, null, "2026-03"))).toEqual(["2026-03"]);
  });
  it("stops after ten years, so one mistyped old report cannot make the list endless", () => {
    const months = flat(monthOptions("2026-10", "2000-01", "2026-10"));
    expect(months).toHaveLength(MONTH_PICKER_LIMIT);
    expect(months.at(-1)).toBe("2016-11");
  });
  it("offers nothing when there is no data and no month", () => {
    expect(monthOptions(null, null, null)).toEqual([]);
    expect(flat(monthOptions("2026-10", "2027-01", null))).toEqual(["2026-10"]);
  });
});

describe("MonthSelect on the server", () => {
  const html = (value: string | null) => renderToString(createElement(MonthSelect, { name: "bulan", value, newest: "2026-10", oldest: "2024-01" }));
  it("renders a select named like the URL parameter with the shown month chosen, in Indonesian", () => {
    const out = html("2026-09");
    expect(out).toMatch(/^<select name="bulan"/);
    expect(out).toContain('<optgroup label="2026"><option value="2026-09" selected="">September 2026</option></optgroup>');
    expect(out).not.toContain('type="month"');
  });
  it("leaves the rest of the list to the browser (markup the server would send twice)", () => {
    expect(html("2026-09").match(/<option/g)).toHaveLength(1);
  });
  it("says so when there is no month at all", () => {
    expect(renderToString(createElement(MonthSelect, { name: "periode", value: null, newest: null, oldest: null }))).toContain(">belum ada data</option>");
  });
});
