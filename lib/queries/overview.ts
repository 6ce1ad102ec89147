// The overview of a viewer's scope: how many kecamatan, kelurahan, posyandu
// and active kader, and the same per kelurahan. Every read is scoped.
import "server-only";
import { db } from "../db/client";
import { areaWhere, posyanduWhere, scopeOf, type Viewer } from "../auth/scope";
import { cachedByScope } from "./cache";
import { codesBelow } from "../wilayah/codes";

export type OverviewRow = {
  code: string;
  name: string;
  level: string;
  kecamatanCode: string;
  kecamatanName: string;
  posyandu: number;
  kaderAktif: number;
};

export type Overview = {
  scopeName: string;
  scopeCode: string | null;
  kecamatan: number;
  kelurahan: number;
  posyandu: number;
  kaderAktif: number;
  /** Per kelurahan/desa; empty for a province (thousands of desa: its ringkasan shows kab/kota instead). */
  rows: OverviewRow[];
};

const VILLAGE_LEVELS = ["KELURAHAN", "DESA", "DESA_ADAT"] as const;

/**
 * Counts for the viewer's area. "Kader aktif" = active kader with an open
 * membership (no end date) at an active posyandu, counted per posyandu.
 */
async function getOverviewUncached(viewer: Viewer): Promise<Overview> {
  const scope = scopeOf(viewer);
  if (scope.kind === "subtree" && scope.root.split(".").length === 1) {
    const [totals, scopeName] = await Promise.all([provinceTotals(scope.root), scopeLabel(viewer, scope.root)]);
    return { scopeName, scopeCode: scope.root, ...totals, rows: [] };
  }
  const client = db();
  const [villages, posyandu, memberships, scopeArea] = await Promise.all([
    client.area.findMany({
      where: { AND: [areaWhere(scope), { level: { in: [...VILLAGE_LEVELS] } }] },
      select: { code: true, name: true, level: true, parentCode: true, parent: { select: { name: true } } },
      orderBy: { code: "asc" },
    }),
    client.posyandu.findMany({ where: { ...posyanduWhere(scope), active: true }, select: { id: true, kelurahanCode: true } }),
    client.kaderMembership.groupBy({
      by: ["posyanduId"],
      where: { endDate: null, kader: { active: true }, posyandu: { ...posyanduWhere(scope), active: true } },
      _count: { kaderId: true },
    }),
    scopeLabel(viewer, scope.kind === "subtree" ? scope.root : null),
  ]);

  const kelurahanOf = new Map(posyandu.map((p) => [p.id, p.kelurahanCode]));
  const posyanduPer = new Map<string, number>();
  for (const p of posyandu) posyanduPer.set(p.kelurahanCode, (posyanduPer.get(p.kelurahanCode) ?? 0) + 1);
  const kaderPer = new Map<string, number>();
  for (const m of memberships) {
    const kel = kelurahanOf.get(m.posyanduId);
    if (kel) kaderPer.set(kel, (kaderPer.get(kel) ?? 0) + m._count.kaderId);
  }

  const rows: OverviewRow[] = villages.map((v) => ({
    code: v.code,
    name: v.name,
    level: v.level,
    kecamatanCode: v.parentCode ?? "",
    kecamatanName: v.parent?.name ?? "",
    posyandu: posyanduPer.get(v.code) ?? 0,
    kaderAktif: kaderPer.get(v.code) ?? 0,
  }));
  return {
    scopeName: scopeArea,
    scopeCode: scope.kind === "subtree" ? scope.root : null,
    kecamatan: new Set(rows.map((r) => r.kecamatanCode)).size,
    kelurahan: rows.length,
    posyandu: posyandu.length,
    kaderAktif: rows.reduce((s, r) => s + r.kaderAktif, 0),
    rows,
  };
}

/**
 * Cached per scope and the registry's version (lib/queries/cache.ts): it reads only the area tree, posyandu, kader
 * and puskesmas, so a saved report or nutrition import keeps it (at province scale it costs ≈ 1 s on PostgreSQL).
 */
export const getOverview = cachedByScope("overview", getOverviewUncached, { dependsOn: ["registry"] });

/**
 * A province's counts, the same as summing its kelurahan rows, in one statement: per-row reads of 46,000
 * posyandu and 250,000 memberships took ≈ 0.6–2 s, the largest part of the first ringkasan after a write.
 * The scope conditions are those of areaWhere/posyanduWhere (lib/auth/scope.ts) for a province root.
 * Active kader = open memberships at active posyandu minus those of inactive kader (the inactive are few,
 * so SQLite looks them up by kaderId instead of checking the kader of every membership).
 */
async function provinceTotals(root: string): Promise<Pick<Overview, "kecamatan" | "kelurahan" | "posyandu" | "kaderAktif">> {
  // codesBelow's range, not LIKE: the same rows, and an index can serve it (lib/wilayah/codes.ts).
  const { gte, lt } = codesBelow(root);
  const [r] = await db().$queryRaw<Record<"kelurahan" | "kecamatan" | "posyandu" | "terbuka" | "terbukaNonaktif", bigint | number>[]>`
    SELECT
      (SELECT COUNT(*) FROM "Area" WHERE ("code" = ${root} OR ("code" >= ${gte} AND "code" < ${lt})) AND "level" IN ('KELURAHAN', 'DESA', 'DESA_ADAT')) AS "kelurahan",
      (SELECT COUNT(DISTINCT COALESCE("parentCode", '')) FROM "Area" WHERE ("code" = ${root} OR ("code" >= ${gte} AND "code" < ${lt})) AND "level" IN ('KELURAHAN', 'DESA', 'DESA_ADAT')) AS "kecamatan",
      (SELECT COUNT(*) FROM "Posyandu" WHERE "active" = true AND "kabKotaCode" >= ${gte} AND "kabKotaCode" < ${lt}) AS "posyandu",
      (SELECT COUNT(*) FROM "Posyandu" p JOIN "KaderMembership" m ON m."posyanduId" = p."id"
        WHERE m."endDate" IS NULL AND p."active" = true AND p."kabKotaCode" >= ${gte} AND p."kabKotaCode" < ${lt}) AS "terbuka",
      (SELECT COUNT(*) FROM "KaderMembership" m JOIN "Posyandu" p ON p."id" = m."posyanduId"
        WHERE m."endDate" IS NULL AND m."kaderId" IN (SELECT "id" FROM "Kader" WHERE "active" = false)
          AND p."active" = true AND p."kabKotaCode" >= ${gte} AND p."kabKotaCode" < ${lt}) AS "terbukaNonaktif"`;
  const n = (v: bigint | number | undefined) => Number(v ?? 0);
  return { kelurahan: n(r?.kelurahan), kecamatan: n(r?.kecamatan), posyandu: n(r?.posyandu), kaderAktif: n(r?.terbuka) - n(r?.terbukaNonaktif) };
}

/** "Kota Metro", "Metro Pusat" or "Wilayah kerja Puskesmas Metro". */
async function scopeLabel(viewer: Viewer, root: string | null): Promise<string> {
  if (root) {
    const area = await db().area.findUnique({ where: { code: root }, select: { name: true, level: true } });
    if (!area) return root;
    return area.level === "KECAMATAN" ? `Kecamatan ${area.name}` : area.level === "KELURAHAN" ? `Kelurahan ${area.name}` : area.name;
  }
  if (viewer.puskesmasId) {
    const p = await db().puskesmas.findUnique({ where: { id: viewer.puskesmasId }, select: { name: true } });
    if (p) return `Wilayah kerja ${p.name}`;
  }
  return "Tanpa wilayah";
}
