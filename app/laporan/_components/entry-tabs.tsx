import Link from "next/link";

// Shared by /laporan, /gizi and /profil (the three data-entry forms); a candidate for components/ui.
const TABS = [
  { href: "/laporan", label: "Laporan bulanan (SKDN)" },
  { href: "/gizi", label: "Status gizi balita" },
  { href: "/profil", label: "Profil tahunan" },
] as const;

/** Switches between the data-entry forms; the active one is marked for screen readers too. */
export function EntryTabs({ active }: { active: (typeof TABS)[number]["href"] }) {
  return (
    <nav aria-label="Jenis isian" className="flex flex-wrap gap-2">
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
  );
}
