"use client";
// The body of a scorecard table, drawn from figures the server has already formatted (score-cell.tsx). A
// province table has 38 × 6 cells; as server-rendered elements every cell went into the RSC payload as well as
// the HTML (≈ 230 bytes of element tree each), as props it is a short tuple and its column's period and source
// are sent once.
import { NavLink } from "@/components/ui/nav-link";
import { useHydrated } from "@/components/ui/use-hydrated";

/**
 * One figure: tone class, value, change arrow text and class, hover text before the column part (null: no data), small n,
 * and what the figure leaves out (other nutrition sources' measurements, null: none).
 */
export type ScoreCellView = [tone: string, value: string, change: string | null, changeClass: string | null, head: string | null, smallN: boolean, leftOut: string | null];
export type ScoreRowView = { kode: string; nama: string; total?: boolean; cells: ScoreCellView[] };
/** What a column adds to every hover text: its period (as shown) and source. */
export type ScoreColumnView = { when: string; sumber: string };

/** Hover text of a figure: its base, target and comparison (`head`), then the column's period and source, then what it leaves out. */
export function scoreTitle(head: string | null, column: ScoreColumnView, leftOut: string | null = null): string {
  if (head === null) return [`tidak ada data · ${column.when} · ${column.sumber}`, leftOut].filter(Boolean).join(" · ");
  return [head, column.when, column.sumber, leftOut].filter(Boolean).join(" · ");
}

/**
 * Rows link to the area's page; the total row closes the table. The hover texts are added once hydrated: they
 * are ≈ 40 % of a province table's HTML, their parts are in the props anyway, and a hover needs the browser.
 * `titlesInline`: also in a server render (tests render the rows to a string).
 */
export function ScoreRows({ rows, columns, titlesInline = false }: { rows: ScoreRowView[]; columns: ScoreColumnView[]; titlesInline?: boolean }) {
  const titles = useHydrated() || titlesInline;
  return (
    <tbody>
      {rows.map((r) => (
        <tr key={r.kode} className={r.total ? "total" : undefined} data-kode={r.kode}>
          <th scope="row">{r.total ? `${r.nama} (total)` : <NavLink href={`/wilayah/${r.kode}`}>{r.nama}</NavLink>}</th>
          {r.cells.map(([tone, value, change, changeClass, head, smallN, leftOut], i) => (
            <td key={i} className={tone || undefined} title={titles ? scoreTitle(head, columns[i]!, leftOut) : undefined}>
              {value}
              {change && <span className={changeClass ?? undefined}>{change}</span>}
              {smallN && <span className="small-n">n kecil</span>}
            </td>
          ))}
        </tr>
      ))}
    </tbody>
  );
}
