import type { ScoreCell as Cell } from "@/lib/queries/scorecard";
import { indicatorDef } from "@/lib/indicators/catalogue";
import { formatDecimal, formatInt } from "@/lib/format";
import { periodLabel } from "@/lib/period";

// Cell styles live in app/globals.css (`.score-table`): a province table has hundreds of cells and its markup
// is sent twice (HTML and RSC payload), so a cell carries one short class instead of a dozen utilities.

/** Cell tone: against the year's target when there is one, else against the reference value; grey without data. */
export function scoreTone(id: string, cell: Cell | null): "na" | "ok" | "off" | "low" | "" {
  if (!cell || cell.nilai === null) return "na";
  if (cell.target) return cell.target.tercapai ? "ok" : "off";
  const def = indicatorDef(id);
  if (!def?.acuan) return "";
  const ok = def.polaritas === "naik-baik" ? cell.nilai >= def.acuan.nilai : cell.nilai <= def.acuan.nilai;
  return ok ? "ok" : "low";
}

const when = (p: string | null | undefined) => (p && /^\d{4}-\d{2}$/.test(p) ? periodLabel(p) : (p ?? ""));

/** Hover text of a figure: its base (n = numerator/denominator), target, period and source. */
export function cellTitle(cell: Cell | null, periode: string | null, sumber: string): string {
  if (!cell || cell.nilai === null) return `tidak ada data · ${when(periode)} · ${sumber}`;
  return [
    `${formatInt(cell.pembilang)} dari ${formatInt(cell.penyebut)} (n = ${formatInt(cell.n)})`,
    cell.target ? `target ${formatDecimal(cell.target.nilai)}%` : null,
    cell.perubahan?.dari ? `dibanding ${when(cell.perubahan.dari)}` : null,
    when(periode),
    sumber,
  ].filter(Boolean).join(" · ");
}

/** One coloured figure with its change arrow and the small-n flag. */
export function ScoreCellTd({ id, cell, periode, sumber }: { id: string; cell: Cell | null; periode: string | null; sumber: string }) {
  const change = cell?.perubahan;
  const tone = scoreTone(id, cell);
  return (
    <td className={tone || undefined} title={cellTitle(cell, periode, sumber)}>
      {!cell || cell.nilai === null ? "—" : `${formatDecimal(cell.nilai)}%`}
      {change && change.selisihPoin !== null && (
        <span className={change.arah === "membaik" ? "up" : change.arah === "memburuk" ? "down" : undefined}>
          {`${change.selisihPoin > 0 ? "▲" : change.selisihPoin < 0 ? "▼" : "■"} ${formatDecimal(Math.abs(change.selisihPoin))}`}
        </span>
      )}
      {cell?.n_kecil && <span className="small-n">n kecil</span>}
    </td>
  );
}
