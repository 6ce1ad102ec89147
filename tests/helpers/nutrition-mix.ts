// Nutrition data through two sources on the Kota Metro demo (which has e-PPGBM only): manual SIP recap rows for
// some kelurahan, and the e-PPGBM rows of others removed, with the rollups every write refreshes.
import { expect } from "vitest";
import type { DemoDb } from "./demo-db";
import { runImport } from "@/lib/import/engine";
import { refreshRollups } from "@/lib/rollup/refresh";

const HEAD = "kode_posyandu,periode,sumber,diukur_tb,sangat_pendek,pendek,diukur_bb_tb,gizi_buruk,gizi_kurang,diukur_bb,bb_sangat_kurang,bb_kurang";

/** Manual (SIP recap) rows for every posyandu of `kelurahan` in `period`: 40 measured, 4 + 6 stunted (25 %) each. Returns the children measured. */
export async function importManual(t: DemoDb, kelurahan: string[], period: string): Promise<number> {
  const lines = t.data.posyandu.filter((p) => kelurahan.includes(p.kelurahanCode)).map((p) => `${p.code},${period},manual,40,4,6,40,1,2,40,1,3`);
  const out = await runImport(t.db, t.viewers.admin, "gizi", new TextEncoder().encode([HEAD, ...lines].join("\n")), "rekap-sip.csv", { dryRun: false, today: "2026-11-23" });
  expect(out.status).toBe("selesai");
  return lines.length * 40;
}

/** Removes the e-PPGBM rows of `kelurahan` for `period`. */
export async function dropEppgbm(t: DemoDb, kelurahan: string[], period: string): Promise<void> {
  await t.db.$transaction(async (tx) => {
    await tx.nutritionAggregate.deleteMany({ where: { period, source: "EPPGBM", posyandu: { kelurahanCode: { in: kelurahan } } } });
    await refreshRollups(tx, { kelurahanCodes: kelurahan, periods: [period], changes: ["nutrition"], kaderUnchanged: true });
  });
}

/** The demo's kelurahan codes below `prefix` (a kecamatan code), sorted. */
export function kelurahanBelow(t: DemoDb, prefix: string): string[] {
  return [...new Set(t.data.posyandu.filter((p) => p.kelurahanCode.startsWith(`${prefix}.`)).map((p) => p.kelurahanCode))].sort();
}
