// Applies the collision pass (label-layout.ts) to a slide map's permanent Leaflet labels: measures each label
// around its centre in its full and short form, and gives it the form placeLabels chose, or hides it. The label's
// HTML holds both names (legend.ts areaLabelHtml); a class on the tooltip shows one, so measuring needs no
// re-render. Leaflet itself stays in area-map-leaflet.tsx: a label is passed as the two tooltip methods used.
import { placeLabels, type LabelCandidate, type Rect } from "./label-layout";

/** The part of a Leaflet tooltip the pass uses: its element, and update() to centre it again after a change. */
export type LabelTooltip = { getElement(): HTMLElement | undefined; update(): void };
export type SlideLabel = { code: string; priority: number; tooltip: LabelTooltip };

const SHORT = "is-short";
const HIDDEN = "is-hidden";
/** Space kept between two labels (px): their white halos (text-shadow up to 6 px) must not run together. */
export const LABEL_GAP = 8;
/** A band along the map's top edge kept free of labels, where the note about hidden labels stands. */
export const NOTE_BAND = 36;

function box(cx: number, cy: number, w: number, h: number): Rect {
  return { left: cx - w / 2, top: cy - h / 2, right: cx + w / 2, bottom: cy + h / 2 };
}

/** Lays the labels out inside `container` (the map's element); returns how many are hidden. */
export function layoutSlideLabels(labels: SlideLabel[], container: HTMLElement): number {
  const entries = labels.flatMap((l) => {
    const el = l.tooltip.getElement();
    return el ? [{ l, el }] : [];
  });
  const candidates: LabelCandidate[] = entries.map(({ l, el }) => {
    // Leaflet centres a "center" label on its area using the label's size at the time, so its centre is the anchor.
    const r = el.getBoundingClientRect();
    const cx = (r.left + r.right) / 2;
    const cy = (r.top + r.bottom) / 2;
    const wasShort = el.classList.contains(SHORT);
    const size = (short: boolean) => {
      el.classList.toggle(SHORT, short);
      return box(cx, cy, el.offsetWidth, el.offsetHeight);
    };
    const variants = [size(false)];
    if (el.querySelector(".area-label-short")) variants.push(size(true));
    el.classList.toggle(SHORT, wasShort);
    return { id: l.code, priority: l.priority, variants };
  });
  const c = container.getBoundingClientRect();
  const placement = placeLabels(candidates, { left: c.left, top: c.top + NOTE_BAND, right: c.right, bottom: c.bottom }, LABEL_GAP);
  let hidden = 0;
  for (const { l, el } of entries) {
    const choice = placement.get(l.code) ?? -1;
    const short = choice === 1;
    el.classList.toggle(HIDDEN, choice < 0);
    el.setAttribute("data-label", choice < 0 ? "hidden" : short ? "short" : "full");
    if (choice < 0) hidden++;
    // A label that changes width is centred again by Leaflet.
    if (el.classList.contains(SHORT) !== short) {
      el.classList.toggle(SHORT, short);
      l.tooltip.update();
    }
  }
  return hidden;
}
