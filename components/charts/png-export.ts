// The "Unduh PNG" image: a 1200×675 (16:9, what WhatsApp previews without
// cropping) white card with the title, the chart and a source line. Pure layout
// and drawing against a passed-in 2D context, so it runs and is tested without a DOM.

export const PNG_SIZE = { width: 1200, height: 675 } as const;

const PADDING = 32;
const GAP = 16;
const TITLE_PX = 36;
// A long title shrinks to this before it is squeezed; smaller is unreadable in a chat preview.
const TITLE_MIN_PX = 24;
const SOURCE_PX = 20;
// A caveat (e.g. data of another source left out) above the source line, wrapped, at most NOTE_MAX_LINES lines.
const NOTE_PX = 18;
const NOTE_LINE = NOTE_PX + 4;
const NOTE_MAX_LINES = 3;
const NOTE_COLOR = "#78350f";
const FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif";
const TITLE_COLOR = "#18181b";
const SOURCE_COLOR = "#52525b";

export type Box = { x: number; y: number; width: number; height: number };
export type TextSlot = { x: number; y: number; maxWidth: number; px: number };
export type PngLayout = { width: number; height: number; title: TextSlot; chart: Box; source: TextSlot };
export type PngText = { title: string; source: string; note?: string | null };

/** The largest rectangle with the source's aspect ratio inside `box`, centred in it. */
export function fitInto(srcWidth: number, srcHeight: number, box: Box): Box {
  if (srcWidth <= 0 || srcHeight <= 0 || box.width <= 0 || box.height <= 0) {
    return { x: box.x + box.width / 2, y: box.y + box.height / 2, width: 0, height: 0 };
  }
  const scale = Math.min(box.width / srcWidth, box.height / srcHeight);
  const width = srcWidth * scale;
  const height = srcHeight * scale;
  return { x: box.x + (box.width - width) / 2, y: box.y + (box.height - height) / 2, width, height };
}

/** Where the title (top), the chart (middle, aspect kept), `noteLines` lines of a note and the source line (bottom) go. */
export function pngLayout(srcWidth: number, srcHeight: number, noteLines = 0): PngLayout {
  const { width, height } = PNG_SIZE;
  const inner = width - 2 * PADDING;
  const title: TextSlot = { x: PADDING, y: PADDING, maxWidth: inner, px: TITLE_PX };
  // Text slots are anchored by their top (title) and bottom (source) edge.
  const source: TextSlot = { x: PADDING, y: height - PADDING, maxWidth: inner, px: SOURCE_PX };
  const top = PADDING + TITLE_PX + GAP;
  const bottom = height - PADDING - SOURCE_PX - GAP - noteLines * NOTE_LINE;
  return { width, height, title, source, chart: fitInto(srcWidth, srcHeight, { x: PADDING, y: top, width: inner, height: bottom - top }) };
}

/** The subset of CanvasRenderingContext2D the image needs (a test can pass a recorder). */
export type PngContext = Pick<
  CanvasRenderingContext2D,
  "fillStyle" | "font" | "textAlign" | "textBaseline" | "fillRect" | "fillText" | "drawImage" | "measureText"
>;

/** The title font size that fits `maxWidth`, between 36 and 24 px. */
export function titlePx(ctx: Pick<PngContext, "font" | "measureText">, title: string, maxWidth: number): number {
  for (let px = TITLE_PX; px > TITLE_MIN_PX; px -= 2) {
    ctx.font = `bold ${px}px ${FONT_FAMILY}`;
    if (ctx.measureText(title).width <= maxWidth) return px;
  }
  return TITLE_MIN_PX;
}

/** `text` in lines no wider than `maxWidth` at the context's font, word by word; the last of `maxLines` takes the rest. */
export function wrapLines(ctx: Pick<PngContext, "measureText">, text: string, maxWidth: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = "";
  const words = text.split(/\s+/).filter(Boolean);
  for (const [i, word] of words.entries()) {
    const next = line ? `${line} ${word}` : word;
    if (!line || ctx.measureText(next).width <= maxWidth) {
      line = next;
      continue;
    }
    lines.push(line);
    if (lines.length === maxLines - 1) return [...lines, words.slice(i).join(" ")];
    line = word;
  }
  return line ? [...lines, line] : lines;
}

/** Draws the whole image: white background, title, the chart scaled to fit, the note if any, source line. */
export function drawPng(ctx: PngContext, chart: CanvasImageSource, srcWidth: number, srcHeight: number, text: PngText): PngLayout {
  const inner = PNG_SIZE.width - 2 * PADDING;
  ctx.font = `${NOTE_PX}px ${FONT_FAMILY}`;
  const note = text.note ? wrapLines(ctx, text.note, inner, NOTE_MAX_LINES) : [];
  const layout = pngLayout(srcWidth, srcHeight, note.length);
  // The chart canvas is transparent; without a background a chat app shows it on black.
  ctx.fillStyle = "#ffffff";
  ctx.fillRect(0, 0, layout.width, layout.height);

  ctx.textAlign = "left";
  ctx.fillStyle = TITLE_COLOR;
  ctx.textBaseline = "top";
  const px = titlePx(ctx, text.title, layout.title.maxWidth);
  ctx.font = `bold ${px}px ${FONT_FAMILY}`;
  // maxWidth squeezes whatever still does not fit at the minimum size instead of cutting it.
  ctx.fillText(text.title, layout.title.x, layout.title.y, layout.title.maxWidth);

  const c = layout.chart;
  if (c.width > 0 && c.height > 0) ctx.drawImage(chart, c.x, c.y, c.width, c.height);

  ctx.textBaseline = "bottom";
  if (note.length > 0) {
    ctx.fillStyle = NOTE_COLOR;
    ctx.font = `${NOTE_PX}px ${FONT_FAMILY}`;
    const firstBottom = layout.source.y - SOURCE_PX - GAP / 2 - (note.length - 1) * NOTE_LINE;
    note.forEach((l, i) => ctx.fillText(l, layout.source.x, firstBottom + i * NOTE_LINE, layout.source.maxWidth));
  }
  ctx.fillStyle = SOURCE_COLOR;
  ctx.font = `${SOURCE_PX}px ${FONT_FAMILY}`;
  ctx.fillText(text.source, layout.source.x, layout.source.y, layout.source.maxWidth);
  return layout;
}
