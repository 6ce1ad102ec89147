// Collision handling of a slide map's labels (name over value on each area), pure so it is tested under Node:
// a greedy pass that places the labels of the larger areas first and gives a later label its short form, or
// hides it, when it would touch one already placed or stick out of the map. Hidden labels lose nothing: the
// table beside the map lists every area's value (area-value-list.tsx), and the map says so.
import type { MultiPolygon, Polygon, Position } from "geojson";

/** A screen rectangle in px. */
export type Rect = { left: number; top: number; right: number; bottom: number };

/** One label to place: its candidate rectangles in order of preference (full name, then the short form). */
export type LabelCandidate = { id: string; priority: number; variants: Rect[] };

/** Which variant each label shows: its index in `variants`, or -1 when it is hidden. */
export type LabelPlacement = Map<string, number>;

/** True when the rectangles overlap or come within `gap` px of each other. */
export function rectsTouch(a: Rect, b: Rect, gap = 0): boolean {
  return a.left < b.right + gap && b.left < a.right + gap && a.top < b.bottom + gap && b.top < a.bottom + gap;
}

function inside(r: Rect, bounds: Rect): boolean {
  return r.left >= bounds.left && r.top >= bounds.top && r.right <= bounds.right && r.bottom <= bounds.bottom;
}

/**
 * Places the labels in two greedy passes by descending priority (ties keep their order). First each label takes
 * its most compact variant that touches no label placed so far (within `gap` px, room for the white halo) and lies
 * inside `bounds`, or is hidden: as many areas as possible keep a label. Then each placed label takes back the most
 * preferred variant (the full name) that still touches none of the others.
 */
export function placeLabels(candidates: LabelCandidate[], bounds: Rect | null, gap = 2): LabelPlacement {
  const order = candidates.map((c, i) => ({ c, i })).sort((x, y) => y.c.priority - x.c.priority || x.i - y.i).map((x) => x.c);
  const placed = new Map<string, Rect>();
  const result: LabelPlacement = new Map();
  const fits = (r: Rect, self: string) => (!bounds || inside(r, bounds)) && [...placed].every(([id, p]) => id === self || !rectsTouch(r, p, gap));
  for (const c of order) {
    let choice = -1;
    for (let v = c.variants.length - 1; v >= 0; v--) if (fits(c.variants[v]!, c.id)) { choice = v; break; }
    result.set(c.id, choice);
    if (choice >= 0) placed.set(c.id, c.variants[choice]!);
  }
  for (const c of order) {
    const current = result.get(c.id) ?? -1;
    const better = c.variants.findIndex((r, v) => v < current && fits(r, c.id));
    if (current > 0 && better >= 0) {
      result.set(c.id, better);
      placed.set(c.id, c.variants[better]!);
    }
  }
  return result;
}

/**
 * The short form of an area's name on a crowded map: every word after the first as its initial ("Hadimulyo Barat"
 * → "Hadimulyo B."), a first word longer than 10 letters cut ("Tejoagungsari" → "Tejoagun…"). Null when that is
 * not shorter than the name itself.
 */
export function shortAreaName(name: string): string | null {
  const [first = "", ...rest] = name.trim().split(/\s+/);
  const head = first.length > 10 ? `${first.slice(0, 8)}…` : first;
  const short = [head, ...rest.map((w) => `${w[0] ?? ""}.`)].join(" ");
  return short.length < name.trim().length ? short : null;
}

function ringArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 0; i < ring.length; i++) {
    const [x1 = 0, y1 = 0] = ring[i]!;
    const [x2 = 0, y2 = 0] = ring[(i + 1) % ring.length]!;
    sum += x1 * y2 - x2 * y1;
  }
  return Math.abs(sum) / 2;
}

/**
 * An area's size in square degrees (outer rings less holes): enough to rank the areas of one map, which all lie at
 * about the same latitude, so the larger ones keep their labels.
 */
export function geometryArea(geometry: Polygon | MultiPolygon): number {
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  let total = 0;
  for (const [outer, ...holes] of polygons) {
    if (!outer) continue;
    total += ringArea(outer) - holes.reduce((s, h) => s + ringArea(h), 0);
  }
  return Math.max(0, total);
}
