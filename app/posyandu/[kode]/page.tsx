import type { Metadata } from "next";
import { NavLink } from "@/components/ui/nav-link";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { canEnterData } from "@/lib/auth/scope";
import { isDemoData } from "@/lib/queries/deployment";
import { getPosyanduDetail } from "@/lib/queries/posyandu-detail";
import { posyanduSkdnSeries } from "@/lib/queries/area-series";
import { getBreadcrumbs } from "@/lib/queries/breadcrumbs";
import { addMonths, periodLabel } from "@/lib/period";
import { periodSchema } from "@/lib/validations/period";
import { formatCoordinate, formatDate, rwLabel } from "@/lib/format";
import { z } from "@/lib/validations/z";
import { decodeSegment } from "@/lib/route-params";
import { AppHeader } from "@/components/ui/app-header";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { SkdnChart } from "@/components/charts/skdn-chart";
import { skdnLabels } from "@/app/_components/skdn-labels";
import { ViewFilters } from "@/app/_components/view-filters";
import { StrataHistory } from "./_components/strata-history";
import { NutritionTable } from "./_components/nutrition-table";
import { KaderSummary } from "./_components/kader-summary";

export const metadata: Metadata = { title: "Posyandu" };
export const dynamic = "force-dynamic";

const querySchema = z.object({ bulan: periodSchema.optional().catch(undefined) });
const card = "rounded-lg border border-slate-200 bg-white p-4 shadow-sm";

/** One posyandu: profile, monthly SKDN, strata history with reasons, kader and nutrition. 404 outside scope. */
export default async function PosyanduDetailPage({ params, searchParams }: { params: Promise<{ kode: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireViewer();
  const kode = decodeSegment((await params).kode);
  if (kode === null) notFound();
  const q = querySchema.parse(await searchParams);
  const [detail, demo] = await Promise.all([getPosyanduDetail(viewer, kode), isDemoData()]);
  if (!detail) notFound();
  const p = detail.profil;
  const end = q.bulan ?? detail.laporanTerakhir?.periode ?? null;
  const months = end ? Array.from({ length: 12 }, (_, i) => addMonths(end, i - 11)) : [];
  const [trail, skdn] = await Promise.all([getBreadcrumbs(viewer, p.kelurahanKode, { code: p.kode, name: p.nama }), months.length ? posyanduSkdnSeries(viewer, kode, months) : null]);
  const href = `/posyandu/${encodeURIComponent(p.kode)}`;
  const canEdit = canEnterData(viewer.role);
  // The header names the latest rated year (a year the data does not cover from January is not a rating).
  const latestStratum = detail.strata.find((y) => y.dinilai);
  return (
    <>
      <AppHeader viewer={viewer} demo={demo} />
      <main className="mx-auto max-w-6xl space-y-4 px-4 py-6">
        <Breadcrumbs trail={trail} />
        <div className="flex flex-wrap items-end justify-between gap-2">
          <div className="min-w-0">
            <h1 className="break-words text-2xl font-semibold">Posyandu {p.nama}</h1>
            <p className="text-sm text-slate-600">
              {latestStratum ? `${latestStratum.strata.charAt(0)}${latestStratum.strata.slice(1).toLowerCase()} (${latestStratum.tahun}${latestStratum.sampai ? ", sementara" : ""})` : "Strata belum dinilai"}
              {" · "}
              {detail.laporanTerakhir ? `laporan terakhir ${periodLabel(detail.laporanTerakhir.periode)}` : "belum ada laporan"}
              {!p.aktif && " · posyandu berhenti beroperasi"}
            </p>
          </div>
          <p className="text-sm">
            <NavLink className="text-brand-700 underline" href={`${href}/kader`}>Kader</NavLink>
            {canEdit && <> · <NavLink className="text-brand-700 underline" href={`${href}/ubah`}>Ubah data</NavLink> · <NavLink className="text-brand-700 underline" href={`/laporan?wilayah=${p.kelurahanKode}${end ? `&periode=${end}` : ""}`}>Isi laporan</NavLink></>}
          </p>
        </div>
        <section aria-labelledby="profil" className={card}>
          <h2 id="profil" className="text-lg font-semibold">Profil</h2>
          <dl className="mt-2 grid grid-cols-1 gap-x-6 gap-y-1 text-sm sm:grid-cols-2 lg:grid-cols-3">
            <Item label="Kode" value={p.kode} />
            <Item label="Kelurahan" value={`${p.kelurahan}, Kec. ${p.kecamatan}`} />
            <Item label="Puskesmas" value={p.puskesmas ?? "belum ditentukan"} />
            <Item label="RW / dusun" value={[p.rw && rwLabel(p.rw), p.dusun].filter(Boolean).join(" · ") || "—"} />
            <Item label="Alamat" value={p.alamat ?? "—"} />
            <Item label="ILP" value={p.ilp ? `ya${p.ilpSejak ? `, sejak ${formatDate(p.ilpSejak)}` : ""}` : "belum"} />
            <Item label="SK pembentukan" value={p.sk ?? "belum dicatat"} />
            <Item label="Koordinat" value={p.koordinat ? `lintang ${formatCoordinate(p.koordinat.lat)} · bujur ${formatCoordinate(p.koordinat.lng)}` : "belum ada"} />
          </dl>
        </section>
        <ViewFilters bulan={end} months={{ newest: detail.laporanTerakhir?.periode ?? null, oldest: detail.laporanPertama }} monthLabel="Sampai bulan" />
        <section aria-labelledby="skdn" className={card}>
          <h2 id="skdn" className="text-lg font-semibold">SKDN per bulan{end ? `, sampai ${periodLabel(end)}` : ""}</h2>
          <p className="text-sm text-slate-600">Batang = S, K, D, N dari laporan bulanan; garis = D/S (%). Bulan tanpa laporan kosong; bulan posyandu tidak buka ditandai &ldquo;tidak buka&rdquo;, tanpa D/S.</p>
          {skdn && skdn.melapor.some((m) => m > 0) ? (
            <SkdnChart labels={skdnLabels(skdn, true)} s={skdn.s} k={skdn.k} d={skdn.d} n={skdn.n} nd={skdn.nd} ds={skdn.ds.map((r, i) => (skdn.tutup[i] ? null : r?.nilai ?? null))} download={{ fileName: `skdn-${p.kode}`, title: `SKDN Posyandu ${p.nama}`, source: "Sumber: laporan bulanan · Pantau Posyandu" }} />
          ) : (
            <p className="mt-2 text-sm text-slate-700">Belum ada laporan bulanan untuk rentang ini. {canEdit && <NavLink href="/laporan" className="text-brand-700 underline">Isi laporan bulanan</NavLink>}</p>
          )}
        </section>
        <div className="grid grid-cols-1 gap-4 lg:grid-cols-3">
          <div className="lg:col-span-2"><StrataHistory years={detail.strata} mulai={detail.dataKelurahanMulai} /></div>
          <KaderSummary kader={detail.kader} href={`${href}/kader`} />
        </div>
        <NutritionTable rows={detail.gizi} />
      </main>
    </>
  );
}

function Item({ label, value }: { label: string; value: string }) {
  return (
    <div className="flex gap-2 border-b border-slate-100 py-1">
      <dt className="w-32 shrink-0 text-slate-600">{label}</dt>
      <dd className="min-w-0 break-words">{value}</dd>
    </div>
  );
}
