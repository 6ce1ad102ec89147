// Pages open on the month before the latest while the latest month's reports are still coming in, per area: the
// kelurahan whose posyandu have all reported opens on the new month, the kota around it on the month before.
import { beforeAll, describe, expect, it } from "vitest";
import { demoDb, type DemoDb } from "../helpers/demo-db";
import { getDashboard, latestPeriods } from "@/lib/queries/dashboard";
import { getScorecard } from "@/lib/queries/scorecard";
import { runImport } from "@/lib/import/engine";

describe("default month while the latest month is being reported", () => {
  let t: DemoDb;
  let kelurahan: string;
  let sent: number;
  beforeAll(async () => {
    t = await demoDb();
    kelurahan = t.viewers.lurah.scopeAreaCode!;
    const own = await t.db.posyandu.findMany({ where: { kelurahanCode: kelurahan, active: true }, select: { code: true } });
    sent = own.length;
    const lines = own.map((p) => `${p.code},2026-11,ya,5,40,38,30,20,2,1,0,0`);
    const csv = new TextEncoder().encode(["kode_posyandu,periode,buka,kader_bertugas,s,k,d,n,o,b,bgm,t2", ...lines].join("\n"));
    const out = await runImport(t.db, t.viewers.admin, "laporan-bulanan", csv, "laporan-november.csv", { dryRun: false, today: "2026-12-03" });
    expect(out.status).toBe("selesai");
  });

  it("opens the kota on October and names November's reports against October's", async () => {
    const octReports = (await t.db.areaMonth.findUnique({ where: { areaCode_period: { areaCode: "18.72", period: "2026-10" } } }))!.melapor;
    expect(sent).toBeGreaterThan(0);
    expect(sent * 2).toBeLessThan(octReports);
    expect(await latestPeriods("18.72")).toMatchObject({ month: "2026-11", shown: "2026-10", skipped: { bulan: { periode: "2026-11", melapor: sent }, sebelumnya: { periode: "2026-10", melapor: octReports } } });
    expect((await getDashboard(t.viewers.pimpinan, "18.72"))!.bulan).toBe("2026-10");
    expect((await getScorecard(t.viewers.pimpinan, "18.72"))!.periode.bulan).toBe("2026-10");
  });

  it("still opens November when it is asked for", async () => {
    expect((await getDashboard(t.viewers.pimpinan, "18.72", "2026-11"))!.bulan).toBe("2026-11");
  });

  it("opens the kelurahan whose posyandu have all reported on November", async () => {
    expect(await latestPeriods(kelurahan)).toMatchObject({ month: "2026-11", shown: "2026-11", skipped: null });
    expect((await getDashboard(t.viewers.lurah, kelurahan))!.bulan).toBe("2026-11");
  });
});
