import Link from "next/link";

const TABS = [
  { href: "/admin/pengguna", label: "Pengguna" },
  { href: "/admin/target", label: "Target indikator" },
  { href: "/admin/audit", label: "Log audit" },
] as const;

/** Tabs of the ADMIN pages, with the page title and its explanation. */
export function AdminNav({ active, title, children }: { active: (typeof TABS)[number]["href"]; title: string; children?: React.ReactNode }) {
  return (
    <div className="space-y-3">
      <nav aria-label="Menu admin" className="flex flex-wrap gap-2">
        {TABS.map((t) => (
          <Link
            key={t.href}
            href={t.href}
            aria-current={t.href === active ? "page" : undefined}
            className={`rounded-full border px-3 py-1 text-sm ${t.href === active ? "border-brand-700 bg-brand-700 text-white" : "border-slate-300 bg-white text-slate-700 hover:border-brand-600"}`}
          >
            {t.label}
          </Link>
        ))}
      </nav>
      <div>
        <h1 className="text-2xl font-semibold">{title}</h1>
        {children && <p className="text-sm text-slate-600">{children}</p>}
      </div>
    </div>
  );
}
