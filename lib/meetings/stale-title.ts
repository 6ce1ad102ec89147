// Does an agenda item's title (or discussion) still name another area than the item's own? A suggested title names
// its area ("Stunting naik di Kel. Hadimulyo Barat (+1,2 poin)"); after "Ubah wilayah" it would mislead the room.
// Pure: the meeting page and updateAgendaArea pass the areas they already have.
import { isWithin } from "../auth/scope";

export type NamedArea = { code: string; name: string; level: string };

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Where `name` stands in `text` as whole words (case-insensitive): [start, end) spans. */
function spans(text: string, name: string): [number, number][] {
  const out: [number, number][] = [];
  if (!name.trim()) return out;
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${escape(name.trim())}(?![\\p{L}\\p{N}])`, "giu");
  for (const m of text.matchAll(re)) out.push([m.index, m.index + m[0].length]);
  return out;
}

/** The areas of `areas` that `text` names; a name inside a longer one named there ("Metro" in "Metro Pusat") does not count. */
export function namedAreas(text: string, areas: readonly NamedArea[]): NamedArea[] {
  const hits = areas.flatMap((area) => spans(text, area.name).map(([start, end]) => ({ area, start, end })));
  const kept = hits.filter((h) => !hits.some((o) => o !== h && o.end - o.start > h.end - h.start && o.start <= h.start && h.end <= o.end));
  return [...new Map(kept.map((h) => [h.area.code, h.area])).values()];
}

/**
 * The area `text` names that is neither the item's area (`itemCode`) nor one above it, when the text does not also
 * name the item's own area (a comparison such as "Metro dan Hadimulyo Barat" is left alone); else null.
 */
export function staleAreaName(text: string | null, itemCode: string, areas: readonly NamedArea[]): NamedArea | null {
  if (!text) return null;
  const named = namedAreas(text, areas);
  if (named.some((a) => a.code === itemCode)) return null;
  return named.find((a) => !isWithin(itemCode, a.code)) ?? null;
}
