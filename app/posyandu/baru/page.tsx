import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { canEnterData } from "@/lib/auth/scope";
import { isDemoData } from "@/lib/queries/deployment";
import { listPuskesmasOptions, listVillageOptions } from "@/lib/queries/registry";
import { createPosyanduAction } from "@/lib/actions/posyandu";
import { AppHeader } from "@/components/ui/app-header";
import { PosyanduForm } from "../_components/posyandu-form";

export const metadata: Metadata = { title: "Tambah posyandu" };
export const dynamic = "force-dynamic";

export default async function NewPosyanduPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireViewer();
  if (!canEnterData(viewer.role)) notFound();
  const { wilayah } = await searchParams;
  const [demo, villages, puskesmas] = await Promise.all([isDemoData(), listVillageOptions(viewer), listPuskesmasOptions(viewer)]);
  const kelurahanCode = villages.find((v) => v.code === wilayah)?.code ?? (villages.length === 1 ? villages[0]!.code : "");
  const initial = {
    code: "", name: "", kelurahanCode, puskesmasId: viewer.puskesmasId, rw: null, address: null, lat: "", lng: "", ilp: false, active: true,
  };
  return (
    <>
      <AppHeader viewer={viewer} demo={demo} />
      <main className="mx-auto max-w-3xl space-y-4 px-4 py-6">
        <div>
          <h1 className="text-2xl font-semibold">Tambah posyandu</h1>
          <p className="text-sm text-slate-600">Setelah disimpan, Anda dapat langsung mencatat kader posyandu ini.</p>
        </div>
        <PosyanduForm action={createPosyanduAction} mode="baru" initial={initial} villages={villages} puskesmas={puskesmas} />
      </main>
    </>
  );
}
