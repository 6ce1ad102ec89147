// Each bar's value written at its end, for a projector at the back of a room and for the PNG sent on WhatsApp,
// where there is no tooltip to hover: "62,1%" beside the bar, or inside it in white when it would run past the
// plot's right edge. A 0 % bar reads "0,0%" instead of looking like a missing one. Missing values are named on the
// axis already (rate-bar-chart.tsx).
import type { ChartInstance as Chart, ChartPlugin as Plugin } from "./chart";
import { formatPct } from "./chart-format";

type Point = { x: number; y: number };

/** The Chart.js plugin drawing `values` (dataset 0's, in percent) at the bar ends. */
export function barValuesPlugin(values: readonly (number | null)[], fontSize: number): Plugin {
  return {
    id: "nilaiBatang",
    afterDatasetsDraw(chart: Chart) {
      const { ctx, chartArea } = chart;
      const bars = chart.getDatasetMeta(0).data as unknown as Point[];
      ctx.save();
      ctx.font = `600 ${fontSize}px ${chart.options.font?.family ?? "sans-serif"}`;
      ctx.textBaseline = "middle";
      bars.forEach((bar, i) => {
        const v = values[i];
        if (v === null || v === undefined) return;
        const text = formatPct(v);
        const inside = bar.x + 6 + ctx.measureText(text).width > chartArea.right;
        ctx.fillStyle = inside ? "#ffffff" : "#0f172a";
        ctx.textAlign = inside ? "right" : "left";
        ctx.fillText(text, inside ? bar.x - 6 : bar.x + 6, bar.y);
      });
      ctx.restore();
    },
  };
}
