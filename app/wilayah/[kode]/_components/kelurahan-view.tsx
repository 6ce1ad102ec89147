import { NavLink } from "@/components/ui/nav-link";
import { cache, Suspense } from "react";
import { canEnterData, type Viewer } from "@/lib/auth/scope";
import { getDashboard, latestPeriods } from "@/lib/queries/dashboard";
import { getPosyanduStatus } from "@/lib/queries/kelurahan";
import { areaSkdnSeries } from "@/lib/queries/area-series";
import { getMapData } from "@/lib/queries/map";
import { addMonths, measurementFor, periodLabel } from "@/lib/period";
import { sortSchema } from "@/lib/sort";
import { env } from "@/lib/env";
import { Skeleton } from "@/components/ui/skeleton";
import { SkdnChart } from "@/components/charts/skdn-chart";
import { skdnLabels } from "@/app/_components/skdn-labels";
import { IndicatorMap } from "@/app/_components/indicator-map";
import { ViewFilters } from "@/app/_components/view-filters";
import { OpenActions } from "@/app/_components/open-actions";
import { DashboardEmpty, KpiGrid, StuntingTrendSection, trendHref, type TrendView } from "@/app/_components/dashboard-section";
import { POSYANDU_SORT_COLUMNS, PosyanduStatusTable } from "./posyandu-status-table";

type Area = { kode: string; nama: string; level: string; judul: string };
type Raw = Record<string, string | string[] | undefined>;

const dashboardOf = cache(getDashboard);
const sortQuery = sortSchema(POSYANDU_SORT_COLUMNS, { urut: "nama", arah: "naik" });
const card = "rounded-lg border border-slate-200 bg-white p-4 shadow-sm";

/** Kelurahan: headline cards, the posyandu table, the map of its posyandu and the trends. */
export async function KelurahanView({ viewer, area, bulan, tren, raw }: { viewer: Viewer; area: Area; bulan?: string; tren?: string; raw: Raw }) {
  const latest = await latestPeriods(area.kode);
  const month = bulan ?? latest.shown;
  if (!month) {
    return (
      <>
        <h1 className="text-2xl font-semibold">{area.judul}</h1>
        <DashboardEmpty />
      </>
    );
  }
  const gizi = measurementFor(month, latest.measurement);
  const sort = sortQuery.parse(raw);
  const trend = { semua: tren === "semua", href: (semua: boolean) => trendHref(`/wilayah/${area.kode}`, { bulan: bulan ?? null, urut: sort.urut, arah: sort.arah }, semua) };
  return (
    <>
      <div className="flex flex-wrap items-end justify-between gap-2">
        <div>
          <h1 className="text-2xl font-semibold">{area.judul}</h1>
          <p className="text-sm text-slate-600">Data bulanan {periodLabel(month)}{gizi ? ` · penimbangan ${periodLabel(gizi)}` : ""}. Klik nama posyandu untuk profil, grafik SKDN dan riwayat stratanya.</p>
        </div>
        <p className="text-sm">
          <NavLink className="text-brand-700 underline" href={`/posyandu?wilayah=${area.kode}`}>Daftar posyandu</NavLink>
          {canEnterData(viewer.role) && <> · <NavLink className="text-brand-700 underline" href={`/laporan?wilayah=${area.kode}&periode=${month}`}>Isi laporan</NavLink></>}
        </p>
      </div>
      <ViewFilters bulan={month} months={{ newest: latest.month, oldest: latest.first }} latest={latest} keep={{ tren }} />
      <Suspense fallback={<Skeleton label="Memuat indikator utama…" height={300} />}>
        <KpiSection viewer={viewer} kode={area.kode} month={month} />
      </Suspense>
      <Suspense fallback={null}>
        <OpenActions viewer={viewer} kode={area.kode} />
      </Suspense>
      <section aria-labelledby="tabel-posyandu" className="space-y-2">
        <h2 id="tabel-posyandu" className="text-lg font-semibold">Posyandu</h2>
        <Suspense fallback={<Skeleton label="Memuat posyandu…" height={240} />}>
          <StatusSection viewer={viewer} kode={area.kode} month={month} gizi={gizi} sort={sort} params={{ bulan: bulan ?? null, tren }} />
        </Suspense>
      </section>
      <Suspense fallback={<Skeleton label="Memuat grafik…" height={480} />}>
        <TrendSection viewer={viewer} kode={area.kode} nama={area.nama} month={month} trend={trend} />
      </Suspense>
      <section aria-labelledby="peta-kelurahan" className="space-y-2">
        <h2 id="peta-kelurahan" className="text-lg font-semibold">Peta posyandu{gizi ? ` · stunting ${periodLabel(gizi)}` : ""}</h2>
        <Suspense fallback={<Skeleton label="Memuat peta…" height={360} />}>
          <MapSection viewer={viewer} kode={area.kode} gizi={gizi} />
        </Suspense>
      </section>
    </>
  );
}

async function KpiSection({ viewer, kode, month }: { viewer: Viewer; kode: string; month: string }) {
  const data = await dashboardOf(viewer, kode, month);
  return data ? <KpiGrid data={data} /> : null;
}

async function StatusSection({ viewer, kode, month, gizi, sort, params }: { viewer: Viewer; kode: string; month: string; gizi: string | null; sort: ReturnType<typeof sortQuery.parse>; params: Record<string, string | null | undefined> }) {
  const rows = await getPosyanduStatus(viewer, kode, month, gizi);
  if (rows.length === 0) return <p className={card}>Belum ada posyandu aktif di kelurahan ini. <NavLink href="/posyandu/baru" className="text-brand-700 underline">Tambah posyandu</NavLink>.</p>;
  return <PosyanduStatusTable rows={rows} bulan={month} gizi={gizi} sort={sort} base={`/wilayah/${kode}`} params={params} />;
}

async function TrendSection({ viewer, kode, nama, month, trend }: { viewer: Viewer; kode: string; nama: string; month: string; trend: TrendView }) {
  const months = Array.from({ length: 12 }, (_, i) => addMonths(month, i - 11));
  const [data, skdn] = await Promise.all([dashboardOf(viewer, kode, month), areaSkdnSeries(viewer, kode, months)]);
  return (
    <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
      {data && <StuntingTrendSection data={data} childLabel="posyandu" trend={trend} />}
      <section aria-labelledby="tren-skdn" className={card}>
        <h2 id="tren-skdn" className="text-lg font-semibold">SKDN dan D/S, 12 bulan terakhir</h2>
        <p className="text-sm text-slate-600">Jumlah dari laporan bulanan posyandu yang melapor; garis = D/S (%).</p>
        <SkdnChart labels={skdnLabels(skdn, false)} s={skdn.s} k={skdn.k} d={skdn.d} n={skdn.n} nd={skdn.nd} ds={skdn.ds.map((r) => r?.nilai ?? null)} download={{ fileName: `skdn-${kode}`, title: `SKDN Kel. ${nama}`, source: "Sumber: laporan bulanan · Pantau Posyandu" }} />
      </section>
    </div>
  );
}

async function MapSection({ viewer, kode, gizi }: { viewer: Viewer; kode: string; gizi: string | null }) {
  const data = gizi ? await getMapData(viewer, kode, "stunting", { periode: gizi }) : null;
  return <IndicatorMap data={data} indikator="stunting" tileUrl={env().MAP_TILE_URL ?? null} height={360} />;
}
