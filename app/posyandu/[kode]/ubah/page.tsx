import type { Metadata } from "next";
import { NavLink } from "@/components/ui/nav-link";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { canEnterData } from "@/lib/auth/scope";
import { isDemoData } from "@/lib/queries/deployment";
import { getPosyandu, listPuskesmasOptions, listVillageOptions } from "@/lib/queries/registry";
import { updatePosyanduAction } from "@/lib/actions/posyandu";
import { AppHeader } from "@/components/ui/app-header";
import { PosyanduForm } from "../../_components/posyandu-form";

export const metadata: Metadata = { title: "Ubah posyandu" };
export const dynamic = "force-dynamic";

const decimal = (n: number | null) => (n === null ? "" : String(n).replace(".", ","));

export default async function EditPosyanduPage({ params }: { params: Promise<{ kode: string }> }) {
  const { kode } = await params;
  const viewer = await requireViewer();
  if (!canEnterData(viewer.role)) notFound();
  const [demo, posyandu, villages, puskesmas] = await Promise.all([
    isDemoData(), getPosyandu(viewer, kode), listVillageOptions(viewer), listPuskesmasOptions(viewer),
  ]);
  if (!posyandu) notFound();
  const { code, name, kelurahanCode, puskesmasId, rw, address, ilp, active } = posyandu;
  const initial = { code, name, kelurahanCode, puskesmasId, rw, address, ilp, active, lat: decimal(posyandu.lat), lng: decimal(posyandu.lng) };
  return (
    <>
      <AppHeader viewer={viewer} demo={demo} />
      <main className="mx-auto max-w-3xl space-y-4 px-4 py-6">
        <div>
          <h1 className="break-words text-2xl font-semibold">Ubah posyandu {posyandu.name}</h1>
          <p className="text-sm text-slate-600">
            Kode {posyandu.code} · Kel. {posyandu.kelurahan.name}, Kec. {posyandu.kelurahan.parent?.name ?? "—"} ·{" "}
            <NavLink href={`/posyandu/${encodeURIComponent(posyandu.code)}/kader`} className="text-brand-700 underline">Kader posyandu ini</NavLink>
          </p>
        </div>
        <PosyanduForm action={updatePosyanduAction} mode="ubah" initial={initial} villages={villages} puskesmas={puskesmas} />
      </main>
    </>
  );
}
