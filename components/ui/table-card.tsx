// The card every list page puts its table in (posyandu, kader, strata history, users, API tokens, targets, audit):
// a heading, then either the empty message or a table that scrolls sideways on a phone, so the lists look and read
// the same everywhere. Children are the table's <thead> and <tbody>.
import type { ReactNode } from "react";

export function TableCard({ id, title, intro, empty, label, children }: {
  /** The heading's id: the section is labelled by it. */
  id: string;
  title: string;
  /** Shown under the heading, above the table (a form, an explanation). */
  intro?: ReactNode;
  /** The message shown instead of the table when there are no rows; null when there are rows. */
  empty: string | null;
  /** The table's own accessible name, when the heading alone does not say what a row is. */
  label?: string;
  children: ReactNode;
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
          <table className="w-full text-left text-sm" aria-label={label}>{children}</table>
        </div>
      )}
    </section>
  );
}
