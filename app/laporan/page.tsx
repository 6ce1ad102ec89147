import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { canEnterData } from "@/lib/auth/scope";
import { isDemoData } from "@/lib/queries/deployment";
import { getMonthlyGrid, listEntryVillages } from "@/lib/queries/entry";
import { saveMonthlyGridAction } from "@/lib/actions/reports";
import { GRID_COLUMNS, parseGridParams, todayInJakarta } from "@/lib/validations/reports";
import { periodLabel } from "@/lib/period";
import { AppHeader } from "@/components/ui/app-header";
import { EntryTabs } from "./_components/entry-tabs";
import { GridPicker } from "./_components/grid-picker";
import { MonthlyGrid } from "./_components/monthly-grid";

export const metadata: Metadata = { title: "Laporan bulanan" };
export const dynamic = "force-dynamic";

export default async function MonthlyReportPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireViewer();
  if (!canEnterData(viewer.role)) notFound();
  const today = todayInJakarta();
  const [params, villages, demo] = await Promise.all([searchParams, listEntryVillages(viewer), isDemoData()]);
  const { wilayah, periode } = parseGridParams(params, villages.map((v) => v.code), today);
  const rows = wilayah ? await getMonthlyGrid(viewer, wilayah, periode) : [];
  const village = villages.find((v) => v.code === wilayah);
  return (
    <>
      <AppHeader viewer={viewer} demo={demo} />
      <main className="mx-auto max-w-6xl space-y-6 px-4 py-6">
        <div>
          <h1 className="text-2xl font-semibold">Laporan bulanan (SKDN)</h1>
          <p className="text-sm text-slate-600">
            Isi hasil penimbangan semua posyandu satu kelurahan sekaligus. Semua baris diperiksa dulu; bila ada satu baris yang salah, tidak ada yang
            disimpan. Baris yang tidak berubah tidak ditulis ulang.
          </p>
        </div>
        <EntryTabs active="/laporan" />
        {!wilayah || !village ? (
          <p className="rounded-lg border border-slate-200 bg-white p-4 text-slate-700 shadow-sm">
            Belum ada kelurahan/desa dalam cakupan akun ini. Hubungi admin untuk mengatur wilayah akun Anda.
          </p>
        ) : (
          <>
            <GridPicker key={`${wilayah}|${periode}`} villages={villages} wilayah={wilayah} periode={periode} maxPeriode={today.slice(0, 7)} />
            <MonthlyGrid key={`${wilayah}|${periode}`} rows={rows} columns={GRID_COLUMNS} periode={periode} title={`Kel. ${village.name} · ${periodLabel(periode)}`} action={saveMonthlyGridAction} />
          </>
        )}
      </main>
    </>
  );
}
