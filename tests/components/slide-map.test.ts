// A meeting slide is read from the back of a room with no mouse to hover: its map writes each area's name and
// value on the shape (a permanent label, like the offline pack's SVG maps), and lists every area with its value
// and n beside the map in large type; its chart fills the slide's height. The meeting page keeps its hover
// tooltips, the collapsed list and fixed heights.
import { describe, expect, it } from "vitest";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { AgendaFigures } from "@/app/rapat/_components/agenda-figures";
import { areaLabelHtml, areaValueText } from "@/components/maps/legend";
import type { AgendaView } from "@/lib/queries/meeting-view";
import { EMPTY_SNAPSHOT } from "@/lib/meetings/snapshot";
import { SLIDE_FONT_SIZE } from "@/components/charts/chart-format";

const rate = (nilai: number | null, n: number) => ({ nilai, pembilang: ((nilai ?? 0) * n) / 100, penyebut: n, n, n_kecil: n < 30 });
const hex = (x: number) => JSON.stringify({ type: "Polygon", coordinates: [[[x, 0], [x + 1, 0], [x + 1, 1], [x, 1], [x, 0]]] });
const areas = [{ kode: "18.72.01.1001", nama: "Metro", rate: rate(23.2, 267) }, { kode: "18.72.01.1004", nama: "Hadimulyo Barat", rate: rate(30, 283) }, { kode: "18.72.01.1005", nama: "Yosomulyo", rate: rate(null, 0) }];

function item(kind: "PETA" | "GRAFIK", withShapes: boolean): AgendaView {
  const figures = { ...EMPTY_SNAPSHOT("2026-11-10T03:00:00.000Z"), indikator: { id: "stunting", label: "Prevalensi stunting", polaritas: "turun-baik" as const }, wilayah: { kode: "18.72.01", nama: "Metro Pusat" }, periode: "2026-08", sumber: "e-PPGBM", total: rate(15.7, 1842), baris: areas };
  return { id: 4, order: 3, title: "Peta stunting", kind, figures, frozen: false, shapes: withShapes ? areas.map((a, i) => ({ code: a.kode, geojson: hex(i) })) : [], schematic: true, delta: null } as unknown as AgendaView;
}
const render = (it: AgendaView, large: boolean) => renderToStaticMarkup(createElement(AgendaFigures, { item: it, large }));

describe("a map on a slide", () => {
  it("lists every area with its value and n beside the map, with the legend, in projector type", () => {
    const html = render(item("PETA", true), true);
    const list = /<table[^>]*data-area-values[^>]*>(.*?)<\/table>/s.exec(html)?.[0] ?? "";
    expect(list).toContain("text-xl");
    const rows = [...list.matchAll(/<tr[^>]*data-kode="([^"]+)"[^>]*><th[^>]*>([^<]+)<\/th><td[^>]*>([^<]+)/g)].map((m) => [m[2], m[3]]);
    expect(rows).toEqual([["Metro", "23,2% (n = 267)"], ["Hadimulyo Barat", "30,0% (n = 283)"], ["Yosomulyo", "tidak ada data"]]);
    expect(html).toMatch(/<aside[^>]*>.*Prevalensi stunting \(%\)/s);
  });

  it("the meeting page keeps the map's own legend and collapsed list, without the side table", () => {
    expect(render(item("PETA", true), false)).not.toContain("data-area-values");
  });

  it("writes name over value on each shape, no-data and other units named, text escaped", () => {
    const legend = { unit: "%", noDataLabel: "tidak ada data" };
    // A long name carries its short form, shown instead on a crowded map (slide-labels.ts); a short one does not.
    expect(areaLabelHtml({ name: "Hadimulyo Barat", value: 30 }, legend)).toBe('<span class="area-label-name">Hadimulyo Barat</span><span class="area-label-short" aria-hidden="true">Hadimulyo B.</span><br><span class="num">30,0%</span>');
    expect(areaLabelHtml({ name: "Metro", value: 30 }, legend)).toBe('<span class="area-label-name">Metro</span><br><span class="num">30,0%</span>');
    expect(areaLabelHtml({ name: "A<b>", value: null }, legend)).toContain("A&#60;b&#62;</span><br><span class=\"num\">tidak ada data");
    expect(areaValueText(12.5, { unit: "per 1.000", noDataLabel: "-" })).toBe("12,5 per 1.000");
  });
});

describe("a chart on a slide", () => {
  it("fills the height the slide's text leaves; the page's chart keeps a fixed height", () => {
    const slide = render(item("GRAFIK", false), true);
    expect(slide).toContain("data-chart-fill");
    expect(slide).not.toMatch(/role="img"[^>]*style="[^"]*height:\d+px/);
    expect(render(item("GRAFIK", false), false)).toMatch(/role="img"[^>]*style="[^"]*height:\d+px/);
  });
});

// The projector showed the page's "Unduh PNG" under every slide chart, and the slide's text (narratives, the score
// table) stayed at 18 px beside 22 px chart ticks.
describe("a slide's text and controls", () => {
  const withText = (kind: "PETA" | "GRAFIK") => {
    const it = item(kind, false);
    return { ...it, figures: { ...it.figures, narasi: [{ kode: "18.72.01.1004", nama: "Hadimulyo Barat", kalimat: ["Prevalensi stunting naik 1,8 poin."] }] } } as AgendaView;
  };

  it("has no download button on a slide, and keeps it on the meeting page", () => {
    expect(render(withText("GRAFIK"), true)).not.toContain("Unduh PNG");
    expect(render(withText("GRAFIK"), false)).toContain("Unduh PNG");
  });

  it("sets the slide's text, narratives included, in SLIDE_FONT_SIZE; the page keeps its small type", () => {
    const slide = render(withText("GRAFIK"), true);
    expect(slide).toMatch(new RegExp(`<div[^>]*style="font-size:${SLIDE_FONT_SIZE}px"[^>]*data-agenda-kind="GRAFIK"`));
    expect(slide).not.toContain("text-lg");
    // The narrative inherits the column's size: no class of its own makes it smaller.
    expect(/<p class="([^"]*)" data-narasi/.exec(slide)?.[1]).not.toMatch(/text-(xs|sm|base|lg)/);
    const page = render(withText("GRAFIK"), false);
    expect(page).not.toContain("font-size:");
    expect(page).toMatch(/<div class="space-y-3 text-sm" data-agenda-kind="GRAFIK"/);
  });
});
