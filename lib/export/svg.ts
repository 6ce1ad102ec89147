// Server-side SVG strings for the offline meeting pack: a self-contained HTML file
// opened on a projector laptop with no network, so every chart is plain inline SVG
// with system fonts, no scripts and no external references. Output is deterministic
// (no clock, no randomness) so the same data always produces the same file.
import simplify from "@turf/simplify";
import type { MultiPolygon, Polygon, Position } from "geojson";
import { NO_DATA_COLOR, SERIES_COLORS } from "@/lib/colors";
import { formatDecimal, formatInt } from "@/lib/format";

export type SvgUnit = "%" | "";
export type SvgArea = { code: string; name: string; geometry: Polygon | MultiPolygon; color: string; label: string; smallN: boolean; noData: boolean };
export type SvgLegendItem = { label: string; color: string };
export type SvgChoroplethInput = { areas: SvgArea[]; width: number; height: number; title: string; legend: SvgLegendItem[]; note?: string };
export type SvgBarChartInput = { labels: string[]; values: (number | null)[]; n?: number[]; unit: SvgUnit; target?: number | null; title: string; width: number; height: number; color?: string };
export type SvgLineSeries = { label: string; values: (number | null)[]; color?: string; emphasis?: boolean };
export type SvgLineChartInput = { labels: string[]; series: SvgLineSeries[]; unit: SvgUnit; target?: number | null; title: string; width: number; height: number };

const NO_DATA_TEXT = "tidak ada data";
const FONT = "system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif";
const PAD = 16, TITLE_H = 44;
const INK = "#18181b", MUTED = "#52525b", GRID = "#e4e4e7";
const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

/** XML-escapes text for element content and attribute values. */
export function escapeXml(s: string): string {
  // Control characters are not allowed in XML 1.0; an imported name could carry one.
  return s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, "").replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

// One decimal is below a projector pixel and keeps the file small; "+ 0" turns -0 into 0.
const r1 = (v: number) => String(Math.round(v * 10) / 10 + 0);

/** Rough text width (px) for layout; exact metrics need a DOM we do not have. */
const textWidth = (s: string, size: number) => s.length * size * 0.56;

function clip(s: string, maxWidth: number, size: number): string {
  const max = Math.max(4, Math.floor(maxWidth / (size * 0.56)));
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

/** A value as shown on a chart: "23,2%", "4,3" or "12.345". */
function formatValue(v: number, unit: SvgUnit): string {
  return unit === "%" ? `${formatDecimal(v)}%` : Number.isInteger(v) ? formatInt(v) : formatDecimal(v);
}

/** Axis ticks drop the ",0": "20%", "2,5%". */
function formatTick(v: number, unit: SvgUnit): string {
  return `${Number.isInteger(v) ? formatInt(v) : formatDecimal(v)}${unit}`;
}

/** An axis 0..max with 4–6 round steps (1, 2, 2,5, 5 × 10^k). */
function niceScale(maxValue: number): { max: number; ticks: number[] } {
  const top = maxValue > 0 ? maxValue : 1;
  const rough = top / 5;
  const pow = 10 ** Math.floor(Math.log10(rough));
  const step = ([1, 2, 2.5, 5, 10].map((m) => m * pow).find((s) => s >= rough) ?? 10 * pow);
  const count = Math.ceil(top / step - 1e-9);
  const ticks = Array.from({ length: count + 1 }, (_, i) => Math.round(i * step * 1e6) / 1e6);
  return { max: ticks[ticks.length - 1] ?? top, ticks };
}

/** Short, stable id suffix so two maps in one HTML file do not share <pattern> ids. */
function hashId(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

function open(width: number, height: number, title: string): string {
  const t = escapeXml(title);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${r1(width)} ${r1(height)}" width="${r1(width)}" height="${r1(height)}" role="img" aria-label="${t}" font-family="${FONT}">` +
    `<title>${t}</title><rect width="100%" height="100%" fill="#ffffff"/>` +
    `<text class="chart-title" x="${PAD}" y="28" font-size="18" font-weight="700" fill="${INK}">${escapeXml(clip(title, width - 2 * PAD, 18))}</text>`
  );
}

type XY = [number, number];

function polygonsOf(g: Polygon | MultiPolygon): Position[][][] {
  return g.type === "Polygon" ? [g.coordinates] : g.coordinates;
}

/** Simplifies a projected polygon to half a pixel (invisible on screen, much smaller file). */
function simplifyRings(rings: XY[][]): XY[][] {
  try {
    return simplify({ type: "Polygon", coordinates: rings }, { tolerance: 0.5, mutate: true }).coordinates as XY[][];
  } catch {
    return rings; // a degenerate ring cannot be simplified; draw it as it is
  }
}

function ringPath(ring: XY[]): string {
  const pts: string[] = [];
  for (const [x, y] of ring) {
    const p = `${r1(x)},${r1(y)}`;
    if (pts[pts.length - 1] !== p) pts.push(p);
  }
  if (pts.length > 1 && pts[0] === pts[pts.length - 1]) pts.pop(); // "Z" closes the ring
  return pts.length < 3 ? "" : `M${pts.join(" ")}Z`;
}

/** Area centroid of a ring (shoelace); falls back to the bbox centre for a zero-area ring. */
function ringCentroid(ring: XY[]): { x: number; y: number; area: number } {
  let a = 0, cx = 0, cy = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    const [x0, y0] = ring[i]!, [x1, y1] = ring[i + 1]!;
    const f = x0 * y1 - x1 * y0;
    a += f; cx += (x0 + x1) * f; cy += (y0 + y1) * f;
  }
  if (Math.abs(a) < 1e-9) {
    const xs = ring.map((p) => p[0]), ys = ring.map((p) => p[1]);
    return { x: (Math.min(...xs) + Math.max(...xs)) / 2, y: (Math.min(...ys) + Math.max(...ys)) / 2, area: 0 };
  }
  return { x: cx / (3 * a), y: cy / (3 * a), area: Math.abs(a / 2) };
}

