// An agenda item "Tindakan" on a slide cannot scroll: it lists the late actions first, up to six, and says how many
// more the meeting page lists; the meeting page itself lists them all.
import { describe, expect, it } from "vitest";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { AgendaFigures } from "@/app/rapat/_components/agenda-figures";
import type { AgendaView } from "@/lib/queries/meeting-view";
import { EMPTY_SNAPSHOT } from "@/lib/meetings/snapshot";

const action = (id: number, terlambat: boolean) => ({ id, teks: `Tindakan nomor ${id}`, pemilik: "DINKES", nama: null, jatuhTempo: "2026-10-01", status: "BELUM", terlambat });
function item(n: number): AgendaView {
  const tindakan = Array.from({ length: n }, (_, i) => action(i + 1, i >= n - 2));
  return { id: 9, order: 5, title: "Tindak lanjut", kind: "TINDAKAN", figures: { ...EMPTY_SNAPSHOT("2026-11-10T03:00:00.000Z"), tindakan }, frozen: false, shapes: [], schematic: false, delta: null } as unknown as AgendaView;
}
const listed = (html: string) => [...html.matchAll(/Tindakan nomor (\d+)/g)].map((m) => Number(m[1]));

describe("open actions on a slide", () => {
  it("shows the two late ones first, six in all, and says 4 more are on the meeting page", () => {
    const html = renderToStaticMarkup(createElement(AgendaFigures, { item: item(10), large: true }));
    expect(listed(html)).toEqual([9, 10, 1, 2, 3, 4]);
    expect(html).toContain("… dan 4 tindakan terbuka lainnya (daftar lengkap di halaman rapat).");
  });

  it("lists all ten on the meeting page, and all six on a slide when six are open", () => {
    expect(listed(renderToStaticMarkup(createElement(AgendaFigures, { item: item(10), large: false })))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const six = renderToStaticMarkup(createElement(AgendaFigures, { item: item(6), large: true }));
    expect(listed(six)).toHaveLength(6);
    expect(six).not.toContain("data-tindakan-lainnya");
  });
});
