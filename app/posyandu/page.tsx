import type { Metadata } from "next";
import { NavLink } from "@/components/ui/nav-link";
import { requireViewer } from "@/lib/auth/viewer";
import { canEnterData } from "@/lib/auth/scope";
import { isDemoData } from "@/lib/queries/deployment";
import { listPosyandu, listVillageOptions } from "@/lib/queries/registry";
import { z } from "@/lib/validations/z";
import { AppHeader } from "@/components/ui/app-header";
import { PosyanduTable } from "./_components/posyandu-table";
import { WilayahFilter } from "./_components/wilayah-filter";
import { Pager } from "./_components/pager";
import { buttonClass } from "./_components/form-parts";

export const metadata: Metadata = { title: "Posyandu" };
export const dynamic = "force-dynamic";

const querySchema = z.object({
  wilayah: z.string().regex(/^\d{2}\.\d{2}\.\d{2}\.\d{4}$/).optional().catch(undefined),
  halaman: z.coerce.number().int().min(1).max(100_000).catch(1),
});

export default async function PosyanduPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireViewer();
  const q = querySchema.parse(await searchParams);
  const [demo, villages, list] = await Promise.all([
    isDemoData(),
    listVillageOptions(viewer),
    listPosyandu(viewer, { kelurahanCode: q.wilayah ?? null, page: q.halaman }),
  ]);
  const canEdit = canEnterData(viewer.role);
  const href = (page: number) => `/posyandu?${new URLSearchParams({ ...(q.wilayah ? { wilayah: q.wilayah } : {}), halaman: String(page) })}`;
  return (
    <>
      <AppHeader viewer={viewer} demo={demo} />
      <main className="mx-auto max-w-6xl space-y-4 px-4 py-6">
        <div className="flex flex-wrap items-end justify-between gap-3">
          <div className="min-w-0">
            <h1 className="text-2xl font-semibold">Posyandu</h1>
            <p className="text-sm text-slate-600">Daftar posyandu di wilayah Anda beserta jumlah kader aktifnya.{canEdit ? " Tambah atau ubah data posyandu dan kadernya di sini." : ""}</p>
          </div>
          {canEdit && (
            <NavLink href={q.wilayah ? `/posyandu/baru?wilayah=${q.wilayah}` : "/posyandu/baru"} className={buttonClass}>Tambah posyandu</NavLink>
          )}
        </div>
        <WilayahFilter villages={villages} active={q.wilayah ?? null} />
        <PosyanduTable rows={list.rows} canEdit={canEdit} />
        <Pager page={list.page} pageSize={list.pageSize} total={list.total} href={href} />
      </main>
    </>
  );
}