/** A choropleth map: one hatched/dashed-aware shape per area, labels, legend and note. */
export function svgChoropleth({ areas, width, height, title, legend, note }: SvgChoroplethInput): string {
  const id = hashId(`${title}|${areas.map((a) => a.code).join(",")}`);
  const hatch = `hatch-${id}`;
  const legendW = Math.min(220, width * 0.3);
  const box = { left: PAD, top: TITLE_H + 8, right: width - legendW - PAD, bottom: height - PAD - (note ? 22 : 0) };

  let minLon = Infinity, maxLon = -Infinity, minLat = Infinity, maxLat = -Infinity;
  for (const a of areas) for (const poly of polygonsOf(a.geometry)) for (const ring of poly) for (const [lon = 0, lat = 0] of ring) {
    minLon = Math.min(minLon, lon); maxLon = Math.max(maxLon, lon); minLat = Math.min(minLat, lat); maxLat = Math.max(maxLat, lat);
  }
  // Equirectangular with cos(mean latitude): close enough to true shape at kota/kabupaten scale.
  const k = Number.isFinite(minLat) ? Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180) : 1;
  const dx = (maxLon - minLon) * k, dy = maxLat - minLat;
  const boxW = box.right - box.left, boxH = box.bottom - box.top;
  const fit = Math.min(dx > 0 ? boxW / dx : Infinity, dy > 0 ? boxH / dy : Infinity);
  const s = Number.isFinite(fit) ? fit : 1;
  const ox = box.left + (boxW - dx * s) / 2, oy = box.top + (boxH - dy * s) / 2;
  const project = ([lon = 0, lat = 0]: Position): XY => [ox + (lon - minLon) * k * s, oy + (maxLat - lat) * s];

  const shapes: string[] = [];
  const labels: string[] = [];
  // Dashed small-n outlines go last so a neighbour's white outline cannot cover them.
  const ordered = [...areas.filter((a) => !a.smallN), ...areas.filter((a) => a.smallN)];
  for (const a of ordered) {
    const polys = polygonsOf(a.geometry).map((poly) => simplifyRings(poly.map((ring) => ring.map(project))));
    const d = polys.flatMap((poly) => poly.map(ringPath)).join("");
    const fill = a.noData ? `url(#${hatch})` : escapeXml(a.color);
    const stroke = a.smallN ? `stroke="${INK}" stroke-width="1.5" stroke-dasharray="4 3"` : `stroke="#ffffff" stroke-width="1"`;
    const hover = `${a.name}: ${a.noData ? NO_DATA_TEXT : a.label}${a.smallN ? " (n kecil)" : ""}`;
    shapes.push(`<path class="area-shape" data-code="${escapeXml(a.code)}" d="${d}" fill="${fill}" ${stroke} fill-rule="evenodd"><title>${escapeXml(hover)}</title></path>`);
    const outer = polys.map((poly) => ringCentroid(poly[0] ?? [])).sort((p, q) => q.area - p.area)[0];
    if (!outer || !Number.isFinite(outer.x)) continue;
    labels.push(
      `<text x="${r1(outer.x)}" y="${r1(outer.y)}"><tspan x="${r1(outer.x)}" dy="-0.2em" font-weight="600">${escapeXml(a.name)}</tspan>` +
        `<tspan x="${r1(outer.x)}" dy="1.2em">${escapeXml(a.noData ? NO_DATA_TEXT : a.label)}</tspan></text>`,
    );
  }

  const items = legend.map((l) => `<rect width="16" height="16" fill="${escapeXml(l.color)}" stroke="#71717a" stroke-width="0.5"/><text x="24" y="12.5">${escapeXml(l.label)}</text>`);
  if (areas.some((a) => a.noData)) items.push(`<rect width="16" height="16" fill="url(#${hatch})" stroke="#71717a" stroke-width="0.5"/><text x="24" y="12.5">Tidak ada data</text>`);
  if (areas.some((a) => a.smallN)) items.push(`<rect x="1" y="1" width="14" height="14" fill="#ffffff" stroke="${INK}" stroke-width="1.5" stroke-dasharray="4 3"/><text x="24" y="12.5">n kecil (tafsirkan hati-hati)</text>`);
  const lx = width - legendW;
  const legendSvg =
    `<g class="legend" font-size="13" fill="${INK}"><text x="${r1(lx)}" y="${TITLE_H + 20}" font-weight="700">Keterangan</text>` +
    items.map((it, i) => `<g transform="translate(${r1(lx)} ${TITLE_H + 32 + i * 24})">${it}</g>`).join("") + `</g>`;

  return (
    open(width, height, title) +
    `<defs><pattern id="${hatch}" patternUnits="userSpaceOnUse" width="8" height="8" patternTransform="rotate(45)">` +
    `<rect width="8" height="8" fill="${NO_DATA_COLOR}"/><line x1="0" y1="0" x2="0" y2="8" stroke="#71717a" stroke-width="2"/></pattern></defs>` +
    `<g class="areas">${shapes.join("")}</g>` +
    // paint-order draws the white stroke under the glyphs: a halo that survives any fill colour.
    `<g class="area-labels" font-size="11" text-anchor="middle" fill="${INK}" stroke="#ffffff" stroke-width="3" stroke-linejoin="round" paint-order="stroke">${labels.join("")}</g>` +
    legendSvg +
    (note ? `<text class="note" x="${PAD}" y="${r1(height - PAD)}" font-size="12" fill="${MUTED}">${escapeXml(clip(note, width - 2 * PAD, 12))}</text>` : "") +
    `</svg>`
  );
}

