// What each topic chart hands to Chart.js: react-chartjs-2 is replaced by a stub
// that records its props, so the options (animation off, gaps, emphasis, axes)
// and the tooltip/tick callbacks can be checked without a canvas.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { createElement, type FunctionComponent } from "react";
import { renderToString } from "react-dom/server";

type Recorded = { type: string; data: { labels: string[]; datasets: Record<string, unknown>[] }; options: Record<string, unknown> };
const recorded = vi.hoisted(() => [] as Recorded[]);

vi.mock("react-chartjs-2", () => ({
  Chart: (props: Recorded) => {
    recorded.push(props);
    return null;
  },
}));

const { StuntingTrendChart } = await import("@/components/charts/stunting-trend-chart");
const { StrataStackedChart } = await import("@/components/charts/strata-stacked-chart");
const { RateBarChart } = await import("@/components/charts/rate-bar-chart");
const { Sparkline } = await import("@/components/charts/sparkline");
const { SkdnChart } = await import("@/components/charts/skdn-chart");

function chartOf<P extends object>(component: FunctionComponent<P>, props: P): Recorded {
  recorded.length = 0;
  renderToString(createElement(component, props));
  const chart = recorded[0];
  if (!chart) throw new Error("no chart rendered");
  return chart;
}

/** Reads a nested option such as "plugins.tooltip.callbacks.label". */
function at(obj: unknown, path: string): unknown {
  return path.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], obj);
}

type Item = { datasetIndex: number; dataIndex: number; raw: number | null; dataset: { label?: string } };
function tooltipLabel(chart: Recorded, item: Partial<Item> & { datasetIndex: number; dataIndex: number }): string {
  const fn = at(chart.options, "plugins.tooltip.callbacks.label") as (i: Item) => string;
  const dataset = chart.data.datasets[item.datasetIndex] as { label?: string; data: (number | null)[] };
  return fn({ raw: dataset.data[item.dataIndex] ?? null, dataset, ...item });
}

beforeEach(() => {
  recorded.length = 0;
});

const trend = {
  labels: ["Februari 2026", "Agustus 2026"],
  series: [
    { label: "Metro Pusat", values: [20.04, null], n: [25, 0] },
    { label: "Kota Metro", values: [15.66, 14.21], n: [1842, 1790], emphasis: true },
  ],
  target: { label: "Target 2026", values: [14, 14] },
};

