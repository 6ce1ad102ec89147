"use client";
// A tiny trend line for KPI cards: no axes, no legend, the last point marked.
import { useCallback, useMemo } from "react";
import { SERIES_COLORS } from "@/lib/colors";
import { formatDecimal, formatInt } from "@/lib/format";
import { Chart, type ChartDataOf, type ChartOptionsOf, type ChartTable } from "./chart";
import { NO_DATA_TEXT, formatPct } from "./chart-format";

export type SparklineProps = {
  values: (number | null)[];
  labels: string[];
  ariaLabel: string;
  /** KPI values are rates, so percent by default; "angka" for counts. */
  unit?: "persen" | "angka";
  height?: number;
};

const LINE_COLOR = SERIES_COLORS[5] ?? "#0072B2";

function formatter(unit: "persen" | "angka"): (v: number | null | undefined) => string {
  return (v) => {
    if (v === null || v === undefined) return NO_DATA_TEXT;
    if (unit === "persen") return formatPct(v);
    return Number.isInteger(v) ? formatInt(v) : formatDecimal(v);
  };
}

export function Sparkline({ values, labels, ariaLabel, unit = "persen", height = 40 }: SparklineProps) {
  const last = values.findLastIndex((v) => v !== null);

  const data = useMemo<ChartDataOf>(
    () => ({
      labels,
      datasets: [
        {
          type: "line" as const,
          label: ariaLabel,
          data: values,
          borderColor: LINE_COLOR,
          // Same hue, ~20% opacity, for the area under the line.
          backgroundColor: `${LINE_COLOR}33`,
          fill: "origin",
          borderWidth: 2,
          pointRadius: values.map((_, i) => (i === last ? 3 : 0)),
          pointBackgroundColor: LINE_COLOR,
          pointHitRadius: 8,
          spanGaps: false,
        },
      ],
    }),
    [labels, values, ariaLabel, last],
  );

  const options = useMemo<ChartOptionsOf>(() => {
    const format = formatter(unit);
    return {
      layout: { padding: 4 },
      interaction: { mode: "index", intersect: false },
      scales: { x: { display: false }, y: { display: false } },
      plugins: {
        legend: { display: false },
        tooltip: { displayColors: false, callbacks: { label: (item) => format(item.raw as number | null) } },
      },
    };
  }, [unit]);

  const table = useCallback((): ChartTable => {
    const format = formatter(unit);
    return { rowHeader: "Periode", columns: ["Nilai"], rows: labels.map((label, i) => ({ label, cells: [format(values[i])] })) };
  }, [labels, values, unit]);

  return <Chart type="line" data={data} options={options} table={table} height={height} ariaLabel={ariaLabel} />;
}
