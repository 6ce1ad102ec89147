import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { canEnterData } from "@/lib/auth/scope";
import { isDemoData } from "@/lib/queries/deployment";
import { getNutritionEntry, listEntryPosyandu } from "@/lib/queries/entry";
import { saveNutritionAction } from "@/lib/actions/nutrition";
import { NUTRITION_GROUPS, NUTRITION_SOURCE_LABELS, parseNutritionParams, todayInJakarta } from "@/lib/validations/reports";
import { isMeasurementMonth, periodLabel } from "@/lib/period";
import { formatDate } from "@/lib/format";
import { AppHeader } from "@/components/ui/app-header";
import { EntryTabs } from "../laporan/_components/entry-tabs";
import { NutritionPicker } from "./_components/nutrition-picker";
import { NutritionForm } from "./_components/nutrition-form";

export const metadata: Metadata = { title: "Status gizi balita" };
export const dynamic = "force-dynamic";

export default async function NutritionPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireViewer();
  if (!canEnterData(viewer.role)) notFound();
  const today = todayInJakarta();
  const [params, posyandu, demo] = await Promise.all([searchParams, listEntryPosyandu(viewer), isDemoData()]);
  const { posyanduId, periode, sumber } = parseNutritionParams(params, posyandu.map((p) => p.id), today);
  const current = posyandu.find((p) => p.id === posyanduId);
  const stored = current ? await getNutritionEntry(viewer, current.id, periode, sumber) : null;
  const note = [
    stored ? `Data tersimpan, terakhir diubah ${formatDate(stored.updatedAt)}${stored.importBatchId ? ` (impor batch #${stored.importBatchId})` : ""}.` : "Belum ada data untuk pilihan ini.",
    isMeasurementMonth(periode) ? "" : "Perhatian: bulan ini bukan bulan penimbangan (Februari/Agustus).",
  ].join(" ");
  return (
    <>
      <AppHeader viewer={viewer} demo={demo} />
      <main className="mx-auto max-w-6xl space-y-6 px-4 py-6">
        <div>
          <h1 className="text-2xl font-semibold">Status gizi balita (agregat)</h1>
          <p className="text-sm text-slate-600">
            Jumlah balita per status gizi satu posyandu untuk satu bulan pengukuran dan satu sumber. Angka e-PPGBM, rekap manual dan survei disimpan
            terpisah dan tidak pernah dicampur.
          </p>
        </div>
        <EntryTabs active="/gizi" />
        {!current ? (
          <p className="rounded-lg border border-slate-200 bg-white p-4 text-slate-700 shadow-sm">Belum ada posyandu aktif dalam cakupan akun ini.</p>
        ) : (
          <>
            <NutritionPicker key={`${current.id}|${periode}|${sumber}`} posyandu={posyandu} posyanduId={current.id} periode={periode} sumber={sumber} maxPeriode={today.slice(0, 7)} />
            <NutritionForm key={`${current.id}|${periode}|${sumber}`} groups={NUTRITION_GROUPS} posyanduId={current.id} periode={periode} sumber={sumber}
              title={`${current.name} · ${periodLabel(periode)} · ${NUTRITION_SOURCE_LABELS[sumber]}`} note={note} stored={stored} action={saveNutritionAction} />
          </>
        )}
      </main>
    </>
  );
}
