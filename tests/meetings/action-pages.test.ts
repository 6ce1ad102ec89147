// The decisions slide scrolled inside itself when a meeting had many actions, so a projector hid the lower ones.
// Now they are split over as many slides as 1280×720 needs: every action once, in order, none past a slide's height.
import { describe, expect, it } from "vitest";
import { ACTION_SLIDE, actionHeight, paginateActions, type ActionPage, type SlideAction } from "@/app/rapat/_components/action-pages";
import { actionsSlideTitle } from "@/app/rapat/_components/actions-slide";

const action = (id: number, from: string | null, text = `Tindakan nomor ${id}`): SlideAction => ({ id, text, owner: "Puskesmas (dr. Sari)", due: "20 Desember 2026", status: "Belum", overdue: false, from });
const ids = (pages: ActionPage[]) => pages.flatMap((p) => p.sections.flatMap((s) => s.actions.map((a) => a.id)));
/** The estimated height of a page, as paginateActions adds it up. */
const height = (p: ActionPage) => p.sections.reduce((h, s, i) => h + (i > 0 ? ACTION_SLIDE.sectionGap : 0) + ACTION_SLIDE.heading
  + (s.actions.length === 0 ? ACTION_SLIDE.line : s.actions.reduce((x, a, j) => x + (j > 0 ? ACTION_SLIDE.itemGap : 0) + actionHeight(a), 0)), 0);

describe("splitting the decisions over slides", () => {
  it("keeps a short list on one slide, today's decisions before the carried ones", () => {
    const pages = paginateActions([action(2, "20 September 2026"), action(1, null)]);
    expect(pages).toHaveLength(1);
    expect(pages[0]!.sections.map((s) => [s.kind, s.continued, s.actions.map((a) => a.id)])).toEqual([["today", false, [1]], ["carried", false, [2]]]);
  });

  it("splits 9 decisions and 6 carried actions over several slides: each once, in order, within a slide", () => {
    const actions = [...Array.from({ length: 9 }, (_, i) => action(i + 1, null)), ...Array.from({ length: 6 }, (_, i) => action(100 + i, "20 September 2026"))];
    const pages = paginateActions(actions);
    expect(pages.length).toBeGreaterThanOrEqual(3);
    expect(ids(pages)).toEqual(actions.map((a) => a.id));
    for (const p of pages) expect(height(p)).toBeLessThanOrEqual(ACTION_SLIDE.height);
    // A section that goes on past a slide says so on the next one; no heading stands without an action under it.
    const kinds = pages.map((p) => p.sections.map((s) => `${s.kind}${s.continued ? "+" : ""}:${s.actions.length}`));
    expect(kinds[1]![0]).toMatch(/^today\+:/);
    expect(kinds.flat().every((k) => !k.endsWith(":0"))).toBe(true);
    expect(pages.at(-1)!.sections.at(-1)).toMatchObject({ kind: "carried", continued: true });
  });

  it("gives a long action more room: 500 characters take more of a slide than a short line", () => {
    const long = action(1, null, "Sweeping balita ".repeat(31));
    expect(actionHeight(long)).toBeGreaterThan(actionHeight(action(2, null)) * 3);
    const pages = paginateActions([action(1, null), long, action(3, null), long, action(5, null)].map((a, i) => ({ ...a, id: i + 1 })));
    expect(pages.length).toBeGreaterThan(1);
    for (const p of pages) expect(height(p)).toBeLessThanOrEqual(ACTION_SLIDE.height);
  });

  it("still says so when nothing was decided today, and has one empty slide without any action", () => {
    expect(paginateActions([action(7, "20 September 2026")])[0]!.sections.map((s) => [s.kind, s.actions.length])).toEqual([["today", 0], ["carried", 1]]);
    expect(paginateActions([])).toEqual([{ sections: [] }]);
  });

  it("numbers the slides in the title only when there are several", () => {
    expect(actionsSlideTitle(0, 1)).toBe("Keputusan dan tindak lanjut");
    expect(actionsSlideTitle(0, 3)).toBe("Keputusan dan tindak lanjut (1/3)");
    expect(actionsSlideTitle(2, 3)).toBe("Keputusan dan tindak lanjut (lanjutan 3/3)");
  });
});
