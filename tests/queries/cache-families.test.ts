// Reads keyed by data family (lib/queries/cache.ts `dependsOn`): the ringkasan's area/posyandu/kader counts and
// its worsened kelurahan stay cached across a monthly-report import (which cannot change them) and are recomputed
// by any write of their families, or by any write that does not say what it changed.
import { beforeAll, describe, expect, it } from "vitest";
import { demoDb, type DemoDb } from "../helpers/demo-db";
import { getDashboard } from "@/lib/queries/dashboard";
import { getOverview } from "@/lib/queries/overview";
import { worsenedKelurahan } from "@/lib/queries/dashboard-series";
import { deploymentNow } from "@/lib/queries/cache";
import { bumpDataVersion } from "@/lib/db/data-version";
import { runImport } from "@/lib/import/engine";
import { saveMonthlyGrid } from "@/lib/actions/reports";
import { saveNutrition } from "@/lib/actions/nutrition";
import { addMonths } from "@/lib/period";
import type { Rate } from "@/lib/indicators/rate";

const TODAY = "2026-11-23";
const LAPORAN = "kode_posyandu,periode,buka,kader_bertugas,s,k,d,n,bgm,t2";
const GIZI = "kode_posyandu,periode,sumber,diukur_tb,sangat_pendek,pendek,diukur_bb_tb,gizi_buruk,gizi_kurang,diukur_bb,bb_sangat_kurang,bb_kurang";
type Counted = Rate & { pembilang: number; penyebut: number };

describe("family-keyed reads", () => {
  let t: DemoDb;
  let code: string;
  const dashboard = async () => (await getDashboard(t.viewers.pimpinan, "18.72"))!;
  const kpi = async (id: string) => (await dashboard()).kpis.find((k) => k.id === id)!;
  const importCsv = async (kind: string, csv: string) => (await runImport(t.db, t.viewers.admin, kind, new TextEncoder().encode(csv), `${kind}.csv`, { dryRun: false, today: TODAY })).status;
  beforeAll(async () => {
    t = await demoDb();
    code = (await t.db.posyandu.findFirstOrThrow({ where: { kelurahanCode: "18.72.01.1001" }, orderBy: { id: "asc" } })).code;
  });

  it("a monthly-report import shows its D/S at once and keeps the counts and the worsened kelurahan", async () => {
    const overview = await getOverview(t.viewers.pimpinan);
    const before = await dashboard();
    const ds = before.kpis.find((k) => k.id === "d_s")!;
    expect(await importCsv("laporan-bulanan", `${LAPORAN}\n${code},${ds.periode},ya,6,540,400,460,300,1,1\n`)).toBe("selesai");
    const after = await dashboard();
    expect(after).not.toBe(before);
    expect((after.kpis.find((k) => k.id === "d_s")!.rate as Counted).penyebut).not.toBe((ds.rate as Counted).penyebut);
    // The same cached objects: nothing they read was written.
    expect(await getOverview(t.viewers.pimpinan)).toBe(overview);
    expect(after.worsened).toBe(before.worsened);
  });

  it("a nutrition import shows in the stunting card and the worsened kelurahan at once, and keeps the counts", async () => {
    const overview = await getOverview(t.viewers.pimpinan);
    const before = await dashboard();
    const stunting = (await kpi("stunting"))!;
    // Every child of the posyandu's kelurahan stunted: its rate rises, so it leads the worsened list.
    expect(await importCsv("gizi", `${GIZI}\n${code},${stunting.periode},eppgbm,400,200,200,400,1,4,400,2,7\n`)).toBe("selesai");
    const after = await dashboard();
    expect(after.worsened).not.toBe(before.worsened);
    expect(after.worsened).toEqual(JSON.parse(JSON.stringify(await worsenedKelurahan("18.72", stunting.periode, addMonths(stunting.periode, -6)))));
    expect(after.worsened[0]?.kode).toBe("18.72.01.1001");
    expect((after.kpis.find((k) => k.id === "stunting")!.rate as Counted).pembilang).not.toBe((stunting.rate as Counted).pembilang);
    expect(await getOverview(t.viewers.pimpinan)).toBe(overview);
  });

  it("the monthly grid and the nutrition form keep the counts too, and show their figures at once", async () => {
    const posyanduId = (await t.db.posyandu.findFirstOrThrow({ where: { code } })).id;
    const overview = await getOverview(t.viewers.pimpinan);
    const before = await dashboard();
    const ds = before.kpis.find((k) => k.id === "d_s")!;
    const grid = await saveMonthlyGrid(t.db, t.viewers.lurah, { periode: ds.periode, rows: [{ posyanduId, buka: true, kader_bertugas: "6", s: "530", k: "400", d: "450", n: "300", bgm: "1", t2: "1" }] }, TODAY);
    expect(grid.ok).toBe(true);
    const afterGrid = await dashboard();
    expect((afterGrid.kpis.find((k) => k.id === "d_s")!.rate as Counted).penyebut).not.toBe((ds.rate as Counted).penyebut);
    expect(await getOverview(t.viewers.pimpinan)).toBe(overview);
    expect(afterGrid.worsened).toBe(before.worsened);
    const stunting = (await kpi("stunting"))!;
    const form = await saveNutrition(t.db, t.viewers.lurah, { posyanduId, periode: stunting.periode, sumber: "eppgbm", diukur_tb: "300", sangat_pendek: "150", pendek: "140", diukur_bb_tb: "300", gizi_buruk: "1", gizi_kurang: "4", diukur_bb: "300", bb_sangat_kurang: "2", bb_kurang: "7" }, TODAY);
    expect(form.ok).toBe(true);
    const afterForm = await dashboard();
    expect(afterForm.worsened).not.toBe(afterGrid.worsened);
    expect((afterForm.kpis.find((k) => k.id === "stunting")!.rate as Counted).pembilang).not.toBe((stunting.rate as Counted).pembilang);
    expect(await getOverview(t.viewers.pimpinan)).toBe(overview);
  });

  it("a write that does not name its families recomputes everything", async () => {
    const overview = await getOverview(t.viewers.pimpinan);
    const worsened = (await dashboard()).worsened;
    await t.db.$transaction((tx) => bumpDataVersion(tx));
    expect(await getOverview(t.viewers.pimpinan)).not.toBe(overview);
    expect((await dashboard()).worsened).not.toBe(worsened);
  });

  it("replaces only the named families' tokens, and the data version always", async () => {
    const a = await deploymentNow();
    await t.db.$transaction((tx) => bumpDataVersion(tx, ["reports"]));
    const b = await deploymentNow();
    expect(b.version).not.toBe(a.version);
    expect(b.families.reports).not.toBe(a.families.reports);
    expect({ registry: b.families.registry, nutrition: b.families.nutrition }).toEqual({ registry: a.families.registry, nutrition: a.families.nutrition });
    await t.db.$transaction((tx) => bumpDataVersion(tx));
    const c = await deploymentNow();
    for (const f of ["registry", "reports", "nutrition"] as const) expect(c.families[f]).not.toBe(b.families[f]);
  });
});
