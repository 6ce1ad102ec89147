// The rate bars write each value at the bar's end (no tooltip on a projector or in a PNG): beside the bar in dark
// ink, inside it in white when the text would run past the plot, nothing for a missing value, and "0,0%" for a
// 0 % bar so it is not read as missing.
import { describe, expect, it } from "vitest";
import type { ChartInstance as Chart } from "@/components/charts/chart";
import { barValuesPlugin } from "@/components/charts/bar-values";

function draw(values: (number | null)[], xs: number[]) {
  const texts: { text: string; x: number; y: number; color: string; align: string }[] = [];
  const ctx = {
    font: "", fillStyle: "", textAlign: "", textBaseline: "",
    save() {}, restore() {},
    measureText: (t: string) => ({ width: t.length * 8 }),
    fillText(text: string, x: number, y: number) { texts.push({ text, x, y, color: String(this.fillStyle), align: String(this.textAlign) }); },
  };
  const chart = { ctx, chartArea: { left: 100, right: 500 }, options: { font: { family: "Inter" } }, getDatasetMeta: () => ({ data: xs.map((x, i) => ({ x, y: 20 + 30 * i })) }) };
  const plugin = barValuesPlugin(values, 18);
  (plugin.afterDatasetsDraw as (c: Chart) => void)(chart as unknown as Chart);
  return { texts, font: ctx.font };
}

describe("bar values", () => {
  it("writes each value at its bar's end, inside in white near the right edge, and skips a missing one", () => {
    const { texts, font } = draw([62.14, 99.5, null, 0], [350, 495, 100, 100]);
    expect(font).toBe("600 18px Inter");
    expect(texts).toEqual([
      { text: "62,1%", x: 356, y: 20, color: "#0f172a", align: "left" },
      { text: "99,5%", x: 489, y: 50, color: "#ffffff", align: "right" },
      { text: "0,0%", x: 106, y: 110, color: "#0f172a", align: "left" },
    ]);
  });
});
