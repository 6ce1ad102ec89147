import { NavLink } from "@/components/ui/nav-link";
import { sortHref, type SortDir, type SortState } from "@/lib/sort";

/** A table header cell that sorts by its column through the URL (works without JavaScript). */
export function SortHeader({ label, column, sort, base, params, align = "right", firstDir, title }: {
  label: string;
  column: string;
  sort: SortState;
  base: string;
  params: Record<string, string | null | undefined>;
  align?: "left" | "right";
  firstDir?: SortDir;
  title?: string;
}) {
  const active = sort.urut === column;
  return (
    <th scope="col" className={`px-3 py-2 ${align === "right" ? "text-right" : "text-left"}`} aria-sort={active ? (sort.arah === "naik" ? "ascending" : "descending") : "none"} title={title}>
      <NavLink href={sortHref(base, params, column, sort, firstDir)} className="underline decoration-dotted underline-offset-2">
        {label}
        {active ? (sort.arah === "naik" ? " ↑" : " ↓") : ""}
      </NavLink>
    </th>
  );
}
