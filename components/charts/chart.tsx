"use client";
// The ONLY module that imports Chart.js / react-chartjs-2 (conventions.md). Topic
// charts build plain data + options and render <Chart>; this file owns the
// registration, the projector-friendly defaults and the accessible fallback.
import { createContext, useContext, useMemo, useRef } from "react";
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart as ChartJS,
  Filler,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type ChartData,
  type ChartOptions,
  type LegendItem,
  type Plugin,
  type TooltipItem,
} from "chart.js";
import { Chart as ReactChart } from "react-chartjs-2";
import { formatDecimal } from "@/lib/format";
import { useHydrated } from "@/components/ui/use-hydrated";
import { NO_DATA_TEXT } from "./chart-format";
import { PNG_SIZE, drawPng } from "./png-export";

// Controllers are needed because the generic react-chartjs-2 <Chart> registers none.
ChartJS.register(LineController, BarController, CategoryScale, LinearScale, PointElement, LineElement, BarElement, Tooltip, Legend, Filler);
// Read from the back of a room on a projector.
ChartJS.defaults.font.size = 14;

export { formatPct } from "./chart-format";

export type ChartKind = "line" | "bar";
/** For chart-specific plugins (bar-values.ts): Chart.js stays imported here only. */
export type { ChartJS as ChartInstance, Plugin as ChartPlugin };
export type ChartValues = (number | null)[];
export type ChartDataOf = ChartData<ChartKind, ChartValues, string>;
export type ChartOptionsOf = ChartOptions<ChartKind>;
export type ChartTooltipItem = TooltipItem<ChartKind>;

/**
 * Legend items of line charts drawn as lines (usePointStyle + pointStyle "line") with their dataset's dash:
 * Chart.js takes a point-style item's style from the first point, which has no dash, so a dotted or dashed
 * line (the target, a desa past the palette) would show solid in the legend.
 */
export function dashedLegendLabels(chart: ChartJS): LegendItem[] {
  return ChartJS.defaults.plugins.legend.labels.generateLabels(chart).map((item) => {
    const dash = (chart.data.datasets[item.datasetIndex ?? -1] as { borderDash?: number[] } | undefined)?.borderDash;
    return { ...item, lineDash: dash ?? [] };
  });
}

/** The visually hidden table: one row per label, one cell per column, already formatted. */
export type ChartTable = { rowHeader: string; columns: string[]; rows: { label: string; cells: string[] }[] };

/** What the "Unduh PNG" image says: file name (without .png), title on top, source line below. */
/** `note`: a caveat printed above the source line (e.g. another source's data the chart leaves out). */
export type ChartDownload = { fileName: string; title: string; source: string; note?: string | null };

export type ChartProps = {
  type: ChartKind;
  data: ChartDataOf;
  options?: ChartOptionsOf;
  /**
   * Pixel height of the drawing area; the width follows the container. "fill": the rest of a flex column's height
   * (a slide), at least 240 px.
   */
  height: number | "fill";
  ariaLabel: string;
  /**
   * Builds the table; defaults to every dataset's values with one decimal. A function, called only when the table
   * is shown: the app's server render leaves the table out, and formatting every value of a province's 38-line
   * trend there (≈ 450 id-ID number formats) was work thrown away on every request.
   */
  table?: () => ChartTable;
  /** When given, a "Unduh PNG" button under the chart saves a 1200×675 image for WhatsApp. */
  download?: ChartDownload;
  /** Inline Chart.js plugins of this chart only (the bar values: bar-values.ts). */
  plugins?: Plugin[];
};

function tableFromData(data: ChartDataOf): ChartTable {
  const labels = data.labels ?? [];
  return {
    rowHeader: "Kategori",
    columns: data.datasets.map((d) => d.label ?? ""),
    rows: labels.map((label, i) => ({
      label,
      cells: data.datasets.map((d) => {
        const v = d.data[i];
        return v === null || v === undefined ? NO_DATA_TEXT : formatDecimal(v);
      }),
    })),
  };
}

