import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { canViewArea, scopeOf } from "@/lib/auth/scope";
import { isDemoData } from "@/lib/queries/deployment";
import { latestPeriods } from "@/lib/queries/dashboard";
import { getMapData } from "@/lib/queries/map";
import { env } from "@/lib/env";
import { z } from "@/lib/validations/z";
import { periodSchema } from "@/lib/validations/period";
import { measurementFor } from "@/lib/period";
import { AppHeader } from "@/components/ui/app-header";
import { MAP_INDICATOR_IDS, NUTRITION_MAP_INDICATORS } from "@/app/_components/indicator-map";
import { sortSchema } from "@/lib/sort";
import { PetaView } from "./_components/peta-view";

export const metadata: Metadata = { title: "Peta" };
export const dynamic = "force-dynamic";

const querySchema = z.object({
  wilayah: z.string().regex(/^\d{2}(\.\d{2}(\.\d{2})?)?$/).optional().catch(undefined),
  indikator: z.enum(MAP_INDICATOR_IDS).catch("stunting"),
  periode: periodSchema.optional().catch(undefined),
});
// Worst first by default: the highest value of the chosen indicator on top.
const sortQuery = sortSchema(["nama", "kecamatan", "nilai", "n"], { urut: "nilai", arah: "turun" });

export default async function PetaPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireViewer();
  const raw = await searchParams;
  const q = querySchema.parse(raw);
  const sort = sortQuery.parse(raw);
  const root = viewer.scopeAreaCode;
  const wilayah = q.wilayah ?? (root && root.split(".").length <= 3 ? root : null);
  if (!wilayah || !canViewArea(scopeOf(viewer), wilayah)) notFound();
  const nutrition = NUTRITION_MAP_INDICATORS.has(q.indikator);
  const latest = await latestPeriods(wilayah);
  const bulan = q.periode ?? (nutrition ? latest.measurement : latest.shown);
  // Nutrition is measured in February and August: a month in between shows the last weighing up to it, as the
  // area pages do, instead of an empty map.
  const periode = nutrition && bulan ? measurementFor(bulan, latest.measurement) : bulan;
  const [demo, data] = await Promise.all([isDemoData(), periode ? getMapData(viewer, wilayah, q.indikator, { periode }) : null]);
  return (
    <>
      <AppHeader viewer={viewer} demo={demo} />
      <main className="mx-auto max-w-6xl space-y-4 px-4 py-6">
        <PetaView wilayah={wilayah} indikator={q.indikator} bulan={bulan} periode={periode} months={{ newest: latest.month, oldest: latest.first }} latest={latest} data={data} tileUrl={env().MAP_TILE_URL ?? null} sort={sort} />
      </main>
    </>
  );
}
