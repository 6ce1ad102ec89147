// The caption above the stunting trend: it names the bold line with its level and mentions the dashed target
// line only when there is one (no target configured → no dashed line on the chart).
import { describe, expect, it } from "vitest";
import { createElement, type ComponentProps } from "react";
import { renderToString } from "react-dom/server";
import { StuntingTrendSection } from "@/app/_components/dashboard-section";

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
