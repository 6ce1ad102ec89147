import { NavLink } from "@/components/ui/nav-link";
import type { Viewer } from "@/lib/auth/scope";
import { getDashboard, latestPeriods } from "@/lib/queries/dashboard";
import { getMapData } from "@/lib/queries/map";
import { getScorecard, SCORE_COLUMNS } from "@/lib/queries/scorecard";
import { indicatorDef } from "@/lib/indicators/catalogue";
import { measurementFor, periodLabel } from "@/lib/period";
import { sortSchema } from "@/lib/sort";
import { env } from "@/lib/env";
import { childrenLabel } from "@/lib/wilayah/codes";
import { Skeleton } from "@/components/ui/skeleton";
import { IndicatorMap, NUTRITION_MAP_INDICATORS } from "@/app/_components/indicator-map";
import { ViewFilters } from "@/app/_components/view-filters";
import { OpenActionsList, openActionsToday } from "@/app/_components/open-actions";
import { Deferred, settle } from "@/app/_components/deferred";
import { AreaScoreTable } from "@/app/_components/area-score-table";
import { DashboardEmpty, DashboardSection, KpiGrid, trendHref } from "@/app/_components/dashboard-section";

type Area = { kode: string; nama: string; level: string; judul: string };
type Raw = Record<string, string | string[] | undefined>;

const sortQuery = sortSchema(["wilayah", ...SCORE_COLUMNS.map((c) => c.id)], { urut: "wilayah", arah: "naik" });

/** Kota or kecamatan: selectors, the choropleth with posyandu, the sortable table of child areas, then the summary charts. */
export async function AreaView({ viewer, area, indikator, bulan, tren, raw }: { viewer: Viewer; area: Area; indikator: string; bulan?: string; tren?: string; raw: Raw }) {
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
  const mapPeriode = NUTRITION_MAP_INDICATORS.has(indikator) ? gizi : month;
  const def = indicatorDef(indikator)!;
  const sort = sortQuery.parse(raw);
  const reads = {
    dashboard: getDashboard(viewer, area.kode, month),
    actions: openActionsToday(viewer, area.kode),
    map: mapPeriode ? getMapData(viewer, area.kode, indikator, { periode: mapPeriode }) : Promise.resolve(null),
    table: getScorecard(viewer, area.kode, month),
  };
  await settle(Object.values(reads));
  // "desa", "kelurahan" or "desa/kelurahan" below a kecamatan, from the children themselves.
  const children = await reads.dashboard.then((d) => d?.current.anak.map((a) => a.wilayah.tingkat) ?? [], () => []);
  const childLabel = childrenLabel(children, area.level === "KECAMATAN" ? "kelurahan" : "kecamatan");
  const shapes = area.level === "KECAMATAN" ? childLabel : "kelurahan";
  const params = { indikator, bulan: bulan ?? null, urut: sort.urut, arah: sort.arah };
  const trend = { semua: tren === "semua", href: (semua: boolean) => trendHref(`/wilayah/${area.kode}`, params, semua) };
  return (
    <>
      <div className="flex flex-wrap items-end justify-between gap-2">
        <div>
          <h1 className="text-2xl font-semibold">{area.judul}</h1>
          <p className="text-sm text-slate-600">
            Data bulanan {periodLabel(month)}{gizi ? ` · penimbangan ${periodLabel(gizi)}` : ""}. Klik {shapes} di peta atau nama di tabel untuk membuka halamannya.
          </p>
        </div>
        <p className="text-sm">
          <NavLink className="text-brand-700 underline" href={`/skor?wilayah=${area.kode}&bulan=${month}`}>Skor</NavLink> ·{" "}
          <NavLink className="text-brand-700 underline" href={`/peta?wilayah=${area.kode}&indikator=${indikator}${mapPeriode ? `&periode=${mapPeriode}` : ""}`}>Peta layar penuh</NavLink>
        </p>
      </div>
      <ViewFilters indikator={indikator} bulan={month} months={{ newest: latest.month, oldest: latest.first }} latest={latest} keep={{ tren }} />
      <Deferred read={reads.dashboard} fallback={<Skeleton label="Memuat indikator utama…" height={300} />}>
        {(data) => (data ? <KpiGrid data={data} /> : null)}
      </Deferred>
      <Deferred read={reads.actions} fallback={null}>{(actions) => <OpenActionsList actions={actions} />}</Deferred>
      <section aria-labelledby="peta-wilayah" className="space-y-2">
        <h2 id="peta-wilayah" className="text-lg font-semibold">{def.label} per {shapes}{mapPeriode ? `, ${periodLabel(mapPeriode)}` : ""}</h2>
        <Deferred read={reads.map} fallback={<Skeleton label="Memuat peta…" height={420} />}>
          {(data) => <IndicatorMap data={data} indikator={indikator} tileUrl={env().MAP_TILE_URL ?? null} />}
        </Deferred>
      </section>
      <section aria-labelledby="tabel-wilayah" className="space-y-2">
        <h2 id="tabel-wilayah" className="text-lg font-semibold">Indikator per {childLabel}</h2>
        <Deferred read={reads.table} fallback={<Skeleton label="Memuat tabel…" height={240} />}>
          {(sc) => (sc ? <AreaScoreTable sc={sc} sort={sort} base={`/wilayah/${area.kode}`} params={{ indikator, bulan: bulan ?? null, tren }} label="Indikator per wilayah" /> : <DashboardEmpty />)}
        </Deferred>
      </section>
      <Deferred read={reads.dashboard} fallback={<Skeleton label="Memuat grafik…" height={480} />}>
        {(data) => (data ? <DashboardSection data={data} childLabel={childLabel} kpis={false} trend={trend} /> : <DashboardEmpty />)}
      </Deferred>
    </>
  );
}
