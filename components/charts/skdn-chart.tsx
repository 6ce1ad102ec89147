"use client";
// SKDN per period: grouped bars S, K, D, N (counts, left axis) and the D/S
// participation rate as a line on a right-hand percent axis. N/D (on D − O − B,
// domain.md) is given in the N bar's tooltip and the table, with its denominator.
import { useCallback, useMemo } from "react";
import { SERIES_COLORS } from "@/lib/colors";
import { Chart, type ChartDataOf, type ChartDownload, type ChartOptionsOf, type ChartTable } from "./chart";
import { NO_DATA_TEXT, formatCount, formatCountTick, formatPct, formatPctTick } from "./chart-format";

/** N/D of a period: percent, its denominator Σ(D − O − B), and the reports that left O or B blank. */
export type SkdnNd = { nilai: number | null; penyebut: number; laporan_tanpa_ob: number } | null | undefined;
const ND_LABEL = "N/D (atas D − O − B)";

function ndText(nd: SkdnNd): string {
  if (!nd || nd.nilai === null) return NO_DATA_TEXT;
  const blank = nd.laporan_tanpa_ob > 0 ? `; ${formatCount(nd.laporan_tanpa_ob)} laporan tanpa O/B memakai D` : "";
  return `${formatPct(nd.nilai)} (D − O − B = ${formatCount(nd.penyebut)}${blank})`;
}

export type SkdnChartProps = {
  labels: string[];
  s: (number | null)[];
  k: (number | null)[];
  d: (number | null)[];
  n: (number | null)[];
  /** D/S in percent. */
  ds: (number | null)[];
  /** N/D per period (table column and N tooltip); left out when absent. */
  nd?: SkdnNd[];
  height?: number;
  ariaLabel?: string;
  /** Adds an "Unduh PNG" button (title and source printed on the image). */
  download?: ChartDownload;
};

const BARS = [
  { key: "s", label: "S (jumlah balita)", color: SERIES_COLORS[2] },
  { key: "k", label: "K (punya buku KIA/KMS)", color: SERIES_COLORS[5] },
  { key: "d", label: "D (ditimbang)", color: SERIES_COLORS[3] },
  { key: "n", label: "N (berat badan naik)", color: SERIES_COLORS[1] },
] as const;
const DS_LABEL = "D/S";
const DS_COLOR = SERIES_COLORS[0] ?? "#000000";

const byDatasetIndex = (a: { datasetIndex?: number }, b: { datasetIndex?: number }) => (a.datasetIndex ?? 0) - (b.datasetIndex ?? 0);

export function SkdnChart({ labels, s, k, d, n, ds, nd, height = 340, ariaLabel = "Grafik SKDN dan D/S per periode", download }: SkdnChartProps) {
  const counts = useMemo(() => ({ s, k, d, n }), [s, k, d, n]);

  const data = useMemo<ChartDataOf>(
    () => ({
      labels,
      datasets: [
        ...BARS.map((b) => ({
          type: "bar" as const,
          label: b.label,
          data: labels.map((_, i) => counts[b.key][i] ?? null),
          backgroundColor: b.color,
          borderColor: b.color,
          yAxisID: "y",
          order: 1,
        })),
        {
          type: "line" as const,
          label: DS_LABEL,
          data: labels.map((_, i) => ds[i] ?? null),
          borderColor: DS_COLOR,
          backgroundColor: DS_COLOR,
          borderWidth: 3,
          pointRadius: 3,
          spanGaps: false,
          yAxisID: "y1",
          // Drawn over the bars.
          order: 0,
        },
      ],
    }),
    [labels, counts, ds],
  );

  const options = useMemo<ChartOptionsOf>(
    () => ({
      interaction: { mode: "index", intersect: false },
      scales: {
        y: { position: "left", beginAtZero: true, ticks: { precision: 0, callback: (v) => formatCountTick(v) }, title: { display: true, text: "Jumlah balita" } },
        y1: {
          position: "right",
          min: 0,
          suggestedMax: 100,
          ticks: { callback: (v) => formatPctTick(v) },
          grid: { drawOnChartArea: false },
          title: { display: true, text: DS_LABEL },
        },
      },
      plugins: {
        // Keep S, K, D, N, D/S order although the line is drawn last.
        legend: { position: "bottom", labels: { sort: byDatasetIndex } },
        tooltip: {
          itemSort: byDatasetIndex,
          callbacks: {
            label: (item) => {
              const v = item.raw as number | null;
              const text = item.datasetIndex === BARS.length ? (v === null ? NO_DATA_TEXT : formatPct(v)) : formatCount(v);
              const withNd = item.datasetIndex === BARS.length - 1 && nd ? ` · N/D ${ndText(nd[item.dataIndex])}` : "";
              return `${item.dataset.label ?? ""}: ${text}${withNd}`;
            },
          },
        },
      },
    }),
    [nd],
  );

  const table = useCallback(
    (): ChartTable => ({
      rowHeader: "Periode",
      columns: [...BARS.map((b) => b.label), DS_LABEL, ...(nd ? [ND_LABEL] : [])],
      rows: labels.map((label, i) => {
        const v = ds[i];
        const cells = [...BARS.map((b) => formatCount(counts[b.key][i])), v === null || v === undefined ? NO_DATA_TEXT : formatPct(v)];
        return { label, cells: nd ? [...cells, ndText(nd[i])] : cells };
      }),
    }),
    [labels, counts, ds, nd],
  );

  return <Chart type="bar" data={data} options={options} table={table} height={height} ariaLabel={ariaLabel} download={download} />;
}