describe("chart options handed to Chart.js", () => {
  it.each([
    ["stunting", () => chartOf(StuntingTrendChart, trend)],
    ["strata", () => chartOf(StrataStackedChart, { labels: ["A"], counts: { PRATAMA: [1], MADYA: [2], PURNAMA: [3], MANDIRI: [4] } })],
    ["rate", () => chartOf(RateBarChart, { labels: ["A"], values: [50], n: [40], nKecil: [false], label: "D/S" })],
    ["sparkline", () => chartOf(Sparkline, { values: [1], labels: ["Jan"], ariaLabel: "x" })],
    ["skdn", () => chartOf(SkdnChart, { labels: ["Jan"], s: [1], k: [1], d: [1], n: [1], ds: [100] })],
  ])("%s: no animation, fixed height, id-ID locale", (_name, make) => {
    const { options } = make();
    expect(options).toMatchObject({ animation: false, maintainAspectRatio: false, responsive: true, locale: "id-ID" });
  });

  it("stunting: kota thick black on top, others thin from the palette, target dashed, gaps kept", () => {
    const chart = chartOf(StuntingTrendChart, trend);
    const [kec, kota, target] = chart.data.datasets;
    expect(kota).toMatchObject({ label: "Kota Metro", borderColor: "#000000", borderWidth: 4, order: 0, spanGaps: false });
    expect(kec).toMatchObject({ label: "Metro Pusat", borderColor: "#E69F00", borderWidth: 1.5, spanGaps: false });
    expect(kec?.data).toEqual([20.04, null]);
    expect(target).toMatchObject({ label: "Target 2026", borderDash: [8, 6] });
    expect(tooltipLabel(chart, { datasetIndex: 1, dataIndex: 0 })).toBe("Kota Metro: 15,7% (n = 1.842)");
    expect(tooltipLabel(chart, { datasetIndex: 0, dataIndex: 0 })).toBe("Metro Pusat: 20,0% (n = 25, n kecil)");
    expect(tooltipLabel(chart, { datasetIndex: 0, dataIndex: 1 })).toBe("Metro Pusat: tidak ada data");
    expect(tooltipLabel(chart, { datasetIndex: 2, dataIndex: 0 })).toBe("Target 2026: 14,0%");
    const tick = at(chart.options, "scales.y.ticks.callback") as (v: number) => string;
    expect(tick(12.5)).toBe("12,5%");
  });

  it("stunting: 20 desa lines never share colour and dash, and none looks like the target", () => {
    const series = [{ label: "Kecamatan Donorojo", values: [18], n: [3000], emphasis: true }, ...Array.from({ length: 20 }, (_, i) => ({ label: `Desa ${i + 1}`, values: [10 + i], n: [100] }))];
    const chart = chartOf(StuntingTrendChart, { labels: ["Februari 2026"], series, target: { label: "Target 2026", values: [14] } });
    const children = chart.data.datasets.slice(1, 21);
    const looks = children.map((d) => `${String(d.borderColor)} ${JSON.stringify(d.borderDash)}`);
    expect(new Set(looks).size).toBe(20);
    expect(children.every((d) => d.borderColor !== "#000000" && JSON.stringify(d.borderDash) !== "[8,6]")).toBe(true);
    expect(chart.data.datasets[0]).toMatchObject({ borderColor: "#000000", borderDash: [] });
    expect(children[0]).toMatchObject({ borderColor: "#E69F00", borderDash: [] });
    expect(children[7]).toMatchObject({ borderColor: "#E69F00", borderDash: [2, 3] });
    // The legend draws each entry as its line: Chart.js's own items would take the (dashless) point style.
    const datasets = chart.data.datasets;
    const fake = {
      data: { datasets },
      legend: { options: { labels: at(chart.options, "plugins.legend.labels") } },
      _getSortedDatasetMetas: () => datasets.map((d, index) => ({ index, visible: true, controller: { getStyle: () => ({ borderWidth: 1.5, borderColor: d.borderColor, backgroundColor: d.borderColor }) } })),
    };
    const legend = (at(chart.options, "plugins.legend.labels.generateLabels") as (c: unknown) => { text: string; lineDash: number[]; strokeStyle: string }[])(fake);
    expect(legend.map((l) => l.lineDash)).toEqual(datasets.map((d) => d.borderDash));
    expect(legend.at(-1)).toMatchObject({ text: "Target 2026", lineDash: [8, 6] });
    expect(legend[8]).toMatchObject({ text: "Desa 8", lineDash: [2, 3], strokeStyle: "#E69F00" });
  });

  it("strata: stacked, strata colours and Indonesian labels, share in the tooltip", () => {
    const chart = chartOf(StrataStackedChart, { labels: ["Metro Pusat"], counts: { PRATAMA: [10], MADYA: [20], PURNAMA: [5], MANDIRI: [5] } });
    expect(chart.data.datasets.map((d) => [d.label, d.backgroundColor])).toEqual([
      ["Pratama", "#d7191c"],
      ["Madya", "#fdae61"],
      ["Purnama", "#abd9e9"],
      ["Mandiri", "#2c7bb6"],
    ]);
    expect(at(chart.options, "scales.x.stacked")).toBe(true);
    expect(at(chart.options, "scales.y.stacked")).toBe(true);
    expect(tooltipLabel(chart, { datasetIndex: 1, dataIndex: 0 })).toBe("Madya: 20 posyandu (50,0%)");
  });

  it("rate bars: target is a dashed line dataset across every bar; missing bars are named", () => {
    const chart = chartOf(RateBarChart, { labels: ["Metro Pusat", "Metro Timur"], values: [92.14, null], n: [1842, 0], nKecil: [false, false], target: 80, label: "D/S" });
    expect(chart.type).toBe("bar");
    expect(chart.data.datasets[1]).toMatchObject({ type: "line", label: "Target 80,0%", data: [80, 80], borderDash: [8, 6] });
    expect(tooltipLabel(chart, { datasetIndex: 0, dataIndex: 0 })).toBe("D/S: 92,1% (n = 1.842)");
    expect(tooltipLabel(chart, { datasetIndex: 0, dataIndex: 1 })).toBe("D/S: tidak ada data");
    const tick = at(chart.options, "scales.y.ticks.callback") as (v: number, i: number) => string | string[];
    expect(tick(1, 1)).toEqual(["Metro Timur", "(tidak ada data)"]);
    expect(tick(0, 0)).toBe("Metro Pusat");
  });

  it("rate bars say 'n kecil' from each figure's own flag, not from the size of its n", () => {
    // A meeting's "posyandu dengan ≥ 5 kader" over 6 posyandu, beside a stunting prevalence over 12 children.
    const chart = chartOf(RateBarChart, { labels: ["Kel. Metro", "Kel. Imopuro"], values: [50, 25], n: [6, 12], nKecil: [false, true], label: "Indikator" });
    expect(tooltipLabel(chart, { datasetIndex: 0, dataIndex: 0 })).toBe("Indikator: 50,0% (n = 6)");
    expect(tooltipLabel(chart, { datasetIndex: 0, dataIndex: 1 })).toBe("Indikator: 25,0% (n = 12, n kecil)");
  });

  it("rate bars on a slide: ticks, legend and bar values in 22 px, names smaller only when rows crowd; a page keeps 14 px", () => {
    const props = { labels: ["Cempaka 4", "Dahlia 6", "Teratai 8"], values: [46, 27.9, 20.7], n: [50, 61, 58], nKecil: [false, false, false], target: 14, label: "Prevalensi stunting" };
    const slide = chartOf(RateBarChart, { ...props, large: true, height: "fill" as const });
    expect(at(slide.options, "scales.x.ticks.font.size")).toBe(22);
    expect(at(slide.options, "plugins.legend.labels.font.size")).toBe(22);
    const names = at(slide.options, "scales.y.ticks.font") as (ctx: { chart: { height: number } }) => { size: number };
    expect(names({ chart: { height: 775 } }).size).toBe(22);
    // 30 posyandu in a 1366×768 slide's 460 px: 12 px rows fit no 22 px name; the floor is the page's 14 px.
    const crowded = chartOf(RateBarChart, { ...props, labels: Array.from({ length: 30 }, (_, i) => `Posyandu ${i + 1}`), large: true, height: "fill" as const });
    expect((at(crowded.options, "scales.y.ticks.font") as typeof names)({ chart: { height: 460 } }).size).toBe(14);
    const values = (slide as unknown as { plugins: { afterDatasetsDraw: (c: unknown) => void }[] }).plugins[0]!;
    const ctx = { font: "", save() {}, restore() {}, measureText: () => ({ width: 10 }), fillText() {} };
    values.afterDatasetsDraw({ ctx, chartArea: { right: 900 }, options: { font: { family: "Inter" } }, getDatasetMeta: () => ({ data: [{ x: 100, y: 10 }] }) });
    expect(ctx.font).toBe("600 22px Inter");
    const page = chartOf(RateBarChart, props);
    expect(at(page.options, "scales.x.ticks.font")).toBeUndefined();
    expect(at(page.options, "scales.y.ticks.font")).toBeUndefined();
    expect(at(page.options, "plugins.legend.labels")).toBeUndefined();
  });

  it("a slide chart fills the height its slide leaves instead of a fixed 280 px", () => {
    const html = renderToString(createElement(RateBarChart, { labels: ["A"], values: [50], n: [40], nKecil: [false], label: "D/S", large: true, height: "fill" }));
    expect(html).toContain("flex-1");
    expect(html).not.toMatch(/height:\s*\d+px/);
    expect(renderToString(createElement(RateBarChart, { labels: ["A"], values: [50], n: [40], nKecil: [false], label: "D/S" }))).toMatch(/height:\s*180px/);
  });

  it("sparkline: no axes, no legend, only the last present point marked", () => {
    const chart = chartOf(Sparkline, { values: [10, 12, null], labels: ["Jan", "Feb", "Mar"], ariaLabel: "Tren" });
    expect(at(chart.options, "scales.x.display")).toBe(false);
    expect(at(chart.options, "scales.y.display")).toBe(false);
    expect(at(chart.options, "plugins.legend.display")).toBe(false);
    expect(chart.data.datasets[0]?.pointRadius).toEqual([0, 3, 0]);
  });

  it("SKDN: four bars on the count axis, D/S as a line on the right percent axis", () => {
    const chart = chartOf(SkdnChart, { labels: ["Juli 2026"], s: [1842], k: [1800], d: [1500], n: [900], ds: [81.43] });
    expect(chart.data.datasets.map((d) => [d.type, d.yAxisID])).toEqual([
      ["bar", "y"],
      ["bar", "y"],
      ["bar", "y"],
      ["bar", "y"],
      ["line", "y1"],
    ]);
    expect(at(chart.options, "scales.y1.position")).toBe("right");
    expect(tooltipLabel(chart, { datasetIndex: 0, dataIndex: 0 })).toBe("S (jumlah balita): 1.842");
    expect(tooltipLabel(chart, { datasetIndex: 4, dataIndex: 0 })).toBe("D/S: 81,4%");
  });
});
