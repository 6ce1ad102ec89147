// The caption above the stunting trend: it names the bold line with its level and mentions the dashed target
// line only when there is one (no target configured → no dashed line on the chart). With more than seven children
// the chart draws the five highest at the latest period and says so, with a link to every line and back. The
// worsened list names the level of what it lists: desa in East Java's kabupaten, kelurahan in Kota Metro.
import { describe, expect, it } from "vitest";
import { createElement, type ComponentProps } from "react";
import { renderToString } from "react-dom/server";
import { StuntingTrendSection, WorsenedSection, trendHref } from "@/app/_components/dashboard-section";
import { ChartTableMode } from "@/components/charts/chart";
import { rankTrendLines } from "@/lib/indicators/trend-lines";

type Data = ComponentProps<typeof StuntingTrendSection>["data"];

/** A kecamatan with one child per entry of `latest` (its stunting at 2026-08; null = not measured). */
function data(latest: (number | null)[], target: boolean, sumberLain: ({ sumber: string; n: number }[] | null)[] = [null, null]): Data {
  const names = latest.map((_, i) => `Desa${i + 1}`);
  const children = latest.map((v, i) => ({ label: names[i]!, values: [15, v], n: [200, v === null ? 0 : 210] }));
  return {
    kpis: [{ id: "stunting", sumber: "EPPGBM" }],
    current: { wilayah: { kode: "35.01.01", nama: "Donorojo", tingkat: "Kecamatan" } },
    stuntingTrend: {
      labels: ["2026-02", "2026-08"],
      series: [{ label: "Kecamatan Donorojo", values: [18.3, 18.2], n: [3189, 3259], emphasis: true }, ...children],
      target: target ? { label: "Target 2026", values: [14, 14] } : undefined,
      ranking: rankTrendLines(latest.map((v) => (v === null ? undefined : { nilai: v, n_kecil: false }))),
      measured: latest.filter((v) => v !== null).length,
      rankedAt: "2026-08",
      sumberLain,
    },
  } as unknown as Data;
}

/** The caption's text, its link, and the chart's lines (the columns of its table, rendered inline here). */
function render(latest: (number | null)[], { target = true, semua = false, sumberLain = undefined as Parameters<typeof data>[2] } = {}) {
  const trend = { semua, href: (all: boolean) => trendHref("/wilayah/35.01.01", { bulan: "2026-10", tren: "semua" }, all) };
  const section = createElement(StuntingTrendSection, { data: data(latest, target, sumberLain), childLabel: "desa", trend });
  const html = renderToString(createElement(ChartTableMode.Provider, { value: "inline" }, section)).replace(/<!-- -->/g, "");
  const p = html.match(/<p class="text-sm text-slate-600">([\s\S]*?)<\/p>/)?.[1] ?? "";
  return {
    caption: p.replace(/<[^>]+>/g, "").trim(),
    link: p.match(/<a [^>]*href="([^"]*)"/)?.[1]?.replace(/&amp;/g, "&") ?? null,
    lines: [...html.matchAll(/<th scope="col"[^>]*>(.*?)<\/th>/g)].map((m) => m[1]).slice(1),
    note: html.match(/<p [^>]*data-sumber-lain[^>]*>([\s\S]*?)<\/p>/)?.[1]?.replace(/<[^>]+>/g, "") ?? null,
  };
}

describe("StuntingTrendSection caption", () => {
  it("titles the whole area and explains the dashed line when a target is drawn", () => {
    expect(render([15.4]).caption).toBe("Kecamatan Donorojo (garis tebal) dan setiap desa; garis putus-putus = target. Sumber: e-PPGBM (data rutin, bukan survei).");
  });
  it("does not mention a target line the chart does not draw", () => {
    expect(render([15.4], { target: false }).caption).toBe("Kecamatan Donorojo (garis tebal) dan setiap desa. Sumber: e-PPGBM (data rutin, bukan survei).");
  });
  it("says which periods are gaps because their data came through another source, and says nothing otherwise", () => {
    expect(render([15.4]).note).toBeNull();
    expect(render([15.4], { sumberLain: [[{ sumber: "SIP", n: 1200 }], null] }).note).toBe(
      "Catatan: Satu angka memakai satu sumber; tidak dihitung di sini: data rekap manual dari Februari 2026 (n = 1.200).",
    );
  });
  it("draws every line, with no switch, for seven children", () => {
    const r = render([10, 20, 30, 40, 50, 60, 70]);
    expect(r.link).toBeNull();
    expect(r.lines).toEqual(["Kecamatan Donorojo", "Desa1", "Desa2", "Desa3", "Desa4", "Desa5", "Desa6", "Desa7", "Target 2026"]);
  });
});

