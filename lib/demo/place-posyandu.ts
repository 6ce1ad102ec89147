// Demo posyandu coordinates: spread on a small circle inside their kelurahan's
// schematic shape (deterministic), so the demo map can show markers. Real
// posyandu get their coordinates from the posyandu import or form.
import type { Db } from "../db/client";
import type { BoundaryFeature } from "../import/boundary";
import type { DemoDataset } from "./generate";
import { bumpDataVersion } from "../db/data-version";

/** Sets lat/lng of every demo posyandu around its kelurahan's centroid. */
export async function placeDemoPosyandu(db: Db, data: DemoDataset, shapes: BoundaryFeature[]): Promise<void> {
  const centre = new Map(shapes.map((s) => [s.code, s.centroid]));
  const byKel = new Map<string, string[]>();
  for (const p of data.posyandu) byKel.set(p.kelurahanCode, [...(byKel.get(p.kelurahanCode) ?? []), p.code]);
  await db.$transaction(async (tx) => {
    await bumpDataVersion(tx);
    for (const [kel, codes] of byKel) {
      const c = centre.get(kel);
      if (!c) continue;
      for (const [j, code] of codes.entries()) {
        const angle = (2 * Math.PI * j) / codes.length;
        const radius = 0.0035 * (0.5 + (0.5 * (j % 3)) / 2);
        const lng = Math.round((c[0] + radius * Math.cos(angle)) * 1e6) / 1e6;
        const lat = Math.round((c[1] + radius * Math.sin(angle)) * 1e6) / 1e6;
        await tx.posyandu.update({ where: { code }, data: { lat, lng } });
      }
    }
  });
}
