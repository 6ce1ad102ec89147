import Link from "next/link";
import { IMPORT_KINDS } from "@/lib/import/registry";

/** One tab per import kind; the choice lives in the URL (?jenis=). */
export function KindTabs({ active, canBoundaries }: { active: string; canBoundaries: boolean }) {
  const tabs = [...IMPORT_KINDS.map((k) => ({ id: k.id, label: k.label })), ...(canBoundaries ? [{ id: "batas-wilayah", label: "Batas wilayah (GeoJSON)" }] : [])];
  return (
    <nav aria-label="Jenis impor" className="flex flex-wrap gap-2">
      {tabs.map((t) => (
        <Link
          key={t.id}
          href={`/impor?jenis=${t.id}`}
          aria-current={t.id === active ? "page" : undefined}
          className={`rounded-full border px-3 py-1 text-sm ${t.id === active ? "border-brand-700 bg-brand-700 text-white" : "border-slate-300 bg-white text-slate-700 hover:border-brand-600"}`}
        >
          {t.label}
        </Link>
      ))}
    </nav>
  );
}
