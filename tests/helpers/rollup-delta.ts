// Shared by the SQLite and PostgreSQL tests of the set-based refresh's
// AreaMonth by difference (lib/rollup/month-delta.ts): a write to reports,
// refreshed the way a large import refreshes, must leave exactly the rollups a
// full rebuild gives.
import type { Db } from "@/lib/db/client";
import { refreshRollups } from "@/lib/rollup/refresh";
import { rebuildAllRollups } from "@/lib/rollup/rebuild";
import { yearOf } from "@/lib/period";
import { rollupSnapshot } from "./demo-dump";

const LARGE = { timeout: 120_000 };

/** Applies `write` (returning what it touched) and the set-based refresh in one transaction; returns the rollups, then those of a full rebuild. */
export async function refreshedAndRebuilt(db: Db, write: (tx: Parameters<Parameters<Db["$transaction"]>[0]>[0]) => Promise<{ posyanduIds: number[]; periods: string[] }>, changes?: ("reports" | "nutrition" | "registry")[]) {
  await db.$transaction(async (tx) => {
    const t = await write(tx);
    await refreshRollups(tx, { ...t, years: t.periods.map(yearOf), kaderUnchanged: changes !== undefined, changes }, { sqlFrom: 0 });
  }, LARGE);
  const refreshed = await rollupSnapshot(db);
  await db.$transaction((tx) => rebuildAllRollups(tx), LARGE);
  return { refreshed, rebuilt: await rollupSnapshot(db) };
}

/** The kelurahan whose August reports the import-like write brings back (its rows are gone from every table first). */
async function emptiedKelurahan(db: Db) {
  const p = await db.posyandu.findFirstOrThrow({ where: { active: true }, orderBy: { id: "asc" } });
  const posyandu = await db.posyandu.findMany({ where: { kelurahanCode: p.kelurahanCode, active: true }, select: { id: true } });
  await db.monthlyReport.deleteMany({ where: { posyanduId: { in: posyandu.map((x) => x.id) }, period: "2026-08" } });
  await db.$transaction((tx) => rebuildAllRollups(tx), LARGE);
  return { kelurahanCode: p.kelurahanCode, ids: posyandu.map((x) => x.id) };
}

/**
 * An import's kind of change: counts changed in every kelurahan in two months, and reports for a kelurahan-month that
 * had none (a new kelurahan row, a later "data terakhir" above it). Returns that kelurahan too.
 */
export async function importLikeWrite(db: Db) {
  const emptied = await emptiedKelurahan(db);
  const result = await refreshedAndRebuilt(db, async (tx) => {
    const rows = await tx.monthlyReport.findMany({ where: { period: { in: ["2026-09", "2026-10"] } }, orderBy: { id: "asc" } });
    for (const r of rows) await tx.monthlyReport.update({ where: { id: r.id }, data: { s: (r.s ?? 0) + 1, d: r.d === null ? 3 : r.d + 1, opened: true } });
    for (const id of emptied.ids) await tx.monthlyReport.create({ data: { posyanduId: id, period: "2026-08", opened: true, s: 40, k: 30, d: 20, n: 10, source: "IMPOR" } });
    return { posyanduIds: [...rows.map((r) => r.posyanduId), ...emptied.ids], periods: ["2026-08", "2026-09", "2026-10"] };
  }, ["reports"]);
  return { ...result, kelurahanCode: emptied.kelurahanCode };
}

/** An undo's kind of change: a kelurahan-month's reports deleted (its row goes), and the latest entries elsewhere. */
export async function undoLikeWrite(db: Db, kelurahanCode: string) {
  return refreshedAndRebuilt(db, async (tx) => {
    const kel = await tx.monthlyReport.findMany({ where: { period: "2026-08", posyandu: { kelurahanCode } } });
    const latest = await tx.monthlyReport.findMany({ where: { period: "2026-10" }, orderBy: { enteredAt: "desc" }, take: 5 });
    const gone = [...kel, ...latest];
    await tx.monthlyReport.deleteMany({ where: { id: { in: gone.map((r) => r.id) } } });
    return { posyanduIds: gone.map((r) => r.posyanduId), periods: [...new Set(gone.map((r) => r.period))] };
  });
}
