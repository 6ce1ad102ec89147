// The last slide told no one which actions were decided today: the open actions of earlier meetings were mixed in
// among them. Now they stand under their own heading, each with the date of the meeting it comes from.
import { describe, expect, it } from "vitest";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { ActionsSlide, type SlideAction } from "@/app/rapat/_components/actions-slide";
import { paginateActions } from "@/app/rapat/_components/action-pages";

const action = (id: number, text: string, from: string | null, overdue = false): SlideAction => ({ id, text, owner: "Puskesmas", due: "20 Desember 2026", status: "Belum", overdue, from });
// The first decisions slide (a short list fits on one).
const slide = (actions: SlideAction[]) => renderToStaticMarkup(createElement(ActionsSlide, { page: paginateActions(actions)[0]! }));
const texts = (html: string, label: string) => [...(new RegExp(`<ol[^>]*aria-label="${label}"[^>]*>(.*?)</ol>`, "s").exec(html)?.[1] ?? "").matchAll(/<li[^>]*>(.*?)<\/li>/gs)].map((m) => m[1]!.replace(/<[^>]+>/g, ""));

describe("the decisions slide", () => {
  it("puts today's decisions first and the carried ones under 'Dari rapat sebelumnya' with their meeting's date", () => {
    const html = slide([action(3, "Sweeping balita yang belum ditimbang", null), action(1, "Kunjungan rumah balita 2T", "20 September 2026", true)]);
    expect(html.indexOf("Keputusan rapat ini")).toBeLessThan(html.indexOf("Dari rapat sebelumnya"));
    expect(texts(html, "Keputusan rapat ini")).toEqual(["Sweeping balita yang belum ditimbangPuskesmas · batas 20 Desember 2026 · Belum"]);
    expect(texts(html, "Dari rapat sebelumnya")).toEqual(["Kunjungan rumah balita 2Tdari rapat 20 September 2026 · Puskesmas · batas 20 Desember 2026 · Belum · TERLAMBAT"]);
  });

  it("says so when nothing new was decided, and shows no carried heading when nothing is carried", () => {
    const carriedOnly = slide([action(1, "Kunjungan rumah", "20 September 2026")]);
    expect(carriedOnly).toContain("Belum ada keputusan baru dicatat.");
    expect(texts(carriedOnly, "Dari rapat sebelumnya")).toHaveLength(1);
    const todayOnly = slide([action(2, "Rekrut kader", null)]);
    expect(todayOnly).not.toContain("Dari rapat sebelumnya");
    expect(slide([])).toContain("Belum ada tindakan dicatat.");
  });
});

describe("a decisions slide that continues a section", () => {
  it("says so in the section's heading", () => {
    const carried = Array.from({ length: 12 }, (_, i) => action(i + 1, `Kunjungan rumah balita ${i + 1}`, "20 September 2026"));
    const pages = paginateActions(carried);
    const last = renderToStaticMarkup(createElement(ActionsSlide, { page: pages.at(-1)! }));
    expect(/<h2[^>]*>(.*?)<\/h2>/.exec(last)?.[1]).toBe("Dari rapat sebelumnya (masih terbuka, lanjutan)");
    expect(/<h2[^>]*>(.*?)<\/h2>/.exec(slide(carried))?.[1]).toBe("Keputusan rapat ini");
  });
});
