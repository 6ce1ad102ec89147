// Server render of every topic chart: the canvas is drawn only in the browser,
// so these read the sr-only fallback table (what a screen reader reads) and
// check the id-ID numbers. The app renders that table only after hydration;
// these render it inline (ChartTableMode), and tests/e2e/charts-a11y.spec.ts
// checks it appears in a real browser. Plus the one-importer rule for Chart.js.
import { describe, expect, it } from "vitest";
import { createElement, type FunctionComponent } from "react";
import { renderToString } from "react-dom/server";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { Chart, ChartTableMode, type ChartTable } from "@/components/charts/chart";
import { StuntingTrendChart } from "@/components/charts/stunting-trend-chart";
import { StrataStackedChart } from "@/components/charts/strata-stacked-chart";
import { RateBarChart } from "@/components/charts/rate-bar-chart";
import { Sparkline } from "@/components/charts/sparkline";
import { SkdnChart } from "@/components/charts/skdn-chart";
import { formatPct, formatPctTick, formatRateWithN } from "@/components/charts/chart-format";

function render<P extends object>(component: FunctionComponent<P>, props: P): string {
  return renderToString(createElement(ChartTableMode.Provider, { value: "inline" }, createElement(component, props)));
}

/** The sr-only table as rows of cell texts (header row first). */
function tableRows(html: string): string[][] {
  const table = html.match(/<div class="sr-only"><table data-chart-table="">([\s\S]*?)<\/table><\/div>/)?.[1];
  if (!table) throw new Error("no sr-only table");
  return [...table.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((tr) =>
    [...(tr[1] ?? "").matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((c) => (c[1] ?? "").replace(/<!-- -->/g, "")),
  );
}

describe("chart formatting (id-ID)", () => {
  it.each([
    [15.66, "15,7%"],
    [0, "0,0%"],
    [100, "100,0%"],
    [1234.56, "1.234,6%"],
  ])("formatPct(%s) → %s", (v, expected) => {
    expect(formatPct(v)).toBe(expected);
  });

  it.each([
    [10, "10%"],
    [12.5, "12,5%"],
    ["20", "20%"],
  ])("formatPctTick(%s) → %s", (v, expected) => {
    expect(formatPctTick(v)).toBe(expected);
  });

  it.each([
    [15.66, 1842, false, "15,7% (n = 1.842)"],
    [20, 29, true, "20,0% (n = 29, n kecil)"],
    // A share of posyandu: 6 posyandu are all there are, not a small sample.
    [50, 6, false, "50,0% (n = 6)"],
    [null, 0, false, "tidak ada data"],
  ])("formatRateWithN(%s, %s, %s) → %s", (v, n, small, expected) => {
    expect(formatRateWithN(v, n, small)).toBe(expected);
  });
});

describe("topic charts (server-rendered fallback)", () => {
  it("the app's server HTML leaves the table out (it comes with hydration), keeping the chart's label", () => {
    const html = renderToString(createElement(RateBarChart, { labels: ["Metro Pusat"], values: [92.14], n: [1842], nKecil: [false], label: "D/S" }));
    expect(html).not.toContain("data-chart-table");
    expect(html).toContain('role="img"');
    expect(tableRows(render(RateBarChart, { labels: ["Metro Pusat"], values: [92.14], n: [1842], nKecil: [false], label: "D/S" }))).toHaveLength(2);
  });

  it("builds the table only where it is shown: not in the app's server render, once inline", () => {
    let built = 0;
    const table = (): ChartTable => {
      built++;
      return { rowHeader: "Wilayah", columns: ["D/S"], rows: [{ label: "Metro Pusat", cells: ["92,1%"] }] };
    };
    const props = { type: "bar" as const, data: { labels: ["Metro Pusat"], datasets: [{ label: "D/S", data: [92.14] }] }, height: 100, ariaLabel: "D/S", table };
    expect(renderToString(createElement(Chart, props))).not.toContain("data-chart-table");
    expect(built).toBe(0);
    expect(tableRows(render(Chart, props))).toEqual([["Wilayah", "D/S"], ["Metro Pusat", "92,1%"]]);
    expect(built).toBe(1);
  });

  it("stunting trend: one column per area plus the target, n and small-n per cell, gaps as 'tidak ada data'", () => {
    const html = render(StuntingTrendChart, {
      labels: ["Februari 2026", "Agustus 2026"],
      series: [
        { label: "Kota Metro", values: [15.66, 14.21], n: [1842, 1790], emphasis: true },
        { label: "Metro Pusat", values: [20.04, null], n: [25, 0] },
      ],
      target: { label: "Target 2026", values: [14, 14] },
    });
    expect(html).toContain('role="img"');
    expect(html).toContain('aria-label="Grafik garis prevalensi stunting per periode"');
    expect(tableRows(html)).toEqual([
      ["Periode", "Kota Metro", "Metro Pusat", "Target 2026"],
      ["Februari 2026", "15,7% (n = 1.842)", "20,0% (n = 25, n kecil)", "14,0%"],
      ["Agustus 2026", "14,2% (n = 1.790)", "tidak ada data", "14,0%"],
    ]);
  });

  it("stunting trend without a target has no target column", () => {
    const html = render(StuntingTrendChart, { labels: ["Februari 2026"], series: [{ label: "Kota Metro", values: [9], n: [40] }] });
    expect(tableRows(html)[0]).toEqual(["Periode", "Kota Metro"]);
  });

  it("strata: Indonesian strata names in Pratama → Mandiri order and a total per area", () => {
    const html = render(StrataStackedChart, {
      labels: ["Metro Pusat", "Metro Barat"],
      counts: { PRATAMA: [1200, 0], MADYA: [30, 4], PURNAMA: [15, 9], MANDIRI: [5, 2] },
    });
    expect(tableRows(html)).toEqual([
      ["Wilayah", "Pratama", "Madya", "Purnama", "Mandiri", "Jumlah"],
      ["Metro Pusat", "1.200", "30", "15", "5", "1.250"],
      ["Metro Barat", "0", "4", "9", "2", "15"],
    ]);
  });

  it("rate bars: rate with n, 'tidak ada data' for a missing value, target column when given", () => {
    const html = render(RateBarChart, { labels: ["Metro Pusat", "Metro Timur"], values: [92.14, null], n: [1842, 0], nKecil: [false, false], target: 80, label: "D/S" });
    expect(html).toContain('aria-label="Grafik batang D/S per wilayah"');
    expect(tableRows(html)).toEqual([
      ["Wilayah", "D/S", "Target"],
      ["Metro Pusat", "92,1% (n = 1.842)", "80,0%"],
      ["Metro Timur", "tidak ada data", "80,0%"],
    ]);
    const noTarget = render(RateBarChart, { labels: ["Metro Pusat"], values: [12], n: [10], nKecil: [true], label: "Stunting" });
    expect(tableRows(noTarget)).toEqual([["Wilayah", "Stunting"], ["Metro Pusat", "12,0% (n = 10, n kecil)"]]);
  });

  it("sparkline: percent by default, counts with unit 'angka', its own aria-label", () => {
    const html = render(Sparkline, { values: [12.34, null, 14], labels: ["Jan", "Feb", "Mar"], ariaLabel: "Tren D/S" });
    expect(html).toContain('aria-label="Tren D/S"');
    expect(html).toContain("height:40px");
    expect(tableRows(html).slice(1)).toEqual([["Jan", "12,3%"], ["Feb", "tidak ada data"], ["Mar", "14,0%"]]);
    const counts = render(Sparkline, { values: [1842, 2.5], labels: ["Jan", "Feb"], ariaLabel: "Tren S", unit: "angka" as const });
    expect(tableRows(counts).slice(1)).toEqual([["Jan", "1.842"], ["Feb", "2,5"]]);
  });

  it("SKDN: counts with thousands separator and D/S in percent", () => {
    const html = render(SkdnChart, {
      labels: ["Juli 2026", "Agustus 2026"],
      s: [1842, 1850],
      k: [1800, null],
      d: [1500, null],
      n: [900, null],
      ds: [81.43, null],
    });
    expect(tableRows(html)).toEqual([
      ["Periode", "S (jumlah balita)", "K (punya buku KIA/KMS)", "D (ditimbang)", "N (berat badan naik)", "D/S"],
      ["Juli 2026", "1.842", "1.800", "1.500", "900", "81,4%"],
      ["Agustus 2026", "1.850", "tidak ada data", "tidak ada data", "tidak ada data", "tidak ada data"],
    ]);
  });
});

describe("Chart.js has one importer", () => {
  const root = join(__dirname, "..", "..");
  const sourceFiles = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return name === "generated" ? [] : sourceFiles(path);
      return /\.(ts|tsx|js|jsx|mjs|cjs)$/.test(name) ? [path] : [];
    });
  const importsChartJs = /(?:from\s*|import\s*\(\s*|require\s*\(\s*|import\s+)["'](?:chart\.js|react-chartjs-2)(?:\/[^"']*)?["']/;

  it("only components/charts/chart.tsx imports chart.js or react-chartjs-2", () => {
    const importers = ["components", "app", "lib"]
      .flatMap((d) => sourceFiles(join(root, d)))
      .filter((f) => importsChartJs.test(readFileSync(f, "utf8")))
      .map((f) => relative(root, f).split("\\").join("/"));
    expect(importers).toEqual(["components/charts/chart.tsx"]);
  });
});
