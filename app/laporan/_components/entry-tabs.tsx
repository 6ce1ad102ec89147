import { TabNav } from "@/components/ui/tab-nav";

// Shared by /laporan, /gizi and /profil (the three data-entry forms).
const TABS = [
  { href: "/laporan", label: "Laporan bulanan (SKDN)" },
  { href: "/gizi", label: "Status gizi balita" },
  { href: "/profil", label: "Profil tahunan" },
] as const;

/** Switches between the data-entry forms; the active one is marked for screen readers too. */
export function EntryTabs({ active }: { active: (typeof TABS)[number]["href"] }) {
  return <TabNav tabs={TABS} active={active} label="Jenis isian" />;
}
