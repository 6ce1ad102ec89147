import { requireViewer } from "@/lib/auth/viewer";
import { getOverview } from "@/lib/queries/overview";
import { isDemoData } from "@/lib/queries/deployment";
import { AppHeader } from "@/components/ui/app-header";
import { StatCard } from "@/components/ui/stat-card";
import { KelurahanTable } from "./_components/kelurahan-table";

export const dynamic = "force-dynamic";

export default async function OverviewPage() {
  const viewer = await requireViewer();
  const [overview, demo] = await Promise.all([getOverview(viewer), isDemoData()]);
  return (
    <>
      <AppHeader viewer={viewer} demo={demo} />
      <main className="mx-auto max-w-6xl space-y-6 px-4 py-6">
        <div>
          <h1 className="text-2xl font-semibold">Ringkasan {overview.scopeName}</h1>
          <p className="text-sm text-slate-600">
            Jumlah wilayah, posyandu dan kader aktif dalam cakupan Anda{overview.scopeCode ? ` (kode ${overview.scopeCode})` : ""}.
          </p>
        </div>
        <section aria-label="Ringkasan" className="grid grid-cols-2 gap-3 md:grid-cols-4">
          <StatCard label="Kecamatan" value={overview.kecamatan} />
          <StatCard label="Kelurahan/desa" value={overview.kelurahan} />
          <StatCard label="Posyandu" value={overview.posyandu} note="Posyandu aktif terdaftar" />
          <StatCard label="Kader aktif" value={overview.kaderAktif} note="Keanggotaan aktif di posyandu aktif" />
        </section>
        {overview.rows.length === 0 ? (
          <p className="rounded border border-slate-200 bg-white p-4 text-slate-700">
            Belum ada wilayah dalam cakupan akun ini. Hubungi admin untuk mengatur wilayah akun Anda.
          </p>
        ) : (
          <KelurahanTable rows={overview.rows} />
        )}
        <footer className="text-xs text-slate-500">
          Kode dan nama wilayah: Kepmendagri 300.2.2-2138/2025 melalui idn-area-data (ODbL).
        </footer>
      </main>
    </>
  );
}
