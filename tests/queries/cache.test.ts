// The read cache (lib/queries/cache.ts) must never show a figure a write has
// changed, nor one from another scope. Every case reads through the cached
// functions the pages use, writes through the real action cores or the
// importer, and reads again.
import { spawnSync } from "node:child_process";
import { beforeAll, describe, expect, it } from "vitest";
import { demoDb, type DemoDb } from "../helpers/demo-db";
import { getDashboard } from "@/lib/queries/dashboard";
import { getOverview } from "@/lib/queries/overview";
import { getIndicatorReportWithChange } from "@/lib/queries/indicator-compare";
import { dataVersion } from "@/lib/queries/cache";
import { saveMonthlyGrid } from "@/lib/actions/reports";
import { setTarget } from "@/lib/actions/admin";
import { endKaderService } from "@/lib/actions/kader";
import { runImport } from "@/lib/import/engine";
import type { Rate } from "@/lib/indicators/rate";

const TODAY = "2026-11-23";
type Counted = Rate & { pembilang: number; penyebut: number; target?: { nilai: number } | null };
const ds = async (t: DemoDb) => (await getDashboard(t.viewers.pimpinan, "18.72"))!.kpis.find((k) => k.id === "d_s")!.rate as Counted;

describe("read cache", () => {
  let t: DemoDb;
  let first: number;
  beforeAll(async () => {
    t = await demoDb();
    first = (await t.db.posyandu.findFirstOrThrow({ where: { kelurahanCode: "18.72.01.1001" }, orderBy: { id: "asc" } })).id;
  });

  it("answers a repeated read from the cache, frozen against changes by a caller", async () => {
    const a = await getDashboard(t.viewers.pimpinan, "18.72");
    const b = await getDashboard(t.viewers.pimpinan, "18.72");
    expect(b).toBe(a);
    expect(() => {
      (a!.kpis[0] as { label: string }).label = "diubah";
    }).toThrow(TypeError);
  });

  it("shows a monthly report saved through the form at once", async () => {
    const before = await ds(t);
    const saved = await saveMonthlyGrid(t.db, t.viewers.lurah, { periode: "2026-10", rows: [{ posyanduId: first, buka: true, kader_bertugas: "7", s: "500", k: "400", d: "450", n: "300", bgm: "1", t2: "1" }] }, TODAY);
    expect(saved.ok, JSON.stringify(saved)).toBe(true);
    const after = await ds(t);
    expect(after.penyebut).not.toBe(before.penyebut);
    // Equal to a read that bypasses the cache (the transaction-client path).
    const live = (await getIndicatorReportWithChange(t.viewers.pimpinan, "18.72", { periode: "2026-10" }, t.db)).indikator.d_s as Counted;
    expect({ p: after.pembilang, q: after.penyebut }).toEqual({ p: live.pembilang, q: live.penyebut });
  });

  it("shows an imported report, a new target and a kader who left", async () => {
    const code = (await t.db.posyandu.findUniqueOrThrow({ where: { id: first } })).code;
    const csv = `kode_posyandu,periode,buka,kader_bertugas,s,k,d,n,bgm,t2\n${code},2026-10,ya,6,520,400,460,300,1,1\n`;
    const before = await ds(t);
    expect((await runImport(t.db, t.viewers.admin, "laporan-bulanan", new TextEncoder().encode(csv), "l.csv", { dryRun: false, today: TODAY })).status).toBe("selesai");
    expect((await ds(t)).penyebut).toBe(before.penyebut + 20);

    expect((await setTarget(t.db, t.viewers.admin, { indicator: "d_s", year: "2026", areaCode: "18.72", value: "77", source: "Renstra" })).ok).toBe(true);
    expect((await ds(t)).target?.nilai).toBe(77);

    const kaderBefore = (await getOverview(t.viewers.lurah)).kaderAktif;
    const membership = await t.db.kaderMembership.findFirstOrThrow({ where: { posyanduId: first, endDate: null, kader: { active: true } }, include: { kader: true } });
    expect((await endKaderService(t.db, t.viewers.lurah, code, { kaderCode: membership.kader.code, endDate: "2026-11-01" }, TODAY)).ok).toBe(true);
    expect((await getOverview(t.viewers.lurah)).kaderAktif).toBe(kaderBefore - 1);
  });

  it("sees a write made by another process (the importer CLI)", async () => {
    const version = await dataVersion();
    const code = (await t.db.posyandu.findUniqueOrThrow({ where: { id: first } })).code;
    const before = await ds(t);
    const file = `${t.path}.cli.csv`;
    (await import("node:fs")).writeFileSync(file, `kode_posyandu,periode,buka,kader_bertugas,s,k,d,n,bgm,t2\n${code},2026-10,ya,6,530,400,460,300,1,1\n`);
    const run = spawnSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "--conditions=react-server", "scripts/impor.ts", "laporan-bulanan", file], { env: { ...process.env, DATABASE_URL: t.url }, encoding: "utf8" });
    expect(run.status, run.stderr).toBe(0);
    expect(await dataVersion()).not.toBe(version);
    expect((await ds(t)).penyebut).toBe(before.penyebut + 10);
  });

  it("keeps scopes apart: each scope gets its own cached figures, and a refusal is never cached as an answer", async () => {
    const kota = await getOverview(t.viewers.pimpinan);
    const puskesmas = await getOverview(t.viewers.puskesmas);
    expect(kota.kelurahan).toBe(22);
    expect(puskesmas.rows.map((r) => r.code)).toEqual(t.viewers.puskesmas.wilayahKerja.toSorted());
    expect(await getDashboard(t.viewers.pimpinan, "18.72")).toBeTruthy();
    await expect(getDashboard(t.viewers.camat, "18.72")).rejects.toThrow(/di luar cakupan/);
    await expect(getDashboard(t.viewers.camat, "18.72")).rejects.toThrow(/di luar cakupan/);
  });
});
