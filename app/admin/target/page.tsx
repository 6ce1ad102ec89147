import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { canManage } from "@/lib/auth/scope";
import { isDemoData } from "@/lib/queries/deployment";
import { canEditNationalTargets, listScopeAreas, listTargets } from "@/lib/queries/admin";
import { deleteTargetAction, setTargetAction } from "@/lib/actions/admin";
import { todayJakarta } from "@/lib/validations/posyandu";
import { AppHeader } from "@/components/ui/app-header";
import { AdminNav } from "../_components/admin-nav";
import { TargetForm } from "./_components/target-form";
import { TargetTable } from "./_components/target-table";

export const metadata: Metadata = { title: "Target indikator" };
export const dynamic = "force-dynamic";

export default async function TargetPage() {
  const viewer = await requireViewer();
  if (!canManage(viewer.role)) notFound();
  const [demo, targets, areas, national] = await Promise.all([isDemoData(), listTargets(viewer), listScopeAreas(viewer), canEditNationalTargets(viewer)]);
  return (
    <>
      <AppHeader viewer={viewer} demo={demo} />
      <main className="mx-auto max-w-6xl space-y-4 px-4 py-6">
        <AdminNav active="/admin/target" title="Target indikator">
          Target nasional berlaku untuk semua wilayah kecuali wilayah yang punya target sendiri (kota, kecamatan atau kelurahan/desa).
        </AdminNav>
        <TargetForm action={setTargetAction} areas={areas} year={Number(todayJakarta().slice(0, 4))} national={national} />
        <TargetTable rows={targets} deleteAction={deleteTargetAction} nationalReadOnly={!national} />
      </main>
    </>
  );
}
