// The "Unduh PNG" image shared on WhatsApp: the chart must keep its shape (no
// stretched bars), fit inside the card between title and source, and sit centred.
// Plus: the button appears only when a chart is given `download`.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { createElement, type FunctionComponent } from "react";
import { renderToString } from "react-dom/server";
import { PNG_SIZE, drawPng, fitInto, pngLayout, wrapLines, type Box, type PngContext } from "@/components/charts/png-export";
import { StuntingTrendChart } from "@/components/charts/stunting-trend-chart";
import { RateBarChart } from "@/components/charts/rate-bar-chart";
import { StrataStackedChart } from "@/components/charts/strata-stacked-chart";
import { SkdnChart } from "@/components/charts/skdn-chart";

const within = (inner: Box, outer: Box, eps = 1e-6) =>
  inner.x >= outer.x - eps &&
  inner.y >= outer.y - eps &&
  inner.x + inner.width <= outer.x + outer.width + eps &&
  inner.y + inner.height <= outer.y + outer.height + eps;

describe("fitInto", () => {
  const box: Box = { x: 10, y: 20, width: 1000, height: 500 };

  it.each([
    // [source w, source h, expected box]
    ["wider than the box: full width, centred vertically", 2000, 500, { x: 10, y: 145, width: 1000, height: 250 }],
    ["taller than the box: full height, centred horizontally", 400, 800, { x: 385, y: 20, width: 250, height: 500 }],
    ["same ratio, smaller: scaled up to fill", 200, 100, { x: 10, y: 20, width: 1000, height: 500 }],
    ["phone canvas at 3× density", 1080, 960, { x: 228.75, y: 20, width: 562.5, height: 500 }],
  ])("%s", (_name, w, h, expected) => {
    const fit = fitInto(w, h, box);
    expect(fit.x).toBeCloseTo(expected.x, 6);
    expect(fit.y).toBeCloseTo(expected.y, 6);
    expect(fit.width).toBeCloseTo(expected.width, 6);
    expect(fit.height).toBeCloseTo(expected.height, 6);
  });

  it("gives an empty box for a canvas that has no size yet", () => {
    expect(fitInto(0, 300, box)).toMatchObject({ width: 0, height: 0 });
  });

  it("always keeps the aspect ratio, fits inside the box, touches it on one axis and is centred", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5000 }),
        fc.integer({ min: 1, max: 5000 }),
        fc.record({ x: fc.integer({ min: 0, max: 200 }), y: fc.integer({ min: 0, max: 200 }), width: fc.integer({ min: 1, max: 2000 }), height: fc.integer({ min: 1, max: 2000 }) }),
        (w, h, b) => {
          const fit = fitInto(w, h, b);
          expect(fit.width / fit.height).toBeCloseTo(w / h, 6);
          expect(within(fit, b)).toBe(true);
          expect(Math.max(fit.width / b.width, fit.height / b.height)).toBeCloseTo(1, 9);
          expect(fit.x - b.x).toBeCloseTo(b.x + b.width - (fit.x + fit.width), 6);
          expect(fit.y - b.y).toBeCloseTo(b.y + b.height - (fit.y + fit.height), 6);
        },
      ),
    );
  });
});

describe("pngLayout", () => {
  it("is 1200×675 with the chart between the title and the source line", () => {
    const l = pngLayout(800, 320);
    expect([l.width, l.height]).toEqual([1200, 675]);
    expect(l.width / l.height).toBeCloseTo(16 / 9, 2);
    expect(within(l.chart, { x: 0, y: 0, width: l.width, height: l.height })).toBe(true);
    expect(l.chart.y).toBeGreaterThanOrEqual(l.title.y + l.title.px);
    expect(l.chart.y + l.chart.height).toBeLessThanOrEqual(l.source.y - l.source.px);
    expect(l.chart.width / l.chart.height).toBeCloseTo(800 / 320, 6);
  });
});

type Call = { op: string; args: unknown[]; font: string; fillStyle: unknown; textBaseline: string };

/** A 2D context that records calls; text is 0.6 × font size wide per character. */
function recorder() {
  const calls: Call[] = [];
  const ctx = {
    fillStyle: "#000000" as PngContext["fillStyle"],
    font: "10px sans-serif",
    textAlign: "start" as CanvasTextAlign,
    textBaseline: "alphabetic" as CanvasTextBaseline,
    fillRect: (...args: unknown[]) => void calls.push({ op: "fillRect", args, font: ctx.font, fillStyle: ctx.fillStyle, textBaseline: ctx.textBaseline }),
    fillText: (...args: unknown[]) => void calls.push({ op: "fillText", args, font: ctx.font, fillStyle: ctx.fillStyle, textBaseline: ctx.textBaseline }),
    drawImage: (...args: unknown[]) => void calls.push({ op: "drawImage", args, font: ctx.font, fillStyle: ctx.fillStyle, textBaseline: ctx.textBaseline }),
    measureText: (t: string) => ({ width: t.length * 0.6 * Number(/(\d+)px/.exec(ctx.font)?.[1] ?? 10) }) as TextMetrics,
  };
  return { ctx: ctx as unknown as PngContext, calls };
}

