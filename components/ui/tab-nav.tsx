import { NavLink } from "@/components/ui/nav-link";

export type Tab = { href: string; label: string };

/** Pill tabs linking sibling pages; the active one is marked for screen readers too. */
export function TabNav({ tabs, active, label }: { tabs: readonly Tab[]; active: string; label: string }) {
  return (
    <nav aria-label={label} className="flex flex-wrap gap-2">
      {tabs.map((t) => (
        <NavLink
          key={t.href}
          href={t.href}
          aria-current={t.href === active ? "page" : undefined}
          className={`rounded-full border px-3 py-1 text-sm ${t.href === active ? "border-brand-700 bg-brand-700 text-white" : "border-slate-300 bg-white text-slate-700 hover:border-brand-600"}`}
        >
          {t.label}
        </NavLink>
      ))}
    </nav>
  );
}
