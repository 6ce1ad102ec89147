"use client";
// Stunting prevalence per period: the kota/kabupaten as a thick black line, each
// child area as a thin coloured line, the target dashed. Gaps stay gaps.
import { useCallback, useMemo } from "react";
import { SERIES_COLORS } from "@/lib/colors";
import { Chart, dashedLegendLabels, type ChartDataOf, type ChartDownload, type ChartOptionsOf, type ChartTable } from "./chart";
import { NO_DATA_TEXT, formatPct, formatPctTick, formatRateWithN } from "./chart-format";
import { smallPrevalenceN } from "@/lib/indicators/rate";

export type StuntingTrendSeries = { label: string; values: (number | null)[]; n: number[]; emphasis?: boolean };
export type StuntingTrendTarget = { label: string; values: (number | null)[] };
export type StuntingTrendChartProps = {
  labels: string[];
  series: StuntingTrendSeries[];
  target?: StuntingTrendTarget;
  height?: number;
  ariaLabel?: string;
  /** Adds an "Unduh PNG" button (title and source printed on the image). */
  download?: ChartDownload;
};

const EMPHASIS_COLOR = SERIES_COLORS[0] ?? "#000000";

/** The target's dash; a child line never uses it. */
const TARGET_DASH = [8, 6];
/** Child lines past the seven palette colours: dotted, then dash-dot, so no two desa share colour and pattern. */
const CHILD_DASHES: number[][] = [[], [2, 3], [10, 3, 2, 3]];

/**
 * Black is kept for the emphasised (whole-area) line; child areas cycle through the rest, each cycle with its own
 * dash pattern (a kecamatan has up to ≈ 20 desa; with colours alone every eighth shared one).
 */
export function seriesStyles(series: StuntingTrendSeries[]): { color: string; dash: number[] }[] {
  const rest = SERIES_COLORS.slice(1);
  let next = 0;
  return series.map((s) => {
    if (s.emphasis) return { color: EMPHASIS_COLOR, dash: [] };
    const i = next++;
    return { color: rest[i % rest.length] ?? EMPHASIS_COLOR, dash: CHILD_DASHES[Math.floor(i / rest.length) % CHILD_DASHES.length]! };
  });
}

export function StuntingTrendChart({
  labels,
  series,
  target,
  height = 320,
  ariaLabel = "Grafik garis prevalensi stunting per periode",
  download,
}: StuntingTrendChartProps) {
  const data = useMemo<ChartDataOf>(() => {
    const styles = seriesStyles(series);
    const lines: ChartDataOf["datasets"] = series.map((s, i) => ({
      type: "line" as const,
      label: s.label,
      data: s.values,
      borderColor: styles[i]!.color,
      backgroundColor: styles[i]!.color,
      borderDash: styles[i]!.dash,
      borderWidth: s.emphasis ? 4 : 1.5,
      pointRadius: s.emphasis ? 3 : 2,
      spanGaps: false,
      // Lower order is drawn last, i.e. on top.
      order: s.emphasis ? 0 : 1,
    }));
    if (target) {
      lines.push({
        type: "line" as const,
        label: target.label,
        data: target.values,
        borderColor: EMPHASIS_COLOR,
        backgroundColor: EMPHASIS_COLOR,
        borderWidth: 2,
        borderDash: TARGET_DASH,
        pointRadius: 0,
        spanGaps: false,
        order: 2,
      });
    }
    return { labels, datasets: lines };
  }, [labels, series, target]);

  const options = useMemo<ChartOptionsOf>(
    () => ({
      interaction: { mode: "index", intersect: false },
      scales: { y: { beginAtZero: true, ticks: { callback: (v) => formatPctTick(v) } } },
      plugins: {
        legend: { position: "bottom", labels: { usePointStyle: true, pointStyle: "line", generateLabels: dashedLegendLabels } },
        tooltip: {
          callbacks: {
            label: (item) => {
              const s = series[item.datasetIndex];
              const v = item.raw as number | null;
              if (!s) return `${item.dataset.label ?? ""}: ${v === null ? NO_DATA_TEXT : formatPct(v)}`;
              return `${s.label}: ${formatRateWithN(v, s.n[item.dataIndex], smallPrevalenceN(s.n[item.dataIndex] ?? 0))}`;
            },
          },
        },
      },
    }),
    [series],
  );

  const table = useCallback(
    (): ChartTable => ({
      rowHeader: "Periode",
      columns: [...series.map((s) => s.label), ...(target ? [target.label] : [])],
      rows: labels.map((label, i) => ({
        label,
        cells: [
          ...series.map((s) => formatRateWithN(s.values[i], s.n[i], smallPrevalenceN(s.n[i] ?? 0))),
          ...(target ? [target.values[i] == null ? NO_DATA_TEXT : formatPct(target.values[i])] : []),
        ],
      })),
    }),
    [labels, series, target],
  );

  return <Chart type="line" data={data} options={options} table={table} height={height} ariaLabel={ariaLabel} download={download} />;
}