describe("drawPng", () => {
  const image = {} as CanvasImageSource;
  const text = { title: "Prevalensi stunting per kecamatan", source: "Sumber: e-PPGBM · Agustus 2026 · Pantau Posyandu" };

  it("paints white first, then a bold 36px title, the fitted chart, and a 20px grey source line at the bottom", () => {
    const { ctx, calls } = recorder();
    const layout = drawPng(ctx, image, 1600, 640, text);
    expect(calls.map((c) => c.op)).toEqual(["fillRect", "fillText", "drawImage", "fillText"]);
    expect(calls[0]).toMatchObject({ args: [0, 0, PNG_SIZE.width, PNG_SIZE.height], fillStyle: "#ffffff" });
    expect(calls[1]?.args[0]).toBe(text.title);
    expect(calls[1]?.font).toMatch(/^bold 36px /);
    expect(calls[2]?.args).toEqual([image, layout.chart.x, layout.chart.y, layout.chart.width, layout.chart.height]);
    expect(calls[3]?.args[0]).toBe(text.source);
    expect(calls[3]?.font).toMatch(/^20px /);
    expect(calls[3]?.fillStyle).not.toBe("#ffffff");
    expect(calls[3]).toMatchObject({ textBaseline: "bottom" });
    expect(calls[3]?.args[2]).toBeGreaterThan(600);
  });

  it("shrinks a long title (not below 24px) and bounds it to the card width", () => {
    const { ctx, calls } = recorder();
    drawPng(ctx, image, 800, 400, { ...text, title: "Cakupan penimbangan balita (D/S) per posyandu di Kecamatan Metro Pusat" });
    const title = calls.find((c) => c.op === "fillText");
    const px = Number(/bold (\d+)px/.exec(title?.font ?? "")?.[1]);
    expect(px).toBeLessThan(36);
    expect(px).toBeGreaterThanOrEqual(24);
    expect(title?.args[3]).toBe(PNG_SIZE.width - 64);
  });

  it("prints a caveat wrapped above the source line, in order, and makes room for it by shrinking the chart", () => {
    const note = "Catatan: Satu angka memakai satu sumber; tidak dihitung di sini: data e-PPGBM dari Februari 2024 (n = 308), Agustus 2024 (n = 171), Februari 2025 (n = 232), Agustus 2025 (n = 321), Februari 2026 (n = 256).";
    const { ctx, calls } = recorder();
    const plain = drawPng(recorder().ctx, image, 800, 400, text);
    const layout = drawPng(ctx, image, 800, 400, { ...text, note });
    const texts = calls.filter((c) => c.op === "fillText");
    const lines = texts.slice(1, -1);
    expect(lines.length).toBe(2);
    expect(lines.map((l) => l.args[0]).join(" ")).toBe(note);
    expect(texts.at(-1)?.args[0]).toBe(text.source);
    for (const l of lines) {
      expect(l.font).toMatch(/^18px /);
      expect(String(l.args[0]).length * 0.6 * 18).toBeLessThanOrEqual(PNG_SIZE.width - 64);
      expect(l.fillStyle).not.toBe(texts.at(-1)?.fillStyle);
    }
    // Bottom-anchored lines: the first starts below the chart, the last ends above the source line.
    const bottoms = lines.map((l) => Number(l.args[2]));
    expect(bottoms[0]! - 18).toBeGreaterThanOrEqual(layout.chart.y + layout.chart.height);
    expect(bottoms[1]!).toBeLessThanOrEqual(layout.source.y - layout.source.px);
    expect(layout.chart.height).toBeLessThan(plain.chart.height);
  });

  it("wraps word by word and gives the last allowed line the rest", () => {
    const measure = { measureText: (t: string) => ({ width: t.length }) as TextMetrics };
    expect(wrapLines(measure, "aa bb cc dd", 5, 3)).toEqual(["aa bb", "cc dd"]);
    expect(wrapLines(measure, "aa bb cc dd ee ff gg", 5, 2)).toEqual(["aa bb", "cc dd ee ff gg"]);
    expect(wrapLines(measure, "kata-yang-sangat-panjang x", 5, 3)).toEqual(["kata-yang-sangat-panjang", "x"]);
    expect(wrapLines(measure, "  ", 5, 3)).toEqual([]);
  });

  it("skips the chart image when the canvas has no size", () => {
    const { ctx, calls } = recorder();
    drawPng(ctx, image, 0, 0, text);
    expect(calls.some((c) => c.op === "drawImage")).toBe(false);
  });
});

describe("Unduh PNG button", () => {
  const download = { fileName: "stunting-agustus-2026", title: "Stunting", source: "Sumber: e-PPGBM" };
  const render = <P extends object>(c: FunctionComponent<P>, p: P) => renderToString(createElement(c, p));
  const charts: [string, (d?: typeof download) => string][] = [
    ["stunting trend", (d) => render(StuntingTrendChart, { labels: ["Feb"], series: [{ label: "Kota", values: [10], n: [100] }], download: d })],
    ["rate bar", (d) => render(RateBarChart, { labels: ["A"], values: [50], n: [40], nKecil: [false], label: "D/S", download: d })],
    ["strata stacked", (d) => render(StrataStackedChart, { labels: ["A"], counts: { PRATAMA: [1], MADYA: [2], PURNAMA: [3], MANDIRI: [4] }, download: d })],
    ["skdn", (d) => render(SkdnChart, { labels: ["Feb"], s: [10], k: [9], d: [8], n: [5], ds: [80], download: d })],
  ];

  it.each(charts)("%s: shown only when download is given", (_name, draw) => {
    expect(draw(download)).toMatch(/<button type="button"[^>]*aria-label="Unduh PNG: Stunting"[^>]*>Unduh PNG<\/button>/);
    expect(draw(undefined)).not.toContain("Unduh PNG");
  });
});
