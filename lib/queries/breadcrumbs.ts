// The trail kota › kecamatan › kelurahan › posyandu above a page. Levels the
// viewer may not open (e.g. the kota for a camat) are shown without a link.
import "server-only";
import { db } from "../db/client";
import { canViewArea, scopeOf, type Viewer } from "../auth/scope";
import { areaTitle } from "../wilayah/codes";
import { cachedByScope } from "./cache";

export type Crumb = { label: string; href: string | null };

/** Ancestors of `code` from the kab/kota down, then the area itself, then an optional posyandu. */
async function getBreadcrumbsUncached(viewer: Viewer, code: string, posyandu?: { code: string; name: string }): Promise<Crumb[]> {
  const parts = code.split(".");
  const codes = parts.map((_, i) => parts.slice(0, i + 1).join(".")).filter((c) => c.split(".").length >= 2);
  const areas = await db().area.findMany({ where: { code: { in: codes } }, select: { code: true, name: true, level: true } });
  const byCode = new Map(areas.map((a) => [a.code, a]));
  const scope = scopeOf(viewer);
  const trail: Crumb[] = codes.flatMap((c) => {
    const a = byCode.get(c);
    if (!a) return [];
    const label = areaTitle(a.level, a.name);
    return [{ label, href: canViewArea(scope, c) ? `/wilayah/${c}` : null }];
  });
  if (posyandu) trail.push({ label: `Posyandu ${posyandu.name}`, href: `/posyandu/${encodeURIComponent(posyandu.code)}` });
  return trail;
}

/** Cached per data version and scope (lib/queries/cache.ts). */
export const getBreadcrumbs = cachedByScope("breadcrumbs", getBreadcrumbsUncached);

/** The area `code` with its trail, or null when it does not exist or lies outside the viewer's scope (→ 404). */
async function getAreaContextUncached(viewer: Viewer, code: string) {
  if (!canViewArea(scopeOf(viewer), code)) return null;
  const area = await db().area.findUnique({ where: { code }, select: { code: true, name: true, level: true } });
  if (!area) return null;
  return { kode: area.code, nama: area.name, level: area.level, judul: areaTitle(area.level, area.name), trail: await getBreadcrumbs(viewer, code) };
}

/** Cached per data version and scope (lib/queries/cache.ts). */
export const getAreaContext = cachedByScope("area-context", getAreaContextUncached);
