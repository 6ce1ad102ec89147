// A map item over areas without boundaries shows its figures as bars and says why: at a kecamatan meeting the
// kelurahan boundaries are missing (import them); at a kelurahan meeting the figures are per posyandu, which have
// none to import (it read "belum ada batas wilayah untuk 6 wilayah ini" about six posyandu).
import { describe, expect, it } from "vitest";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { AgendaFigures } from "@/app/rapat/_components/agenda-figures";
import type { AgendaView } from "@/lib/queries/meeting-view";
import { EMPTY_SNAPSHOT } from "@/lib/meetings/snapshot";

const rate = (nilai: number, n: number) => ({ nilai, pembilang: (nilai * n) / 100, penyebut: n, n, n_kecil: false });

function mapItem(wilayah: { kode: string; nama: string }, baris: { kode: string; nama: string }[]): AgendaView {
  const figures = { ...EMPTY_SNAPSHOT("2026-11-10T03:00:00.000Z"), indikator: { id: "d_s", label: "D/S", polaritas: "naik-baik" as const }, wilayah, periode: "2026-10", sumber: "laporan bulanan (SIP)", total: rate(70, 300), baris: baris.map((b) => ({ ...b, rate: rate(70, 50) })) };
  return { id: 1, title: "D/S Oktober", kind: "PETA", figures, frozen: false, shapes: [], delta: null } as unknown as AgendaView;
}
const fallback = (html: string) => /data-map-fallback="true">(.*?)<\/p>/.exec(html)?.[1];

describe("a meeting's map item without boundaries", () => {
  it("names the posyandu at a kelurahan meeting", () => {
    const html = renderToStaticMarkup(createElement(AgendaFigures, { item: mapItem({ kode: "18.72.01.1001", nama: "Metro" }, [{ kode: "P1", nama: "Kenanga 1" }, { kode: "P2", nama: "Melati 2" }]) }));
    expect(fallback(html)).toBe("Peta tidak digambar: angka Metro dirinci per posyandu, yang tidak punya batas wilayah. Angkanya per posyandu:");
  });

  it("asks for the boundary import at a kecamatan meeting", () => {
    const html = renderToStaticMarkup(createElement(AgendaFigures, { item: mapItem({ kode: "18.72.01", nama: "Metro Pusat" }, [{ kode: "18.72.01.1001", nama: "Metro" }]) }));
    expect(fallback(html)).toContain("belum ada batas wilayah untuk 1 wilayah ini (impor batas wilayah di halaman Impor)");
  });
});
