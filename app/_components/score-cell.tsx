import type { ScoreCell as Cell } from "@/lib/queries/scorecard";
import { indicatorDef } from "@/lib/indicators/catalogue";
import { formatDecimal, formatInt } from "@/lib/format";
import { periodLabel } from "@/lib/period";

/** Cell colour: against the year's target when there is one, else against the reference value; grey without data. */
export function scoreTone(id: string, cell: Cell | null): string {
  if (!cell || cell.nilai === null) return "bg-slate-100 text-slate-500";
  if (cell.target) return cell.target.tercapai ? "bg-emerald-50 text-emerald-900" : "bg-red-50 text-red-900";
  const def = indicatorDef(id);
  if (!def?.acuan) return "";
  const ok = def.polaritas === "naik-baik" ? cell.nilai >= def.acuan.nilai : cell.nilai <= def.acuan.nilai;
  return ok ? "bg-emerald-50 text-emerald-900" : "bg-amber-50 text-amber-900";
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
  return (
    <td className={`num px-3 py-2 text-right ${scoreTone(id, cell)}`} title={cellTitle(cell, periode, sumber)}>
      <span className="block font-semibold">{!cell || cell.nilai === null ? "—" : `${formatDecimal(cell.nilai)}%`}</span>
      {change && change.selisihPoin !== null && (
        <span className={`block text-xs ${change.arah === "membaik" ? "text-emerald-700" : change.arah === "memburuk" ? "text-red-700" : "text-slate-500"}`}>
          {change.selisihPoin > 0 ? "▲" : change.selisihPoin < 0 ? "▼" : "■"} {formatDecimal(Math.abs(change.selisihPoin))}
        </span>
      )}
      {cell?.n_kecil && <span className="block text-xs text-amber-800">n kecil</span>}
    </td>
  );
}
