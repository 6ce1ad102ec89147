// URL sorting for server-rendered tables: `?urut=<column>&arah=naik|turun`.
// Pure, so every sortable table orders rows the same way (missing values last,
// whatever the direction: "tidak ada data" never tops a worst-first list).
import { z } from "./validations/z";

export type SortDir = "naik" | "turun";
export type SortState = { urut: string; arah: SortDir };

/** A zod schema for the sort params of a table with these columns (bad values fall back). */
export function sortSchema(columns: readonly string[], fallback: SortState) {
  return z.object({
    urut: z.enum(columns as unknown as [string, ...string[]]).catch(fallback.urut),
    arah: z.enum(["naik", "turun"]).catch(fallback.arah),
  });
}

export type SortValue = number | string | null;

/** Rows ordered by `value`; nulls always last, ties keep their original order. */
export function sortRows<T>(rows: readonly T[], value: (row: T) => SortValue, arah: SortDir): T[] {
  const sign = arah === "naik" ? 1 : -1;
  return rows
    .map((row, i) => ({ row, i, v: value(row) }))
    .sort((a, b) => {
      if (a.v === null || b.v === null) return a.v === b.v ? a.i - b.i : a.v === null ? 1 : -1;
      const c = typeof a.v === "number" && typeof b.v === "number" ? a.v - b.v : String(a.v).localeCompare(String(b.v), "id");
      return c === 0 ? a.i - b.i : sign * c;
    })
    .map((x) => x.row);
}

/** The href of a column header: same page and params, this column, direction toggled when already sorted by it. */
export function sortHref(base: string, params: Record<string, string | null | undefined>, column: string, current: SortState, firstDir: SortDir = "turun"): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) q.set(k, v);
  q.set("urut", column);
  q.set("arah", current.urut === column ? (current.arah === "turun" ? "naik" : "turun") : firstDir);
  return `${base}?${q.toString()}`;
}