describe("StuntingTrendSection with more children than lines", () => {
  const latest = [12, 31, null, 8, 25, 19, 27, 22];
  it("draws the five highest at the latest period, highest first, and links to every line", () => {
    const r = render(latest);
    expect(r.caption).toBe("Kecamatan Donorojo (garis tebal) dan 5 dari 8 desa dengan prevalensi tertinggi pada Agustus 2026; garis putus-putus = target. Sumber: e-PPGBM (data rutin, bukan survei). Tampilkan semua 8 desa");
    expect(r.lines).toEqual(["Kecamatan Donorojo", "Desa2", "Desa7", "Desa5", "Desa8", "Desa6", "Target 2026"]);
    expect(r.link).toBe("/wilayah/35.01.01?bulan=2026-10&tren=semua#tren-stunting");
  });
  it("draws every child in area order with ?tren=semua, and links back to the five", () => {
    const r = render(latest, { semua: true });
    expect(r.caption).toContain("(garis tebal) dan setiap desa; garis putus-putus = target.");
    expect(r.lines).toEqual(["Kecamatan Donorojo", ...latest.map((_, i) => `Desa${i + 1}`), "Target 2026"]);
    expect(r.caption).toMatch(/Tampilkan 5 tertinggi saja$/);
    expect(r.link).toBe("/wilayah/35.01.01?bulan=2026-10#tren-stunting");
  });
  it("does not pad the top lines with children that have no measurement", () => {
    const r = render([null, 30, null, null, 20, null, null, null]);
    expect(r.lines).toEqual(["Kecamatan Donorojo", "Desa2", "Desa5", "Target 2026"]);
    expect(r.caption).toContain("dan 2 dari 8 desa dengan prevalensi tertinggi pada Agustus 2026");
  });
});

type Worsened = ComponentProps<typeof WorsenedSection>["data"];

function worsened(tingkat: string, items: [string, string][]) {
  const rate = { nilai: 21.3, n: 150, n_kecil: false, perubahan: { dari: "2026-02", selisihPoin: 2.4, arah: "memburuk" } };
  const data = { current: { wilayah: { kode: "35.01", nama: "Pacitan", tingkat } }, worsened: items.map(([nama, level], i) => ({ kode: `35.01.01.200${i}`, nama, tingkat: level, rate })) } as unknown as Worsened;
  const html = renderToString(createElement(WorsenedSection, { data, childLabel: "desa" })).replace(/<!-- -->/g, "");
  return { heading: html.match(/<h2[^>]*>(.*?)<\/h2>/)?.[1], names: [...html.matchAll(/<a [^>]*>(.*?)<\/a>/g)].map((m) => m[1]), text: html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ").trim() };
}

describe("WorsenedSection heading", () => {
  it("says desa when a kabupaten's list holds desa", () => {
    expect(worsened("Kabupaten", [["Widoro", "Desa"], ["Gendaran", "Desa"]])).toMatchObject({ heading: "Desa dengan kenaikan stunting terbesar", names: ["Widoro", "Gendaran"] });
  });
  it("names each one's level when desa and kelurahan are mixed", () => {
    expect(worsened("Provinsi", [["Widoro", "Desa"], ["Ploso", "Kelurahan"]])).toMatchObject({ heading: "Desa/kelurahan dengan kenaikan stunting terbesar", names: ["Desa Widoro", "Kelurahan Ploso"] });
  });
  it("on a kecamatan page uses its children's level, also when nothing worsened", () => {
    expect(worsened("Kecamatan", []).heading).toBe("Desa dengan kenaikan stunting terbesar");
    expect(worsened("Kecamatan", []).text).toContain("Tidak ada desa yang prevalensinya naik");
  });
  it("says kelurahan for a kota with nothing worsened, desa/kelurahan for a kabupaten", () => {
    expect(worsened("Kota", []).heading).toBe("Kelurahan dengan kenaikan stunting terbesar");
    expect(worsened("Kabupaten", []).text).toContain("Tidak ada desa/kelurahan yang prevalensinya naik");
  });
});
