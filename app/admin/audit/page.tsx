import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { canManage } from "@/lib/auth/scope";
import { isDemoData } from "@/lib/queries/deployment";
import { listAuditEntities, listAuditLog } from "@/lib/queries/audit";
import { z } from "@/lib/validations/z";
import { AppHeader } from "@/components/ui/app-header";
import { Pager } from "@/app/posyandu/_components/pager";
import { AdminNav } from "../_components/admin-nav";
import { AuditTable, ENTITY } from "./_components/audit-table";

export const metadata: Metadata = { title: "Log audit" };
export const dynamic = "force-dynamic";

const querySchema = z.object({
  halaman: z.coerce.number().int().min(1).max(1_000_000).catch(1),
  entitas: z.string().regex(/^[A-Za-z]{1,40}$/).optional().catch(undefined),
});

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireViewer();
  if (!canManage(viewer.role)) notFound();
  const q = querySchema.parse(await searchParams);
  const [demo, log, entities] = await Promise.all([isDemoData(), listAuditLog(viewer, { page: q.halaman, entity: q.entitas ?? null }), listAuditEntities(viewer)]);
  const href = (page: number) => `/admin/audit?${new URLSearchParams({ ...(q.entitas ? { entitas: q.entitas } : {}), halaman: String(page) })}`;
  return (
    <>
      <AppHeader viewer={viewer} demo={demo} />
      <main className="mx-auto max-w-6xl space-y-4 px-4 py-6">
        <AdminNav active="/admin/audit" title="Log audit">
          Siapa mengubah apa dan kapan, terbaru di atas. Tercatat perubahan oleh pengguna di wilayah Anda, dan perubahan oleh sistem (CLI) yang menyangkut pengguna di wilayah Anda.
        </AdminNav>
        <form method="get" className="flex flex-wrap items-end gap-2">
          <label className="min-w-0 text-sm">
            <span className="block text-slate-700">Jenis data</span>
            <select name="entitas" defaultValue={q.entitas ?? ""} className="mt-1 w-full max-w-xs rounded border border-slate-300 bg-white px-2 py-1.5">
              <option value="">Semua</option>
              {entities.map((e) => <option key={e} value={e}>{ENTITY[e] ?? e}</option>)}
            </select>
          </label>
          <button type="submit" className="rounded border border-slate-300 bg-white px-3 py-1.5 text-sm hover:border-brand-600">Tampilkan</button>
        </form>
        <AuditTable rows={log.rows} />
        <Pager page={log.page} pageSize={log.pageSize} total={log.total} href={href} />
      </main>
    </>
  );
}
