// In January the new year has one month of reports: every posyandu would be Pratama and not Aktif. The pages show
// the finished year instead (the ringkasan, the scorecard, the kelurahan's posyandu table), the new year reads
// "tidak ada data" where it is asked for, and a posyandu's history lists it as not rated yet.
import { beforeAll, describe, expect, it } from "vitest";
import { demoDb, type DemoDb } from "../helpers/demo-db";
import { getDashboard } from "@/lib/queries/dashboard";
import { getScorecard } from "@/lib/queries/scorecard";
import { getPosyanduStatus } from "@/lib/queries/kelurahan";
import { getPosyanduDetail } from "@/lib/queries/posyandu-detail";
import { getIndicatorReportWithChange } from "@/lib/queries/indicator-compare";
import { runImport } from "@/lib/import/engine";
import type { Rate } from "@/lib/indicators/rate";

describe("strata early in a new year", () => {
  let t: DemoDb;
  let before: Awaited<ReturnType<typeof getDashboard>>;
  beforeAll(async () => {
    t = await demoDb();
    before = await getDashboard(t.viewers.pimpinan, "18.72");
    const codes = t.data.posyandu.map((p) => p.code);
    const lines = ["2026-11", "2026-12", "2027-01"].flatMap((m) => codes.map((c) => `${c},${m},ya,5,40,38,30,20,2,1,0,0`));
    const csv = new TextEncoder().encode(["kode_posyandu,periode,buka,kader_bertugas,s,k,d,n,o,b,bgm,t2", ...lines].join("\n"));
    const out = await runImport(t.db, t.viewers.admin, "laporan-bulanan", csv, "laporan.csv", { dryRun: false, today: "2027-02-10" });
    expect(out.status).toBe("selesai");
  });

  it("labelled 2026 provisional while the demo's data ran to October", () => {
    expect(before!.tahunLabel).toBe("2026 (s.d. Oktober, sementara)");
    expect(before!.kpis.find((k) => k.id === "posyandu_aktif")!.periode).toBe("2026 (s.d. Oktober, sementara)");
  });

  it("shows 2026's final Posyandu Aktif on the ringkasan in January 2027, not a 2027 of one month", async () => {
    const d = (await getDashboard(t.viewers.pimpinan, "18.72"))!;
    expect(d.bulan).toBe("2027-01");
    expect(d.tahun).toBe("2026");
    expect(d.tahunLabel).toBe("2026");
    const aktif = d.kpis.find((k) => k.id === "posyandu_aktif")!;
    const y2026 = (await getIndicatorReportWithChange(t.viewers.pimpinan, "18.72", { tahun: 2026 })).indikator.posyandu_aktif as Rate;
    expect(aktif.periode).toBe("2026");
    expect(aktif.rate.nilai).toBe(y2026.nilai);
    expect(aktif.rate.nilai).toBeGreaterThan(0);
    expect(d.strata.tercakup).toBe(true);
  });

  it("gives 2027 no value and no change where it is asked for", async () => {
    const r = await getIndicatorReportWithChange(t.viewers.pimpinan, "18.72", { tahun: 2027 });
    expect((r.indikator.posyandu_aktif as Rate).tidak_ada_data).toBe(true);
    expect((r.indikator.purnama_mandiri as Rate).tidak_ada_data).toBe(true);
  });

  it("puts 2026 in the scorecard's strata columns and the kelurahan's posyandu table", async () => {
    const sc = (await getScorecard(t.viewers.pimpinan, "18.72"))!;
    expect(sc.periode).toMatchObject({ bulan: "2027-01", tahun: 2026, tahunLabel: "2026" });
    const kel = t.viewers.lurah.scopeAreaCode!;
    const rows = await getPosyanduStatus(t.viewers.lurah, kel, "2027-01", null);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.strata?.tahun === 2026)).toBe(true);
  });

  it("lists 2027 on a posyandu's history as not rated yet, up to January", async () => {
    const code = t.data.posyandu.find((p) => p.kelurahanCode === t.viewers.lurah.scopeAreaCode)!.code;
    const detail = (await getPosyanduDetail(t.viewers.lurah, code))!;
    expect(detail.strata[0]).toMatchObject({ tahun: 2027, dinilai: false, sampai: "2027-01" });
    expect(detail.strata[1]).toMatchObject({ tahun: 2026, dinilai: true, sampai: null });
  });
});
