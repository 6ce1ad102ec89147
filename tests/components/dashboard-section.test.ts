// The caption above the stunting trend: it names the bold line with its level and mentions the dashed target
// line only when there is one (no target configured → no dashed line on the chart). The worsened list names the
// level of what it lists: desa in East Java's kabupaten, kelurahan in Kota Metro.
import { describe, expect, it } from "vitest";
import { createElement, type ComponentProps } from "react";
import { renderToString } from "react-dom/server";
import { StuntingTrendSection, WorsenedSection } from "@/app/_components/dashboard-section";

type Data = ComponentProps<typeof StuntingTrendSection>["data"];

function caption(target: boolean): string {
  const data = {
    kpis: [{ id: "stunting", sumber: "EPPGBM" }],
    current: { wilayah: { kode: "35.01.01", nama: "Donorojo", tingkat: "Kecamatan" } },
    stuntingTrend: {
      labels: ["2026-02", "2026-08"],
      series: [{ label: "Kecamatan Donorojo", values: [18.3, 18.2], n: [3189, 3259], emphasis: true }, { label: "Donorojo", values: [15.4, 18.2], n: [272, 307] }],
      target: target ? { label: "Target 2026", values: [14, 14] } : undefined,
    },
  } as unknown as Data;
  const html = renderToString(createElement(StuntingTrendSection, { data, childLabel: "desa/kelurahan" }));
  return (html.match(/<p class="text-sm text-slate-600">([\s\S]*?)<\/p>/)?.[1] ?? "").replace(/<!-- -->/g, "");
}

describe("StuntingTrendSection caption", () => {
  it("titles the whole area and explains the dashed line when a target is drawn", () => {
    expect(caption(true)).toBe("Kecamatan Donorojo (garis tebal) dan setiap desa/kelurahan; garis putus-putus = target. Sumber: e-PPGBM (data rutin, bukan survei).");
  });
  it("does not mention a target line the chart does not draw", () => {
    expect(caption(false)).toBe("Kecamatan Donorojo (garis tebal) dan setiap desa/kelurahan. Sumber: e-PPGBM (data rutin, bukan survei).");
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
