import { NavLink } from "@/components/ui/nav-link";
import type { Crumb } from "@/lib/queries/breadcrumbs";

/** kota › kecamatan › kelurahan › posyandu; the last crumb is the current page. */
export function Breadcrumbs({ trail }: { trail: Crumb[] }) {
  return (
    <nav aria-label="Jejak wilayah" className="text-sm text-slate-600">
      <ol className="flex flex-wrap items-center gap-x-1 gap-y-0.5">
        {trail.map((c, i) => {
          const last = i === trail.length - 1;
          return (
            <li key={`${c.label}-${i}`} className="flex items-center gap-x-1">
              {i > 0 && <span aria-hidden="true">›</span>}
              {last ? (
                <span aria-current="page" className="font-medium text-slate-900">{c.label}</span>
              ) : c.href ? (
                <NavLink href={c.href} className="text-brand-700 underline">{c.label}</NavLink>
              ) : (
                <span>{c.label}</span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