/** Horizontal bars, one row per label, value at the bar end and an optional dashed target. */
export function svgBarChart({ labels, values, n, unit, target, title, width, height, color }: SvgBarChartInput): string {
  const barColor = escapeXml(color ?? SERIES_COLORS[5] ?? "#0072B2");
  const hasTarget = target !== undefined && target !== null;
  const present = values.filter((v): v is number => v !== null);
  const scale = niceScale(Math.max(unit === "%" ? 100 : 0, ...present, hasTarget ? target : 0));
  const top = TITLE_H + (hasTarget ? 22 : 6), bottom = height - PAD - 22;
  const rowH = (bottom - top) / Math.max(1, labels.length);
  const barH = Math.min(28, rowH * 0.65);
  const font = Math.max(9, Math.min(14, rowH * 0.5));
  const labelW = Math.min(width * 0.38, Math.max(80, Math.max(0, ...labels.map((l) => textWidth(l, font))) + 12));
  const x0 = PAD + labelW, x1 = width - PAD - (n ? 140 : 72);
  const xOf = (v: number) => x0 + (Math.max(0, v) / scale.max) * (x1 - x0);

  const grid = scale.ticks
    .map((t) => `<line x1="${r1(xOf(t))}" y1="${r1(top)}" x2="${r1(xOf(t))}" y2="${r1(bottom)}" stroke="${GRID}"/><text x="${r1(xOf(t))}" y="${r1(bottom + 16)}" text-anchor="middle">${formatTick(t, unit)}</text>`)
    .join("");
  const rows = labels.map((label, i) => {
    const v = values[i] ?? null;
    const cy = top + rowH * (i + 0.5);
    const nText = n?.[i] === undefined ? "" : `n = ${formatInt(n[i]!)}`;
    const shown = v === null ? NO_DATA_TEXT : formatValue(v, unit);
    const hover = `${label}: ${shown}${nText && v !== null ? ` (${nText})` : ""}`;
    const name = `<text class="bar-label" x="${r1(x0 - 8)}" y="${r1(cy)}" dy="0.35em" text-anchor="end" font-size="${r1(font)}" fill="${INK}">${escapeXml(clip(label, labelW - 12, font))}</text>`;
    if (v === null) {
      // An empty bar would read as 0; say there is no data instead.
      return `<g class="bar-row"><title>${escapeXml(hover)}</title>${name}<text class="bar-value" x="${r1(x0 + 6)}" y="${r1(cy)}" dy="0.35em" font-size="${r1(font)}" font-style="italic" fill="${MUTED}">${NO_DATA_TEXT}</text></g>`;
    }
    const nSpan = nText ? `<tspan class="bar-n" font-size="11" font-weight="400" fill="${MUTED}"> ${nText}</tspan>` : "";
    return (
      `<g class="bar-row"><title>${escapeXml(hover)}</title>${name}` +
      `<rect class="bar" x="${r1(x0)}" y="${r1(cy - barH / 2)}" width="${r1(xOf(v) - x0)}" height="${r1(barH)}" fill="${barColor}"/>` +
      `<text class="bar-value" x="${r1(xOf(v) + 6)}" y="${r1(cy)}" dy="0.35em" font-size="${r1(font)}" font-weight="600" fill="${INK}">${shown}${nSpan}</text></g>`
    );
  });
  const tx = hasTarget ? xOf(target) : 0;
  const targetSvg = hasTarget
    ? `<g class="target"><line class="target-line" x1="${r1(tx)}" y1="${r1(top - 4)}" x2="${r1(tx)}" y2="${r1(bottom)}" stroke="${INK}" stroke-width="2" stroke-dasharray="6 4"/>` +
      `<text x="${r1(tx)}" y="${r1(top - 8)}" text-anchor="${tx > x1 - 40 ? "end" : "middle"}" font-size="12" font-weight="600" fill="${INK}">Target ${formatTick(target, unit)}</text></g>`
    : "";
  const axis = `<g class="axis" font-size="11" fill="${MUTED}">${grid}<line x1="${r1(x0)}" y1="${r1(top)}" x2="${r1(x0)}" y2="${r1(bottom)}" stroke="#71717a"/></g>`;
  return `${open(width, height, title)}${axis}${rows.join("")}${targetSvg}</svg>`;
}

