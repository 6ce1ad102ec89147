import { TabNav } from "@/components/ui/tab-nav";

const TABS = [
  { href: "/admin/pengguna", label: "Pengguna" },
  { href: "/admin/target", label: "Target indikator" },
  { href: "/admin/audit", label: "Log audit" },
] as const;

/** Tabs of the ADMIN pages, with the page title and its explanation. */
export function AdminNav({ active, title, children }: { active: (typeof TABS)[number]["href"]; title: string; children?: React.ReactNode }) {
  return (
    <div className="space-y-3">
      <TabNav tabs={TABS} active={active} label="Menu admin" />
      <div>
        <h1 className="text-2xl font-semibold">{title}</h1>
        {children && <p className="text-sm text-slate-600">{children}</p>}
      </div>
    </div>
  );
}
