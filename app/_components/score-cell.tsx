import type { ScoreCell as Cell } from "@/lib/queries/scorecard";
import { indicatorDef } from "@/lib/indicators/catalogue";
import { changeArrow } from "@/lib/indicators/change";
import { formatDecimal, formatInt } from "@/lib/format";
import { periodLabel } from "@/lib/period";
import { leftOutText } from "@/lib/indicators/nutrition-sources";
import type { ScoreCellView, ScoreColumnView } from "./score-rows";

// Cell styles live in app/globals.css (`.score-table`): a province table has hundreds of cells, so a cell
// carries one short class instead of a dozen utilities.

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

/** A column's period and source as every hover text of the column ends. */
export const columnView = (periode: string | null, sumber: string): ScoreColumnView => ({ when: when(periode), sumber });

/** The part of a figure's hover text that is its own: base (n = numerator/denominator), target, comparison; null without data. */
function cellHead(cell: Cell | null): string | null {
  if (!cell || cell.nilai === null) return null;
  return [
    `${formatInt(cell.pembilang)} dari ${formatInt(cell.penyebut)} (n = ${formatInt(cell.n)})`,
    cell.target ? `target ${formatDecimal(cell.target.nilai)}%` : null,
    cell.perubahan?.dari ? `dibanding ${when(cell.perubahan.dari)}` : null,
  ].filter(Boolean).join(" · ");
}

/** One coloured figure with its change arrow and the small-n flag, formatted for ScoreRows. */
export function cellView(id: string, cell: Cell | null): ScoreCellView {
  const change = cell?.perubahan;
  const shown = change && change.selisihPoin !== null;
  return [
    scoreTone(id, cell),
    !cell || cell.nilai === null ? "—" : `${formatDecimal(cell.nilai)}%`,
    shown ? `${changeArrow(change)} ${formatDecimal(Math.abs(change.selisihPoin!))}` : null,
    shown ? (change.arah === "membaik" ? "up" : change.arah === "memburuk" ? "down" : null) : null,
    cellHead(cell),
    cell?.n_kecil ?? false,
    leftOutText(cell?.sumber_lain),
  ];
}