/** Black stays for the emphasised (whole-area) line; the others cycle the rest, as on screen. */
function lineColors(series: SvgLineSeries[]): string[] {
  const rest = SERIES_COLORS.slice(1);
  let next = 0;
  return series.map((s) => s.color ?? (s.emphasis ? (SERIES_COLORS[0] ?? INK) : (rest[next++ % rest.length] ?? INK)));
}

/** A multi-line chart over periods: gaps for missing values, y ticks, legend and optional target. */
export function svgLineChart({ labels, series, unit, target, title, width, height }: SvgLineChartInput): string {
  const colors = lineColors(series).map(escapeXml);
  const hasTarget = target !== undefined && target !== null;
  const entries = [
    ...series.map((s, i) => ({ label: s.label, color: colors[i] ?? INK, w: s.emphasis ? 4 : 2, dash: "" })),
    ...(hasTarget ? [{ label: `Target ${formatTick(target, unit)}`, color: INK, w: 2, dash: ` stroke-dasharray="6 4"` }] : []),
  ];
  // Legend entries flow left to right and wrap, like the on-screen chart's bottom legend.
  let lx = PAD, row = 0;
  const placed = entries.map((e) => {
    const w = 34 + textWidth(e.label, 12) + 16;
    if (lx + w > width - PAD && lx > PAD) { lx = PAD; row++; }
    const at = { ...e, x: lx, row };
    lx += w;
    return at;
  });
  const legendH = entries.length ? (row + 1) * 20 + 6 : 0;
  const left = PAD + 48, right = width - PAD - 8;
  const top = TITLE_H + 10, bottom = height - PAD - legendH - 24;
  const present = series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const scale = niceScale(Math.max(0, ...present, hasTarget ? target : 0));
  const yOf = (v: number) => bottom - (Math.max(0, v) / scale.max) * (bottom - top);
  const inset = 16; // keeps the first and last points off the axis
  const xOf = (i: number) => (labels.length <= 1 ? (left + right) / 2 : left + inset + (i * (right - left - 2 * inset)) / (labels.length - 1));

  const yAxis = scale.ticks
    .map((t) => `<line x1="${left}" y1="${r1(yOf(t))}" x2="${r1(right)}" y2="${r1(yOf(t))}" stroke="${GRID}"/><text x="${left - 6}" y="${r1(yOf(t))}" dy="0.35em" text-anchor="end">${formatTick(t, unit)}</text>`)
    .join("");
  const maxLabel = Math.max(40, ...labels.map((l) => textWidth(l, 11) + 8));
  const every = Math.max(1, Math.ceil(labels.length / Math.max(1, Math.floor((right - left) / maxLabel))));
  const xAxis = labels
    .map((l, i) => (i % every === 0 ? `<text x="${r1(xOf(i))}" y="${r1(bottom + 16)}" text-anchor="middle">${escapeXml(l)}</text>` : ""))
    .join("");

  // Emphasised lines are drawn last so they sit on top.
  const order = series.map((s, i) => ({ s, i })).sort((a, b) => Number(a.s.emphasis ?? false) - Number(b.s.emphasis ?? false));
  const lines = order.map(({ s, i }) => {
    let d = "", penDown = false;
    const dots: string[] = [];
    labels.forEach((period, j) => {
      const v = s.values[j] ?? null;
      if (v === null) { penDown = false; return; }
      d += `${penDown ? "L" : "M"}${r1(xOf(j))},${r1(yOf(v))}`;
      penDown = true;
      // Dots keep a value visible when both neighbours are missing.
      dots.push(`<circle cx="${r1(xOf(j))}" cy="${r1(yOf(v))}" r="${s.emphasis ? 3.5 : 3}"><title>${escapeXml(`${s.label}, ${period}: ${formatValue(v, unit)}`)}</title></circle>`);
    });
    const c = colors[i] ?? INK;
    return `<g class="series" data-series="${i}" fill="${c}"><title>${escapeXml(s.label)}</title><path d="${d}" fill="none" stroke="${c}" stroke-width="${s.emphasis ? 4 : 2}" stroke-linejoin="round" stroke-linecap="round"/>${dots.join("")}</g>`;
  });
  // The line goes under the series, its label over them (with a halo) so neither hides the other.
  const targetLine = hasTarget ? `<line class="target-line" x1="${left}" y1="${r1(yOf(target))}" x2="${r1(right)}" y2="${r1(yOf(target))}" stroke="${INK}" stroke-width="2" stroke-dasharray="6 4"/>` : "";
  const targetLabel = hasTarget
    ? `<text class="target-label" x="${r1(right)}" y="${r1(yOf(target) - 6)}" text-anchor="end" font-size="12" font-weight="600" fill="${INK}" stroke="#ffffff" stroke-width="3" paint-order="stroke">Target ${formatTick(target, unit)}</text>`
    : "";
  const legendTop = height - PAD - legendH + 10;
  const legendSvg = placed.map(({ x, row: r, color, w, dash, label }) => {
    const y = r1(legendTop + r * 20);
    return `<line x1="${r1(x)}" y1="${y}" x2="${r1(x + 26)}" y2="${y}" stroke="${color}" stroke-width="${w}"${dash}/><text x="${r1(x + 32)}" y="${y}" dy="0.35em">${escapeXml(label)}</text>`;
  });
  const axis = `<g class="axis" font-size="11" fill="${MUTED}">${yAxis}<line x1="${left}" y1="${r1(bottom)}" x2="${r1(right)}" y2="${r1(bottom)}" stroke="#71717a"/>${xAxis}</g>`;
  return `${open(width, height, title)}${axis}${targetLine}${lines.join("")}${targetLabel}<g class="legend" font-size="12" fill="${INK}">${legendSvg.join("")}</g></svg>`;
}
