import { IMPORT_KINDS } from "@/lib/import/registry";
import { TabNav } from "@/components/ui/tab-nav";

/** One tab per import kind; the choice lives in the URL (?jenis=). */
export function KindTabs({ active, canBoundaries }: { active: string; canBoundaries: boolean }) {
  const tabs = [...IMPORT_KINDS.map((k) => ({ id: k.id, label: k.label })), ...(canBoundaries ? [{ id: "batas-wilayah", label: "Batas wilayah (GeoJSON)" }] : [])];
  return <TabNav tabs={tabs.map((t) => ({ href: `/impor?jenis=${t.id}`, label: t.label }))} active={`/impor?jenis=${active}`} label="Jenis impor" />;
}
