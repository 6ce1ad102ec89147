import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { getAreaContext } from "@/lib/queries/breadcrumbs";
import { isDemoData } from "@/lib/queries/deployment";
import { periodSchema } from "@/lib/validations/period";
import { trenSchema } from "@/lib/validations/view";
import { z } from "@/lib/validations/z";
import { decodeSegment } from "@/lib/route-params";
import { AppHeader } from "@/components/ui/app-header";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { MAP_INDICATOR_IDS } from "@/app/_components/indicator-map";
import { AreaView } from "./_components/area-view";
import { KelurahanView } from "./_components/kelurahan-view";

export const metadata: Metadata = { title: "Wilayah" };
export const dynamic = "force-dynamic";

const codeSchema = z.string().regex(/^\d{2}\.\d{2}(\.\d{2}(\.\d{4})?)?$/);
const querySchema = z.object({
  indikator: z.enum(MAP_INDICATOR_IDS).catch("stunting"),
  bulan: periodSchema.optional().catch(undefined),
  tren: trenSchema,
});

/** The page of a kota, kecamatan (map + table) or kelurahan (posyandu + trends); 404 outside the viewer's scope. */
export default async function WilayahPage({ params, searchParams }: { params: Promise<{ kode: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireViewer();
  const kode = codeSchema.safeParse(decodeSegment((await params).kode));
  if (!kode.success) notFound();
  const [area, demo] = await Promise.all([getAreaContext(viewer, kode.data), isDemoData()]);
  if (!area) notFound();
  const raw = await searchParams;
  const q = querySchema.parse(raw);
  const village = ["KELURAHAN", "DESA", "DESA_ADAT"].includes(area.level);
  return (
    <>
      <AppHeader viewer={viewer} demo={demo} />
      <main className="mx-auto max-w-6xl space-y-4 px-4 py-6">
        <Breadcrumbs trail={area.trail} />
        {village ? (
          <KelurahanView viewer={viewer} area={area} bulan={q.bulan} tren={q.tren} raw={raw} />
        ) : (
          <AreaView viewer={viewer} area={area} indikator={q.indikator} bulan={q.bulan} tren={q.tren} raw={raw} />
        )}
      </main>
    </>
  );
}
