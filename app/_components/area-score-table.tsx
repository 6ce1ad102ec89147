import type { getScorecard, ScoreRow } from "@/lib/queries/scorecard";
import { sortRows, type SortState } from "@/lib/sort";
import { SortHeader } from "@/components/ui/sort-header";
import { SOURCE_LABEL, tableLeftOutNote } from "@/lib/indicators/nutrition-sources";
import { cellView, columnView } from "./score-cell";
import { ScoreRows, type ScoreRowView } from "./score-rows";

export type Scorecard = NonNullable<Awaited<ReturnType<typeof getScorecard>>>;

/** The source of the scorecard's nutrition figures (e-PPGBM or a manual recap), for the captions. */
export function nutritionSourceOf(sc: Scorecard): string {
  return SOURCE_LABEL[sc.sumberGizi ?? ""] ?? "data gizi";
}

/** `note`: the visible line naming the rows whose nutrition figures leave out another source (hover texts do not reach a projector). */
type TableView = { body: ScoreRowView[]; columns: ReturnType<typeof columnView>[]; note: string | null };

// The formatted rows of a scorecard, per sort. A scorecard comes frozen from the read cache (lib/queries/cache.ts)
// and is the same object until the data changes, so its formatted cells (≈ 230 Intl calls and hover texts for a
// province) are worked out once per sort instead of on every request; a new scorecard is a new key.
const views = new WeakMap<Scorecard, Map<string, TableView>>();

/** The sorted, formatted rows (total last) and column contexts of `sc`, computed once per scorecard object and sort. */
export function tableView(sc: Scorecard, sort: SortState): TableView {
  let bySort = views.get(sc);
  if (!bySort) views.set(sc, (bySort = new Map()));
  const key = `${sort.urut}|${sort.arah}`;
  const known = bySort.get(key);
  if (known) return known;
  const value = (r: ScoreRow) => (sort.urut === "wilayah" ? r.nama : (r.cells[sort.urut]?.nilai ?? null));
  const view = (r: ScoreRow): ScoreRowView => ({ kode: r.kode, nama: r.nama, cells: sc.columns.map((c) => cellView(c.id, r.cells[c.id] ?? null)) });
  const made: TableView = {
    body: [...sortRows(sc.rows, value, sort.arah).map(view), { ...view(sc.total), total: true }],
    columns: sc.columns.map((c) => {
      return columnView(c.periode, c.sumber);
    }),
    note: tableLeftOutNote(sc.rows),
  };
  bySort.set(key, made);
  return made;
}

/** Child areas × key indicators, sortable through the URL; each row drills down to the area's page. */
export function AreaScoreTable({ sc, sort, base, params, label = "Skor per wilayah" }: {
  sc: Scorecard;
  sort: SortState;
  base: string;
  params: Record<string, string | null | undefined>;
  label?: string;
}) {
  const { body, columns, note } = tableView(sc, sort);
  return (
    <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="score-table w-full text-sm" aria-label={label}>
        <thead className="bg-slate-100">
          <tr>
            <SortHeader label="Wilayah" column="wilayah" sort={sort} base={base} params={params} align="left" firstDir="naik" />
            {sc.columns.map((c) => (
              <SortHeader key={c.id} label={c.label} column={c.id} sort={sort} base={base} params={params} title={`Urutkan menurut ${c.label}`} />
            ))}
          </tr>
        </thead>
        <ScoreRows rows={body} columns={columns} />
      </table>
      {note && <p className="border-t border-slate-200 px-3 py-2 text-xs text-amber-900" data-sumber-lain>Catatan: {note}.</p>}
    </div>
  );
}
