import { describe, expect, it } from "vitest";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import type { ScoreCell } from "@/lib/queries/scorecard";
import { cellView, columnView } from "@/app/_components/score-cell";
import { ScoreRows } from "@/app/_components/score-rows";

const rate = (pembilang: number, penyebut: number, over: Partial<ScoreCell> = {}): ScoreCell => ({
  pembilang, penyebut, nilai: penyebut ? (100 * pembilang) / penyebut : null, n: penyebut, tidak_ada_data: penyebut === 0, n_kecil: false, ...over,
});

function render(cells: { id: string; cell: ScoreCell | null }[], periode: string | null, sumber: string) {
  const view = (kode: string, nama: string) => ({ kode, nama, cells: cells.map((c) => cellView(c.id, c.cell)) });
  const html = renderToStaticMarkup(
    createElement("table", null, createElement(ScoreRows, { rows: [view("18.72.01", "Metro Pusat"), { ...view("18.72", "Kota Metro"), total: true }], columns: cells.map(() => columnView(periode, sumber)), titlesInline: true })),
  );
  const tds = [...html.matchAll(/<td(?: class="([^"]*)")? title="([^"]*)">(.*?)<\/td>/g)].map((m) => ({ tone: m[1] ?? "", title: m[2]!.replaceAll("&amp;", "&"), inner: m[3]! }));
  return { html, tds };
}

describe("scorecard rows (what a reader sees and hovers)", () => {
  it("shows the value, the change arrow and the hover text with base, target, comparison, period and source", () => {
    const met = rate(1168, 8064, { target: { nilai: 14, tercapai: false }, perubahan: { dari: "2026-02", selisihPoin: -1.1, arah: "membaik" } });
    const { tds } = render([{ id: "stunting", cell: met }], "2026-08", "e-PPGBM");
    expect(tds[0]).toEqual({
      tone: "off",
      title: "1.168 dari 8.064 (n = 8.064) · target 14,0% · dibanding Februari 2026 · Agustus 2026 · e-PPGBM",
      inner: '14,5%<span class="up">▼ 1,1</span>',
    });
  });

  it("colours against the reference value without a target and flags a small n", () => {
    const low = rate(76, 125, { n_kecil: true, perubahan: { dari: "2026-09", selisihPoin: 0.4, arah: "membaik" } });
    const { tds } = render([{ id: "d_s", cell: low }], "2026-10", "laporan bulanan");
    expect(tds[0]!.tone).toBe("low");
    expect(tds[0]!.inner).toBe('60,8%<span class="up">▲ 0,4</span><span class="small-n">n kecil</span>');
    expect(tds[0]!.title).toBe("76 dari 125 (n = 125) · dibanding September 2026 · Oktober 2026 · laporan bulanan");
  });

  it("says there is no data, with the column's period and source", () => {
    const { tds } = render([{ id: "stunting", cell: null }, { id: "d_s", cell: rate(0, 0) }], "2026-08", "e-PPGBM");
    expect(tds.slice(0, 2)).toEqual([
      { tone: "na", title: "tidak ada data · Agustus 2026 · e-PPGBM", inner: "—" },
      { tone: "na", title: "tidak ada data · Agustus 2026 · e-PPGBM", inner: "—" },
    ]);
  });

  it("leaves the hover texts out of the app's server HTML (they come with hydration), keeping values and tones", () => {
    const html = renderToStaticMarkup(createElement("table", null, createElement(ScoreRows, { rows: [{ kode: "18.72.01", nama: "Metro Pusat", cells: [cellView("d_s", rate(76, 125))] }], columns: [columnView("2026-10", "laporan bulanan")] })));
    expect(html).not.toContain("title=");
    expect(html).toContain('<td class="low">60,8%</td>');
  });

  it("links each child area to its page and closes with the unlinked total", () => {
    const { html } = render([{ id: "d_s", cell: rate(1, 2) }], "2026-10", "laporan bulanan");
    expect(html).toContain('<tr data-kode="18.72.01"><th scope="row"><a href="/wilayah/18.72.01" data-nav="">Metro Pusat</a></th>');
    expect(html).toContain('<tr class="total" data-kode="18.72"><th scope="row">Kota Metro (total)</th>');
  });
});
