import { NavLink } from "@/components/ui/nav-link";
import { formatInt } from "@/lib/format";

/** Previous/next links for a paginated list; `href` builds the URL of a page. */
export function Pager({ page, pageSize, total, href }: { page: number; pageSize: number; total: number; href: (page: number) => string }) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  const link = "rounded border border-slate-300 bg-white px-3 py-1 hover:border-brand-600";
  return (
    <nav aria-label="Halaman" className="flex flex-wrap items-center gap-3 text-sm">
      {page > 1 ? <NavLink className={link} href={href(page - 1)}>← Sebelumnya</NavLink> : null}
      <span className="text-slate-600">
        Halaman {formatInt(page)} dari {formatInt(pages)} ({formatInt(total)} baris)
      </span>
      {page < pages ? <NavLink className={link} href={href(page + 1)}>Berikutnya →</NavLink> : null}
    </nav>
  );
}
