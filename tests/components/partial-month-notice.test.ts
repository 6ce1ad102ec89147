// The note under the month picker when the latest month is still being reported: why the page opened on the month
// before, with a link to the latest month that keeps the view's other choices, and on the latest month a warning
// with a link back.
import { describe, expect, it } from "vitest";
import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { ViewFilters } from "@/app/_components/view-filters";

const skipped = { bulan: { periode: "2026-11", melapor: 6 }, sebelumnya: { periode: "2026-10", melapor: 160 } };
const text = (html: string) => html.replace(/<!-- -->/g, "").replace(/<[^>]+>/g, "").replace(/&amp;/g, "&");
const render = (bulan: string) =>
  renderToString(createElement(ViewFilters, { indikator: "d_s", bulan, months: { newest: "2026-11", oldest: "2023-11" }, latest: { shown: "2026-10", skipped }, keep: { wilayah: "18.72", urut: null }, monthName: "periode" }));

describe("partial-month note", () => {
  it("says the page opened on October because November has 6 reports against October's 160, and links to November", () => {
    const html = render("2026-10");
    expect(text(html)).toContain("Laporan November 2026 baru masuk dari 6 posyandu (Oktober 2026: 160 posyandu), jadi halaman ini dibuka pada Oktober 2026.");
    expect(text(html)).toContain("Lihat November 2026 (sementara)");
    expect(html).toContain('href="?wilayah=18.72&amp;indikator=d_s&amp;periode=2026-11"');
  });

  it("warns on November that its figures will change, with a link back to October", () => {
    const html = render("2026-11");
    expect(text(html)).toContain("angka bulan ini sementara dan akan berubah");
    expect(html).toContain('href="?wilayah=18.72&amp;indikator=d_s&amp;periode=2026-10"');
  });

  it("says nothing on another month, or when no month was passed over", () => {
    expect(text(render("2026-08"))).not.toContain("Laporan November");
    const plain = renderToString(createElement(ViewFilters, { bulan: "2026-10", months: { newest: "2026-10", oldest: "2023-11" }, latest: { shown: "2026-10", skipped: null } }));
    expect(text(plain)).not.toContain("baru masuk");
  });
});
