// Loads the official area tree for a provinsi or kab/kota into Area, in one
// transaction. Idempotent: loading twice changes nothing.
import type { Db } from "../db/client";
import { loadableCodeSchema } from "../validations/wilayah";
import { officialSourceLabel, readOfficialAreas, type OfficialArea } from "./idn-area";
import { bumpDataVersion } from "../db/data-version";

export class WilayahError extends Error {}

export type WilayahLoadResult = {
  root: OfficialArea;
  inserted: number;
  updated: number;
  unchanged: number;
  perLevel: Record<string, number>;
};

const CHUNK = 2000;

/** Validates `rawCode`, reads the official list and upserts it; throws WilayahError in Indonesian. */
export async function loadWilayah(db: Db, rawCode: string): Promise<WilayahLoadResult> {
  const parsed = loadableCodeSchema.safeParse(rawCode);
  if (!parsed.success) throw new WilayahError(`${parsed.error.issues[0]?.message} (diterima: "${rawCode}")`);
  const code = parsed.data;
  const source = officialSourceLabel();
  const areas = readOfficialAreas(code);
  const root = areas.find((a) => a.code === code);
  if (!root) {
    throw new WilayahError(`Kode wilayah ${code} tidak ditemukan dalam data resmi Kemendagri (${source}).`);
  }

  const perLevel: Record<string, number> = {};
  for (const a of areas) perLevel[a.level] = (perLevel[a.level] ?? 0) + 1;

  return db.$transaction(
    async (tx) => {
      const existing = new Map<string, { name: string; level: string; parentCode: string | null }>();
      for (let i = 0; i < areas.length; i += CHUNK) {
        const codes = areas.slice(i, i + CHUNK).map((a) => a.code);
        const rows = await tx.area.findMany({ where: { code: { in: codes } }, select: { code: true, name: true, level: true, parentCode: true } });
        for (const r of rows) existing.set(r.code, r);
      }
      let inserted = 0;
      let updated = 0;
      let unchanged = 0;
      const fresh: OfficialArea[] = [];
      for (const a of areas) {
        const old = existing.get(a.code);
        if (!old) fresh.push(a);
        else if (old.name !== a.name || old.level !== a.level || old.parentCode !== a.parentCode) {
          await tx.area.update({ where: { code: a.code }, data: { name: a.name, level: a.level, parentCode: a.parentCode, source } });
          updated++;
        } else unchanged++;
      }
      // Parents before children (areas are read in that order) so foreign keys hold.
      for (let i = 0; i < fresh.length; i += CHUNK) {
        const batch = fresh.slice(i, i + CHUNK);
        await tx.area.createMany({ data: batch.map((a) => ({ ...a, source })) });
        inserted += batch.length;
      }
      if (inserted + updated > 0) await bumpDataVersion(tx);
      return { root, inserted, updated, unchanged, perLevel };
    },
    { timeout: 300_000, maxWait: 30_000 },
  );
}
