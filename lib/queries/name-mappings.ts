import "server-only";
// The remembered e-PPGBM name mappings a viewer may see and remove: those whose target kelurahan is in their scope.
import type { Db } from "../db/client";
import { scopeOf, type Scope, type Viewer } from "../auth/scope";
import { codesBelow } from "../wilayah/codes";
import { splitKelurahanKey } from "../import/mapping";

/** Prisma `where` on NameMapping rows whose target kelurahan lies in the scope. */
function mappingWhere(scope: Scope) {
  if (scope.kind === "subtree") return { OR: [{ kelurahanCode: scope.root }, { kelurahanCode: codesBelow(scope.root) }] };
  if (scope.kind === "set") return { kelurahanCode: { in: scope.kelurahan } };
  return { kelurahanCode: { in: [] as string[] } };
}

export type NameMappingRow = { id: number; kind: "KELURAHAN" | "POSYANDU"; sourceName: string; kelurahan: string; posyandu: string | null; createdAt: Date };

/** The viewer's mappings, by kelurahan then spelling, with the names of their targets. */
export async function listNameMappings(client: Pick<Db, "nameMapping" | "area" | "posyandu">, viewer: Viewer): Promise<NameMappingRow[]> {
  const rows = await client.nameMapping.findMany({ where: mappingWhere(scopeOf(viewer)), select: { id: true, kind: true, sourceKey: true, kelurahanCode: true, posyanduId: true, createdAt: true } });
  const codes = [...new Set(rows.map((r) => r.kelurahanCode!))];
  const ids = rows.flatMap((r) => (r.posyanduId ? [r.posyanduId] : []));
  const [areas, posyandu] = await Promise.all([
    client.area.findMany({ where: { code: { in: codes } }, select: { code: true, name: true } }),
    client.posyandu.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } }),
  ]);
  const areaName = new Map(areas.map((a) => [a.code, a.name]));
  const posyanduName = new Map(posyandu.map((p) => [p.id, p.name]));
  return rows
    .map((r) => ({
      id: r.id,
      kind: r.kind === "POSYANDU" ? ("POSYANDU" as const) : ("KELURAHAN" as const),
      // Both keys end in "|name"; a kelurahan key starts with the kab/kota, a posyandu key with the kelurahan.
      sourceName: splitKelurahanKey(r.sourceKey).name,
      kelurahan: areaName.get(r.kelurahanCode!) ?? r.kelurahanCode!,
      posyandu: r.posyanduId ? (posyanduName.get(r.posyanduId) ?? `#${r.posyanduId}`) : null,
      createdAt: r.createdAt,
    }))
    .sort((a, b) => a.kelurahan.localeCompare(b.kelurahan, "id") || a.sourceName.localeCompare(b.sourceName, "id"));
}
