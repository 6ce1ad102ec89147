"use client";
// One rate per area (e.g. D/S per kecamatan) as horizontal bars, with the target
// as a dashed line dataset (no plugin). Areas without data say so rather than
// showing an empty bar that reads as 0%.
import { useCallback, useMemo } from "react";
import { SERIES_COLORS } from "@/lib/colors";
import { Chart, type ChartDataOf, type ChartDownload, type ChartOptionsOf, type ChartTable } from "./chart";
import { NO_DATA_TEXT, SLIDE_FONT_SIZE, formatPct, formatPctTick, formatRateWithN, shortLabel, slideRowFontSize } from "./chart-format";
import { barValuesPlugin } from "./bar-values";

export type RateBarChartProps = {
  labels: string[];
  values: (number | null)[];
  n: number[];
  /** Each bar's small-n flag (`Rate.n_kecil`), shown as "n kecil" next to its n. */
  nKecil: boolean[];
  /** Target in percent, drawn as a dashed line across the bars. */
  target?: number;
  /** Name of the rate, e.g. "D/S". */
  label: string;
  /** Pixels, or "fill": the rest of the slide's height (a flex column). */
  height?: number | "fill";
  ariaLabel?: string;
  /** Adds an "Unduh PNG" button (title and source printed on the image). */
  download?: ChartDownload;
  /** Slide size: ticks, legend and the values at the bar ends in 22 px instead of 14 px (values 13 px). */
  large?: boolean;
};

const BAR_COLOR = SERIES_COLORS[5] ?? "#0072B2";
const TARGET_COLOR = SERIES_COLORS[0] ?? "#000000";

export function RateBarChart({ labels, values, n, nKecil, target, label, height, ariaLabel, download, large = false }: RateBarChartProps) {
  const targetLabel = target === undefined ? "" : `Target ${formatPct(target)}`;

  const data = useMemo<ChartDataOf>(() => {
    const datasets: ChartDataOf["datasets"] = [
      { type: "bar" as const, label, data: labels.map((_, i) => values[i] ?? null), backgroundColor: BAR_COLOR, borderColor: BAR_COLOR, order: 1 },
    ];
    if (target !== undefined) {
      datasets.push({
        type: "line" as const,
        label: targetLabel,
        data: labels.map(() => target),
        borderColor: TARGET_COLOR,
        backgroundColor: TARGET_COLOR,
        borderWidth: 2,
        borderDash: [8, 6],
        pointRadius: 0,
        indexAxis: "y",
        order: 0,
      });
    }
    return { labels, datasets };
  }, [labels, values, target, label, targetLabel]);

  const options = useMemo<ChartOptionsOf>(
    () => ({
      indexAxis: "y",
      interaction: { mode: "index", axis: "y", intersect: false },
      scales: {
        x: { beginAtZero: true, suggestedMax: 100, ticks: { callback: (v) => formatPctTick(v), ...(large ? { font: { size: SLIDE_FONT_SIZE } } : {}) } },
        y: {
          ticks: {
            autoSkip: false,
            // The plot is the chart less the x ticks and the legend (≈ 90 px at 22 px text).
            ...(large ? { font: (ctx: { chart: { height: number } }) => ({ size: slideRowFontSize(ctx.chart.height - 90, labels.length) }) } : {}),
            // A missing bar would read as 0%; name the gap under the area's label.
            callback: (_v, i) => (values[i] == null ? [shortLabel(labels[i] ?? ""), `(${NO_DATA_TEXT})`] : shortLabel(labels[i] ?? "")),
          },
        },
      },
      plugins: {
        legend: { display: target !== undefined, position: "top", ...(large ? { labels: { font: { size: SLIDE_FONT_SIZE } } } : {}) },
        tooltip: {
          callbacks: {
            label: (item) =>
              item.datasetIndex === 0 ? `${label}: ${formatRateWithN(values[item.dataIndex], n[item.dataIndex], nKecil[item.dataIndex] ?? false)}` : targetLabel,
          },
        },
      },
    }),
    [labels, values, n, nKecil, target, label, targetLabel, large],
  );

  const table = useCallback(
    (): ChartTable => ({
      rowHeader: "Wilayah",
      columns: [label, ...(target === undefined ? [] : ["Target"])],
      rows: labels.map((l, i) => ({
        label: l,
        cells: [formatRateWithN(values[i], n[i], nKecil[i] ?? false), ...(target === undefined ? [] : [formatPct(target)])],
      })),
    }),
    [labels, values, n, nKecil, target, label],
  );

  const plugins = useMemo(() => [barValuesPlugin(values, large ? SLIDE_FONT_SIZE : 13)], [values, large]);
  const h = height ?? Math.max(180, labels.length * 34 + 80);
  return <Chart type="bar" data={data} options={options} table={table} height={h} ariaLabel={ariaLabel ?? `Grafik batang ${label} per wilayah`} download={download} plugins={plugins} />;
}
