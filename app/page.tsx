import { redirect } from "next/navigation";
import { NavLink } from "@/components/ui/nav-link";
import { requireViewer } from "@/lib/auth/viewer";
import { getOverview } from "@/lib/queries/overview";
import { getDashboard, latestPeriods } from "@/lib/queries/dashboard";
import { SCORE_COLUMNS } from "@/lib/queries/scorecard";
import { z } from "@/lib/validations/z";
import { MAP_INDICATOR_IDS } from "./_components/indicator-map";
import { scopeOf } from "@/lib/auth/scope";
import { sortSchema } from "@/lib/sort";
import { isDemoData } from "@/lib/queries/deployment";
import { periodLabel } from "@/lib/period";
import { formatDate } from "@/lib/format";
import { periodSchema } from "@/lib/validations/period";
import { trenSchema } from "@/lib/validations/view";
import { childrenLabel } from "@/lib/wilayah/codes";
import { AppHeader } from "@/components/ui/app-header";
import { StatCard } from "@/components/ui/stat-card";
import { KelurahanTable } from "./_components/kelurahan-table";
import { DashboardEmpty, DashboardSection, KpiGrid, trendHref } from "./_components/dashboard-section";
import { OpenActions } from "./_components/open-actions";
import { ViewFilters } from "./_components/view-filters";
import { WilayahKerjaSection } from "./_components/wilayah-kerja-section";

export const dynamic = "force-dynamic";

const sortQuery = sortSchema(["wilayah", ...SCORE_COLUMNS.map((c) => c.id)], { urut: "wilayah", arah: "naik" });
const indikatorSchema = z.enum(MAP_INDICATOR_IDS).catch("stunting");

export default async function OverviewPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireViewer();
  // The camat and the lurah land on their own area's page (map/table or posyandu list).
  if ((viewer.role === "KECAMATAN" || viewer.role === "KELURAHAN") && viewer.scopeAreaCode) redirect(`/wilayah/${viewer.scopeAreaCode}`);
  const query = await searchParams;
  const bulan = periodSchema.safeParse(query.bulan);
  const tren = trenSchema.parse(query.tren);
  const params = { bulan: bulan.success ? bulan.data : null };
  const root = viewer.scopeAreaCode;
  const areaRoot = root && root.split(".").length <= 3 ? root : null;
  // A puskesmas's scope is a set of kelurahan/desa with no area row of its own: its indicators come as a table.
  const wilayahKerja = scopeOf(viewer).kind === "set";
  const [overview, demo, dashboard, latest] = await Promise.all([
    getOverview(viewer),
    isDemoData(),
    areaRoot ? getDashboard(viewer, areaRoot, bulan.success ? bulan.data : undefined) : null,
    areaRoot ? latestPeriods(areaRoot) : null,
  ]);
  const depth = root?.split(".").length ?? 0;
  // The areas one level below the scope, named by their own levels: a province is read per kabupaten/kota.
  const childLabel = childrenLabel(dashboard?.current.anak.map((a) => a.wilayah.tingkat) ?? [], depth === 3 ? "kelurahan" : depth === 1 ? "kabupaten/kota" : "kecamatan");
  return (
    <>
      <AppHeader viewer={viewer} demo={demo} />
      <main className="mx-auto max-w-6xl space-y-6 px-4 py-6">
        <div>
          <h1 className="text-2xl font-semibold">Ringkasan {overview.scopeName}</h1>
          <p className="text-sm text-slate-600">
            {dashboard ? `Data bulanan sampai ${periodLabel(dashboard.bulan)}; strata tahun ${dashboard.tahunLabel}.` : wilayahKerja ? "Indikator, posyandu dan kader aktif per kelurahan/desa wilayah kerja Anda." : "Jumlah wilayah, posyandu dan kader aktif dalam cakupan Anda."}
            {overview.scopeCode ? ` Kode wilayah ${overview.scopeCode}.` : ""}
          </p>
          {root && root.split(".").length <= 3 && (
            // A province has no /wilayah page; its map and table of kab/kota is /peta.
            <p className="text-sm"><NavLink href={depth === 1 ? `/peta?wilayah=${root}` : `/wilayah/${root}`} className="text-brand-700 underline">Peta dan tabel per wilayah</NavLink> · <NavLink href={`/skor?wilayah=${root}`} className="text-brand-700 underline">Skor</NavLink></p>
          )}
        </div>
        {dashboard && latest && <ViewFilters bulan={dashboard.bulan} months={{ newest: latest.month, oldest: latest.first }} latest={latest} keep={{ tren }} />}
        {dashboard && areaRoot ? (
          <>
            <KpiGrid data={dashboard} />
            {/* The meeting follow-up the kota team owes, right under the figures (as on the area pages). */}
            <OpenActions viewer={viewer} kode={areaRoot} />
            <DashboardSection data={dashboard} childLabel={childLabel} trend={{ semua: tren === "semua", href: (semua) => trendHref("/", params, semua) }} kpis={false} />
          </>
        ) : root && root.split(".").length <= 3 ? <DashboardEmpty /> : null}
        {wilayahKerja && <WilayahKerjaSection viewer={viewer} bulan={params.bulan ?? undefined} indikator={indikatorSchema.parse(query.indikator)} sort={sortQuery.parse(query)} />}
        {/* The register as it stands today, whatever month the figures above are of (a past month's kader count is in
            its KPI card): the heading says so, so nobody reads today's 1.084 kader as January 2024's. */}
        <h2 id="register" className="text-lg font-semibold">Register hari ini ({formatDate(new Date())})</h2>
        <section aria-label="Ringkasan" aria-describedby="register" className="grid grid-cols-2 gap-3 md:grid-cols-4">
          <StatCard label="Kecamatan" value={overview.kecamatan} />
          <StatCard label="Kelurahan/desa" value={overview.kelurahan} />
          <StatCard label="Posyandu" value={overview.posyandu} note="Posyandu aktif terdaftar saat ini" />
          <StatCard label="Kader aktif" value={overview.kaderAktif} note="Keanggotaan aktif saat ini di posyandu aktif" />
        </section>
        {/* A province has thousands of desa: its ringkasan links to the kab/kota table instead (/wilayah/<kode>). */}
        {overview.rows.length > 0 && (root?.split(".").length ?? 2) >= 2 && <KelurahanTable rows={overview.rows} />}
        <footer className="text-xs text-slate-500">Kode dan nama wilayah: Kepmendagri 300.2.2-2138/2025 melalui idn-area-data (ODbL). Angka dihitung dari penjumlahan pembilang dan penyebut, bukan rata-rata persentase.</footer>
      </main>
    </>
  );
}
