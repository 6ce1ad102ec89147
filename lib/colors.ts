// Every colour the dashboards use, in one place: colour-blind-safe sequential
// classes (ColorBrewer YlOrRd / YlGnBu, 5 classes), the strata palette and the
// series palette (Okabe–Ito). Maps and charts receive colours from here.
import type { Polarity } from "./indicators/change";

/** Light → dark; darker = more of the quantity. */
const SEQ_BAD = ["#ffffb2", "#fecc5c", "#fd8d3c", "#f03b20", "#bd0026"];
const SEQ_GOOD = ["#ffffcc", "#a1dab4", "#41b6c4", "#2c7fb8", "#253494"];

export const NO_DATA_COLOR = "#d4d4d8";

/** Strata colours, ordered Pratama → Mandiri (red → blue, distinguishable without hue alone). */
export const STRATA_COLORS = { PRATAMA: "#d7191c", MADYA: "#fdae61", PURNAMA: "#abd9e9", MANDIRI: "#2c7bb6" } as const;
export const STRATA_LABELS = { PRATAMA: "Pratama", MADYA: "Madya", PURNAMA: "Purnama", MANDIRI: "Mandiri" } as const;

/** Okabe–Ito palette for line series (kota first). */
export const SERIES_COLORS = ["#000000", "#E69F00", "#56B4E9", "#009E73", "#D55E00", "#0072B2", "#CC79A7", "#F0E442"];

export type ColorClass = { from: number; to: number; color: string };

/**
 * Five equal-interval classes over [min, max] of the values (percentages), whole points wide at least; darker =
 * worse for "turun-baik" indicators. When the values span fewer classes than the palette (one kelurahan on its own
 * page, or areas within a point or two of each other) they take the middle classes, kept inside 0–100 %: starting
 * at the minimum would paint a lone 23 % stunting kelurahan, or a kecamatan whose kelurahan are all near 30 %, in
 * the lightest colour, which on a map reads as "best".
 */
export function colorClasses(values: (number | null)[], polarity: Polarity): ColorClass[] {
  const present = values.filter((v): v is number => v !== null);
  const palette = polarity === "turun-baik" ? SEQ_BAD : SEQ_GOOD;
  if (present.length === 0) return [];
  const n = palette.length;
  const min = Math.floor(Math.min(...present));
  const max = Math.ceil(Math.max(...present));
  const step = Math.max(1, Math.ceil((max - min) / n));
  // Classes the values reach counting from min (the lowest value is always in the first: it is < min + 1 ≤ min + step).
  const spanned = Math.floor((Math.max(...present) - min) / step) + 1;
  let start = spanned < n ? min - Math.floor((n - spanned) / 2) * step : min;
  // Percentages of 0–100 get a legend inside 0–100 (93–100 % read "93,0–102,0 %" before); values above 100 % (D > S)
  // or below 0 widen it as far as they go.
  start = Math.max(Math.min(start, Math.max(max, 100) - n * step), Math.min(0, min));
  return palette.map((color, i) => ({ from: start + i * step, to: start + (i + 1) * step, color }));
}

/** The class colour of a value (no data → grey). */
export function colorOf(value: number | null, classes: ColorClass[]): string {
  if (value === null || classes.length === 0) return NO_DATA_COLOR;
  const hit = classes.find((c) => value >= c.from && value < c.to) ?? classes[classes.length - 1]!;
  return hit.color;
}
