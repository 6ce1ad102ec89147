import { NavLink } from "@/components/ui/nav-link";
import type { getDashboard } from "@/lib/queries/dashboard";
import { formatDecimal } from "@/lib/format";
import { periodLabel } from "@/lib/period";
import { RUNNING_YEAR_MIN_MONTHS } from "@/lib/indicators/strata-distribution";
import { areaTitle, childrenLabel } from "@/lib/wilayah/codes";
import { StuntingTrendChart } from "@/components/charts/stunting-trend-chart";
import { StrataStackedChart } from "@/components/charts/strata-stacked-chart";
import { RateBarChart } from "@/components/charts/rate-bar-chart";
import { TREND_TOP_LINES, trendLinesLimited, trendLinesShown } from "@/lib/indicators/trend-lines";
import { leftOutNote } from "@/lib/indicators/nutrition-sources";
import { KpiCard } from "./kpi-card";

type Dashboard = NonNullable<Awaited<ReturnType<typeof getDashboard>>>;

const card = "rounded-lg border border-slate-200 bg-white p-4 shadow-sm";

/** The six headline cards (value, change, target, n, source, period, sparkline). */
export function KpiGrid({ data }: { data: Dashboard }) {
  return (
    <section aria-label="Indikator utama" className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-3">
      {data.kpis.map((k) => <KpiCard key={k.id} kpi={k} />)}
    </section>
  );
}

const SOURCE: Record<string, string> = { EPPGBM: "e-PPGBM (data rutin, bukan survei)", SIP: "rekap manual", SURVEI: "survei" };

/** Whether the trend shows every child line, and the link that switches (same page and other params). */
export type TrendView = { semua: boolean; href: (semua: boolean) => string };

/** The link of a trend switch: `base` with `params` (empty ones dropped), `tren=semua` or not, back at the chart. */
export function trendHref(base: string, params: Record<string, string | null | undefined>, semua: boolean): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v && k !== "tren") q.set(k, v);
  if (semua) q.set("tren", "semua");
  const query = q.toString();
  return `${base}${query ? `?${query}` : ""}#tren-stunting`;
}

/**
 * Stunting per Feb/Aug for the area (bold) and its children, against the target: with more than
 * TREND_ALL_LINES children only the highest few at the latest period (lib/indicators/trend-lines.ts), all on request.
 */
export function StuntingTrendSection({ data, childLabel, trend }: { data: Dashboard; childLabel: string; trend: TrendView }) {
  const t = data.stuntingTrend;
  const sumber = data.kpis.find((k) => k.id === "stunting")?.sumber ?? "";
  const title = areaTitle(data.current.wilayah.tingkat, data.current.wilayah.nama);
  const children = t.series.length - 1;
  const { lines, top } = trendLinesShown(t.ranking, t.measured, trend.semua);
  const series = [t.series[0]!, ...lines.map((i) => t.series[1 + i]!)];
  const switchable = trendLinesLimited(children);
  // Periods whose data came through another source are gaps in the line: say so, or they look like no data.
  const leftOut = leftOutNote(t.labels.map((p, i) => ({ nama: periodLabel(p), lain: t.sumberLain[i] ?? undefined })));
  // Before the first weighing with data (an early month picked) there is nothing to draw: say so, not an empty 0–1 % axis.
  if (t.series.every((s) => s.values.every((v) => v === null))) {
    return (
      <section aria-labelledby="tren-stunting" className={card}>
        <h2 id="tren-stunting" className="text-lg font-semibold">Prevalensi stunting per periode penimbangan</h2>
        <p className="mt-2 text-sm text-slate-700" data-no-trend>Belum ada data penimbangan (Februari/Agustus) untuk {title} sampai {periodLabel(data.bulan)}.</p>
      </section>
    );
  }
  return (
    <section aria-labelledby="tren-stunting" className={card}>
      <h2 id="tren-stunting" className="text-lg font-semibold">Prevalensi stunting per periode penimbangan</h2>
      <p className="text-sm text-slate-600">
        {title} (garis tebal) dan {top ? `${lines.length} dari ${children} ${childLabel} dengan prevalensi tertinggi${t.rankedAt ? ` pada ${periodLabel(t.rankedAt)}` : ""}` : `setiap ${childLabel}`}
        {t.target ? "; garis putus-putus = target" : ""}. Sumber: {SOURCE[sumber] ?? sumber}.
        {switchable && (
          <>
            {" "}
            <NavLink href={trend.href(!trend.semua)} className="text-brand-700 underline">
              {trend.semua ? `Tampilkan ${TREND_TOP_LINES} tertinggi saja` : `Tampilkan semua ${children} ${childLabel}`}
            </NavLink>
          </>
        )}
      </p>
      <StuntingTrendChart labels={t.labels.map(periodLabel)} series={series} target={t.target} download={{ fileName: `stunting-${data.current.wilayah.kode}`, title: `Prevalensi stunting ${title}`, source: `Sumber: ${SOURCE[sumber] ?? sumber} · Pantau Posyandu`, note: leftOut ? `Catatan: ${leftOut}.` : null }} />
      {leftOut && <p className="mt-2 text-xs text-amber-900" data-sumber-lain>Catatan: {leftOut}.</p>}
    </section>
  );
}

