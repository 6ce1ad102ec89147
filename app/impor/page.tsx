import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { canEnterData, canManage } from "@/lib/auth/scope";
import { isDemoData } from "@/lib/queries/deployment";
import { listImportBatches } from "@/lib/queries/imports";
import { villagesInScope, posyanduInScope } from "@/lib/queries/import";
import { listNameMappings } from "@/lib/queries/name-mappings";
import { db } from "@/lib/db/client";
import { ALL_IMPORT_IDS, IMPORT_KINDS } from "@/lib/import/registry";
import { z } from "@/lib/validations/z";
import { AppHeader } from "@/components/ui/app-header";
import { KindTabs } from "./_components/kind-tabs";
import { UploadForm } from "./_components/upload-form";
import { BatchTable } from "./_components/batch-table";
import { MappingForm } from "./_components/mapping-form";
import { MappingList } from "./_components/mapping-list";

export const metadata: Metadata = { title: "Impor data" };
export const dynamic = "force-dynamic";


export default async function ImportPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireViewer();
  if (!canEnterData(viewer.role)) notFound();
  const jenis = z.enum(ALL_IMPORT_IDS as [string, ...string[]]).catch("laporan-bulanan").parse((await searchParams).jenis);
  const [demo, batches, villages, posyandu, mappings] = await Promise.all([
    isDemoData(),
    listImportBatches(viewer),
    jenis === "eppgbm" ? villagesInScope(db(), viewer) : [],
    jenis === "eppgbm" ? posyanduInScope(db(), viewer) : [],
    jenis === "eppgbm" ? listNameMappings(db(), viewer) : [],
  ]);
  const kind = IMPORT_KINDS.find((k) => k.id === jenis);
  return (
    <>
      <AppHeader viewer={viewer} demo={demo} />
      <main className="mx-auto max-w-6xl space-y-6 px-4 py-6">
        <div>
          <h1 className="text-2xl font-semibold">Impor data</h1>
          <p className="text-sm text-slate-600">
            Unggah berkas CSV atau XLSX. Semua baris diperiksa dulu; data baru ditulis setelah Anda menekan Simpan, dan berkas yang masih
            memiliki galat tidak ditulis sama sekali. Impor ulang berkas yang sama tidak menggandakan data.
          </p>
        </div>
        <KindTabs active={jenis} canBoundaries={canManage(viewer.role)} />
        <UploadForm jenis={jenis} label={kind?.label ?? "Batas wilayah (GeoJSON)"} hasTemplate={(kind?.columns.length ?? 0) > 0} />
        {jenis === "eppgbm" && (
          <MappingForm villages={villages.map((v) => ({ code: v.code, name: v.name }))} posyandu={posyandu.map((p) => ({ id: p.id, name: p.name, kelurahanCode: p.kelurahanCode }))} />
        )}
        {jenis === "eppgbm" && <MappingList mappings={mappings} />}
        <BatchTable batches={batches} canUndo={canManage(viewer.role)} />
      </main>
    </>
  );
}
