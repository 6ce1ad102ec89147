import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { canViewArea, scopeOf } from "@/lib/auth/scope";
import { isDemoData } from "@/lib/queries/deployment";
import { getScorecard, SCORE_COLUMNS } from "@/lib/queries/scorecard";
import { latestPeriods } from "@/lib/queries/dashboard";
import { periodSchema } from "@/lib/validations/period";
import { z } from "@/lib/validations/z";
import { sortSchema } from "@/lib/sort";
import { AppHeader } from "@/components/ui/app-header";
import { ScoreTable } from "./_components/score-table";

export const metadata: Metadata = { title: "Skor" };
export const dynamic = "force-dynamic";

const querySchema = z.object({
  wilayah: z.string().regex(/^\d{2}\.\d{2}(\.\d{2})?$/).optional().catch(undefined),
  bulan: periodSchema.optional().catch(undefined),
});
const sortQuery = sortSchema(["wilayah", ...SCORE_COLUMNS.map((c) => c.id)], { urut: "wilayah", arah: "naik" });

export default async function SkorPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireViewer();
  const raw = await searchParams;
  const q = querySchema.parse(raw);
  const sort = sortQuery.parse(raw);
  const root = viewer.scopeAreaCode;
  const wilayah = q.wilayah ?? (root && root.split(".").length <= 3 ? root : null);
  if (!wilayah || !canViewArea(scopeOf(viewer), wilayah)) notFound();
  const [demo, sc, latest] = await Promise.all([isDemoData(), getScorecard(viewer, wilayah, q.bulan), latestPeriods(wilayah)]);
  return (
    <>
      <AppHeader viewer={viewer} demo={demo} />
      <main className="mx-auto max-w-6xl space-y-4 px-4 py-6">
        {sc ? <ScoreTable sc={sc} sort={sort} months={{ newest: latest.month, oldest: latest.first }} latest={latest} /> : <p className="rounded-lg border border-slate-200 bg-white p-4">Belum ada data untuk wilayah ini.</p>}
      </main>
    </>
  );
}
