// Splits the decisions slide into as many slides as a 1280×720 projector needs, instead of a list that scrolls
// inside one slide (a room cannot scroll, and what is below the fold is never seen). Pure: the estimate works
// from the text's length, so the server render, the client and the tests all count the same slides.

/** One action as the slide shows it; `from` is the earlier meeting's date, null for this meeting's decisions. */
export type SlideAction = {
  id: number;
  text: string;
  owner: string;
  due: string;
  status: string;
  overdue: boolean;
  /** The date of the earlier meeting an open action comes from ("20 September 2026"); null for this meeting's. */
  from: string | null;
};

export type ActionSectionKind = "today" | "carried";
/** A run of one section's actions on one slide; `continued` when the section began on an earlier slide. */
export type ActionSection = { kind: ActionSectionKind; continued: boolean; actions: SlideAction[] };
export type ActionPage = { sections: ActionSection[] };

/** The grey line under an action's text: where it comes from, owner, due date, status, TERLAMBAT. */
export function actionMeta(a: SlideAction): string {
  return `${a.from ? `dari rapat ${a.from} · ` : ""}${a.owner} · batas ${a.due} · ${a.status}${a.overdue ? " · TERLAMBAT" : ""}`;
}

// Pixel sizes of the slide at 1280×720 (the smallest projector the slides are made for; a larger screen only has
// room to spare), measured in Chromium: the main area less its padding, a section heading with its gap, an item's
// padding and a line of its 24 px text or 22 px details, the gaps between items and between sections.
export const ACTION_SLIDE = {
  height: 570,
  heading: 40,
  sectionGap: 24,
  itemPadding: 16,
  line: 32,
  itemGap: 12,
  /** Characters per line of the 24 px semibold text and of the 22 px details, rounded down for wide fonts. */
  textChars: 70,
  metaChars: 78,
} as const;

type Sizes = { [K in keyof typeof ACTION_SLIDE]: number };

/** The estimated height of one action on the slide, in px: its padding and its wrapped lines. */
export function actionHeight(a: SlideAction, s: Sizes = ACTION_SLIDE): number {
  const lines = (text: string, chars: number) => Math.max(1, Math.ceil(text.length / chars));
  return s.itemPadding + s.line * (lines(a.text, s.textChars) + lines(actionMeta(a), s.metaChars));
}

/**
 * The decisions slides: this meeting's decisions first, then the open actions of earlier meetings, filled in that
 * order up to a slide's height. A section's heading never stands alone at the foot of a slide, and an action too
 * long for any slide still gets one of its own. At least one page, empty when there are no actions at all.
 */
export function paginateActions(actions: SlideAction[], s: Sizes = ACTION_SLIDE): ActionPage[] {
  const today = actions.filter((a) => a.from === null);
  const carried = actions.filter((a) => a.from !== null);
  if (actions.length === 0) return [{ sections: [] }];
  const pages: ActionPage[] = [{ sections: [] }];
  let used = 0;
  const page = () => pages[pages.length - 1]!;
  const open = (kind: ActionSectionKind, continued: boolean): ActionSection => {
    const section: ActionSection = { kind, continued, actions: [] };
    used += (page().sections.length > 0 ? s.sectionGap : 0) + s.heading;
    page().sections.push(section);
    return section;
  };
  // No decisions of its own yet: the slide still says so above the carried ones ("Belum ada keputusan baru").
  if (today.length === 0) {
    open("today", false);
    used += s.line;
  }
  for (const [kind, list] of [["today", today], ["carried", carried]] as const) {
    let section: ActionSection | null = null;
    for (const a of list) {
      const h = actionHeight(a, s);
      const heading = section ? 0 : (page().sections.length > 0 ? s.sectionGap : 0) + s.heading;
      const gap = section && section.actions.length > 0 ? s.itemGap : 0;
      const pageHasItems = page().sections.some((x) => x.actions.length > 0);
      if (used + heading + gap + h > s.height && pageHasItems) {
        pages.push({ sections: [] });
        used = 0;
        section = open(kind, section !== null);
      } else if (!section) {
        section = open(kind, false);
      } else {
        used += gap;
      }
      section.actions.push(a);
      used += h;
    }
  }
  return pages;
}
