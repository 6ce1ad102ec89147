// The card every list page puts its table in (posyandu, kader, strata history, users, API tokens, targets, audit):
// a heading, then either the empty message or a table that scrolls sideways on a phone, so the lists look and read
// the same everywhere. The card renders the header row from `columns`; children are the body's rows.
import type { ReactNode } from "react";

/** One header cell. `srOnly` names a column for screen readers only (the action buttons' column). */
export type TableColumn = { label: string; className?: string; srOnly?: boolean; title?: string };

export function TableCard({ id, title, intro, empty, label, columns, children }: {
  /** The heading's id: the section is labelled by it. */
  id: string;
  title: string;
  /** Shown under the heading, above the table (a form, an explanation). */
  intro?: ReactNode;
  /** The message shown instead of the table when there are no rows; null when there are rows. */
  empty: string | null;
  /** The table's own accessible name, when the heading alone does not say what a row is. */
  label?: string;
  /** The header row; a `false` entry is a column left out (e.g. the action column for a read-only viewer). */
  columns: readonly (TableColumn | false)[];
  /** The body's rows (none for an empty list, whose message shows instead). */
  children?: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="overflow-hidden rounded-lg border border-slate-200 bg-white shadow-sm">
      {intro ? (
        <div className="space-y-3 border-b border-slate-200 p-4">
          <h2 id={id} className="text-lg font-semibold">{title}</h2>
          {intro}
        </div>
      ) : (
        <h2 id={id} className="border-b border-slate-200 px-4 py-3 text-lg font-semibold">{title}</h2>
      )}
      {empty !== null ? (
        <p className="px-4 py-3 text-sm text-slate-600">{empty}</p>
      ) : (
        <div className="relative overflow-x-auto">
          <table className="w-full text-left text-sm" aria-label={label}>
            <thead className="bg-slate-100 text-slate-700">
              <tr>
                {columns.filter((c): c is TableColumn => c !== false).map((c) => (
                  <th key={c.label} scope="col" title={c.title} className={c.className ? `px-3 py-2 ${c.className}` : "px-3 py-2"}>
                    {c.srOnly ? <span className="sr-only">{c.label}</span> : c.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>{children}</tbody>
          </table>
        </div>
      )}
    </section>
  );
}