/**
 * Where the sr-only table is rendered. "after-hydration" (the app): only in the browser, once React has hydrated.
 * The table repeats numbers that are already in the page's RSC payload (the chart's data), and on a province
 * ringkasan it was 85 % of the server HTML's elements (≈ 880 of 1,040) and most of its server rendering time; a
 * screen reader reads the page after hydration anyway (the charts themselves need JavaScript). "inline": also in
 * a server render (tests and any static export render the topic charts to a string and read the table).
 */
export const ChartTableMode = createContext<"after-hydration" | "inline">("after-hydration");

/** Renders the chart's current canvas into a titled 16:9 PNG and saves it. */
function downloadPng(chartCanvas: HTMLCanvasElement, download: ChartDownload) {
  // A canvas not laid out yet (hidden tab, zero width) has nothing to save.
  if (chartCanvas.width === 0 || chartCanvas.height === 0) return;
  const out = document.createElement("canvas");
  out.width = PNG_SIZE.width;
  out.height = PNG_SIZE.height;
  const ctx = out.getContext("2d");
  if (!ctx) return;
  drawPng(ctx, chartCanvas, chartCanvas.width, chartCanvas.height, download);
  out.toBlob((blob) => {
    if (!blob) return;
    const url = URL.createObjectURL(blob);
    const a = document.createElement("a");
    a.href = url;
    a.download = `${download.fileName}.png`;
    document.body.append(a);
    a.click();
    a.remove();
    // Revoking in the same tick can cancel the download in some browsers.
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }, "image/png");
}

/**
 * A Chart.js chart with animation off, responsive width at a fixed height, and an
 * sr-only table of the numbers. react-chartjs-2 destroys the Chart.js instance in
 * its mount effect's cleanup, so unmounting (or a route change) frees the canvas.
 */
export function Chart({ type, data, options, height, ariaLabel, table, download, plugins }: ChartProps) {
  const chartRef = useRef<ChartJS<ChartKind, ChartValues, string>>(undefined);
  const merged = useMemo<ChartOptionsOf>(
    () => ({ ...options, locale: "id-ID", responsive: true, maintainAspectRatio: false, animation: false }),
    [options],
  );
  const mode = useContext(ChartTableMode);
  const showTable = useHydrated() || mode === "inline";
  const fallback = useMemo(() => (showTable ? (table?.() ?? tableFromData(data)) : null), [showTable, table, data]);
  const fill = height === "fill";
  return (
    <div className={fill ? "flex min-h-0 flex-1 flex-col" : undefined} data-chart-fill={fill ? "" : undefined}>
      <div role="img" aria-label={ariaLabel} className={fill ? "min-h-[240px] flex-1" : undefined} style={{ position: "relative", height: fill ? undefined : height }}>
        <ReactChart ref={chartRef} type={type} data={data} options={merged} plugins={plugins as Plugin<ChartKind>[] | undefined} aria-hidden="true" />
      </div>
      {download && (
        <button
          type="button"
          onClick={() => {
            const canvas = chartRef.current?.canvas;
            if (canvas) downloadPng(canvas, download);
          }}
          aria-label={`Unduh PNG: ${download.title}`}
          className="mt-2 w-fit rounded border border-slate-300 bg-white px-2 py-1 text-xs text-slate-700 hover:border-brand-600 print:hidden"
        >
          Unduh PNG
        </button>
      )}
      {/* A table ignores width: 1px and would widen a phone page; the div clips it. */}
      {fallback && (
        <div className="sr-only">
          <table data-chart-table="">
            <caption>{ariaLabel}</caption>
            <thead>
              <tr>
                <th scope="col">{fallback.rowHeader}</th>
                {fallback.columns.map((c, i) => (
                  <th key={i} scope="col">{c}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {fallback.rows.map((r, i) => (
                <tr key={i}>
                  <th scope="row">{r.label}</th>
                  {r.cells.map((c, j) => (
                    <td key={j}>{c}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
