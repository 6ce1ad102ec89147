"use client";
// Posyandu per strata for each area, as horizontal stacked bars: long area names
// stay readable on a phone and a projector alike. Colours and names from lib/colors.
import { useCallback, useMemo } from "react";
import { STRATA_COLORS, STRATA_LABELS } from "@/lib/colors";
import { formatDecimal, formatInt } from "@/lib/format";
import { Chart, type ChartDataOf, type ChartDownload, type ChartOptionsOf, type ChartTable } from "./chart";
import { formatCountTick, shortLabel } from "./chart-format";

export const STRATA_ORDER = ["PRATAMA", "MADYA", "PURNAMA", "MANDIRI"] as const;
export type StrataKey = (typeof STRATA_ORDER)[number];
export type StrataCounts = Record<StrataKey, number[]>;
export type StrataStackedChartProps = {
  labels: string[];
  counts: StrataCounts;
  height?: number;
  ariaLabel?: string;
  /** Adds an "Unduh PNG" button (title and source printed on the image). */
  download?: ChartDownload;
};

function totalAt(counts: StrataCounts, i: number): number {
  return STRATA_ORDER.reduce((sum, k) => sum + (counts[k][i] ?? 0), 0);
}

export function StrataStackedChart({
  labels,
  counts,
  height,
  ariaLabel = "Grafik batang bertumpuk strata posyandu per wilayah",
  download,
}: StrataStackedChartProps) {
  const data = useMemo<ChartDataOf>(
    () => ({
      labels,
      datasets: STRATA_ORDER.map((k) => ({
        type: "bar" as const,
        label: STRATA_LABELS[k],
        data: labels.map((_, i) => counts[k][i] ?? 0),
        backgroundColor: STRATA_COLORS[k],
        borderColor: STRATA_COLORS[k],
        borderWidth: 0,
      })),
    }),
    [labels, counts],
  );

  const options = useMemo<ChartOptionsOf>(
    () => ({
      indexAxis: "y",
      interaction: { mode: "index", axis: "y", intersect: false },
      scales: {
        x: { stacked: true, beginAtZero: true, ticks: { precision: 0, callback: (v) => formatCountTick(v) }, title: { display: true, text: "Jumlah posyandu" } },
        y: { stacked: true, ticks: { autoSkip: false, callback: (_v, i) => shortLabel(labels[i] ?? "") } },
      },
      plugins: {
        legend: { position: "top" },
        tooltip: {
          callbacks: {
            label: (item) => {
              const v = (item.raw as number | null) ?? 0;
              const total = totalAt(counts, item.dataIndex);
              const share = total > 0 ? ` (${formatDecimal((100 * v) / total)}%)` : "";
              return `${item.dataset.label ?? ""}: ${formatInt(v)} posyandu${share}`;
            },
            footer: (items) => `Jumlah: ${formatInt(totalAt(counts, items[0]?.dataIndex ?? 0))} posyandu`,
          },
        },
      },
    }),
    [labels, counts],
  );

  const table = useCallback(
    (): ChartTable => ({
      rowHeader: "Wilayah",
      columns: [...STRATA_ORDER.map((k) => STRATA_LABELS[k]), "Jumlah"],
      rows: labels.map((label, i) => ({
        label,
        cells: [...STRATA_ORDER.map((k) => formatInt(counts[k][i] ?? 0)), formatInt(totalAt(counts, i))],
      })),
    }),
    [labels, counts],
  );

  // One bar row needs ~30 px to keep its label legible; axes and legend take the rest.
  const h = height ?? Math.max(180, labels.length * 30 + 90);
  return <Chart type="bar" data={data} options={options} table={table} height={h} ariaLabel={ariaLabel} download={download} />;
}