/** KPI cards, the stunting trend, strata and D/S per child area, and the kelurahan that worsened. */
export function DashboardSection({ data, childLabel, trend, kpis = true }: { data: Dashboard; childLabel: string; trend: TrendView; kpis?: boolean }) {
  return (
    <>
      {kpis && <KpiGrid data={data} />}
      <StuntingTrendSection data={data} childLabel={childLabel} trend={trend} />
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
        <section aria-labelledby="strata" className={card}>
          <h2 id="strata" className="text-lg font-semibold">Strata posyandu {data.tahunLabel}</h2>
          {data.strata.tercakup ? (
            <StrataStackedChart labels={data.strata.labels} counts={data.strata.counts} download={{ fileName: `strata-${data.current.wilayah.kode}-${data.tahun}`, title: `Strata posyandu ${data.current.wilayah.nama} ${data.tahunLabel}`, source: "Sumber: laporan bulanan + profil tahunan · Pantau Posyandu" }} />
          ) : (
            <p className="mt-2 text-sm text-slate-600" data-strata-tidak-tercakup>
              {data.strata.terlaluMuda && data.strata.sampai
                ? `Strata ${data.tahun} belum dinilai: data tahun ini baru sampai ${periodLabel(data.strata.sampai)}, sedangkan posyandu baru dapat mencapai Madya setelah buka ${RUNNING_YEAR_MIN_MONTHS} bulan.`
                : `Strata ${data.tahun} tidak dinilai: data baru ada sejak ${data.strata.dataMulai ? periodLabel(data.strata.dataMulai) : "—"}, sedangkan strata dihitung dari laporan setahun penuh (berapa bulan posyandu buka).`}
            </p>
          )}
        </section>
        <section aria-labelledby="ds" className={card}>
          <h2 id="ds" className="text-lg font-semibold">D/S per {childLabel}, {periodLabel(data.bulan)}</h2>
          <RateBarChart labels={data.ds.labels} values={data.ds.values} n={data.ds.n} nKecil={data.ds.nKecil} label="D/S" download={{ fileName: `ds-${data.current.wilayah.kode}-${data.bulan}`, title: `D/S per ${childLabel}, ${data.current.wilayah.nama}`, source: `Sumber: laporan bulanan ${periodLabel(data.bulan)} · Pantau Posyandu` }} />
        </section>
      </div>
      <WorsenedSection data={data} childLabel={childLabel} />
    </>
  );
}

/**
 * What the worsened list calls its areas: on a kecamatan page its children; above, the levels it lists (a
 * kabupaten's desa and kelurahan), or with an empty list what the area's villages usually are.
 */
export function villageLabel(data: Pick<Dashboard, "current" | "worsened">, childLabel: string): string {
  const level = data.current.wilayah.tingkat;
  if (level === "Kecamatan") return childLabel;
  return childrenLabel(data.worsened.map((w) => w.tingkat), level === "Kota" ? "kelurahan" : "desa/kelurahan");
}

/** The villages whose stunting rose most since the previous measurement, with n. */
export function WorsenedSection({ data, childLabel }: { data: Pick<Dashboard, "current" | "worsened">; childLabel: string }) {
  const villages = villageLabel(data, childLabel);
  // Desa and kelurahan in one list: each name says which it is.
  const mixed = new Set(data.worsened.map((w) => w.tingkat)).size > 1;
  return (
    <section aria-labelledby="memburuk" className={card}>
      <h2 id="memburuk" className="text-lg font-semibold">{villages[0]!.toUpperCase() + villages.slice(1)} dengan kenaikan stunting terbesar</h2>
      {data.worsened.length === 0 ? (
        <p className="text-sm text-slate-600">Tidak ada {villages} yang prevalensinya naik sejak periode sebelumnya.</p>
      ) : (
        <ol className="mt-2 space-y-1 text-sm">
          {data.worsened.map((w) => (
            <li key={w.kode} className="flex flex-wrap justify-between gap-2 border-b border-slate-100 py-1">
              <NavLink href={`/wilayah/${w.kode}`} className="text-brand-700 underline">{mixed ? areaTitle(w.tingkat, w.nama) : w.nama}</NavLink>
              <span className="num text-red-700">
                ▲ {formatDecimal(w.rate.perubahan!.selisihPoin!)} poin → {formatDecimal(w.rate.nilai ?? 0)}% (n = {w.rate.n}){w.rate.n_kecil ? " · n kecil" : ""}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** Shown when the area has no reports yet: where to put data in. */
export function DashboardEmpty() {
  return (
    <p className={`${card} text-slate-700`}>
      Belum ada laporan untuk wilayah ini. <NavLink href="/impor" className="text-brand-700 underline">Impor data</NavLink> atau{" "}
      <NavLink href="/laporan" className="text-brand-700 underline">isi laporan bulanan</NavLink> untuk melihat indikator.
    </p>
  );
}
