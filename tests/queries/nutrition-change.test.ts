// A change in stunting compares one source with itself (docs/indicators.md): where an area's data came through
// e-PPGBM in February and only a manual recap in August, no arrow, trend line, "kenaikan terbesar" entry, meeting
// delta or narrative sentence may present the difference between the two sources as a rise.
import { beforeAll, describe, expect, it } from "vitest";
import { demoDb, type DemoDb } from "../helpers/demo-db";
import { dropEppgbm, importManual, kelurahanBelow } from "../helpers/nutrition-mix";
import { getIndicatorReportWithChange } from "@/lib/queries/indicator-compare";
import { getDashboard } from "@/lib/queries/dashboard";
import { narrativeFacts } from "@/lib/queries/meeting-snapshot";
import { narrativeSentences } from "@/lib/meetings/narrative";
import { snapshotDelta } from "@/lib/meetings/delta";
import { EMPTY_SNAPSHOT, type Snapshot } from "@/lib/meetings/snapshot";
import type { RateWithChange } from "@/lib/queries/dashboard-series";

const NOW = "2026-08";
const BEFORE = "2026-02";

describe("stunting changes across nutrition sources", () => {
  let t: DemoDb;
  let kel: string; // e-PPGBM in February, manual recap only in August
  let kecManual: string; // every kelurahan likewise
  let kecManualKel: string[];

  beforeAll(async () => {
    t = await demoDb();
    const kecamatan = [...new Set(t.data.posyandu.map((p) => p.kelurahanCode.slice(0, 8)))].sort();
    kel = kelurahanBelow(t, kecamatan[0]!)[0]!;
    kecManual = kecamatan[2]!;
    kecManualKel = kelurahanBelow(t, kecManual);
    await dropEppgbm(t, [kel, ...kecManualKel], NOW);
    await importManual(t, [kel, ...kecManualKel], NOW);
  });

  it("gives the area's figure no change against the other source's earlier figure", async () => {
    const report = await getIndicatorReportWithChange(t.viewers.admin, kel, { periode: NOW });
    expect(report.sumber_gizi).toBe("SIP");
    const stunting = report.indikator.stunting as RateWithChange;
    expect(stunting.nilai).toBe(25);
    // February had e-PPGBM only: there is no February manual figure to compare with.
    expect(stunting.perubahan).toMatchObject({ dari: BEFORE, selisihPoin: null, arah: null });
    // A kelurahan whose sources did not change keeps its change.
    const other = await getIndicatorReportWithChange(t.viewers.admin, kelurahanBelow(t, kel.slice(0, 8))[1]!, { periode: NOW });
    expect((other.indikator.stunting as RateWithChange).perubahan?.selisihPoin).not.toBeNull();
  });

  it("draws the trend and the KPI card in the latest period's source, earlier periods left as gaps that name their data", async () => {
    const dash = (await getDashboard(t.viewers.admin, kel, "2026-10"))!;
    const kpi = dash.kpis.find((k) => k.id === "stunting")!;
    expect(kpi.sumber).toBe("SIP");
    expect(kpi.rate.perubahan?.selisihPoin ?? null).toBeNull();
    expect(kpi.series.values.at(-1)).toBe(25);
    expect(kpi.series.values.slice(0, -1).every((v) => v === null)).toBe(true);
    expect(dash.stuntingTrend.series[0]!.values.slice(0, -1).every((v) => v === null)).toBe(true);
    // The gaps name the e-PPGBM data they leave out, period by period.
    expect(dash.stuntingTrend.sumberLain.slice(0, -1).every((l) => l?.[0]?.sumber === "EPPGBM")).toBe(true);
    expect(dash.stuntingTrend.sumberLain.at(-1)).toBeNull();
  });

  it("lists no kelurahan as worsened when only the source changed", async () => {
    const dash = (await getDashboard(t.viewers.admin, "18.72", "2026-10"))!;
    expect(dash.worsened.length).toBeGreaterThan(0);
    expect(dash.worsened.filter((w) => w.kode.startsWith(`${kecManual}.`) || w.kode === kel)).toEqual([]);
  });

  it("writes no meeting delta or narrative comparison across sources", async () => {
    const snap = (sumber: string, nilai: number): Snapshot => ({
      ...EMPTY_SNAPSHOT("2026-11-25T00:00:00Z"),
      indikator: { id: "stunting", label: "Prevalensi stunting", polaritas: "turun-baik" },
      wilayah: { kode: kel, nama: "X" },
      sumber,
      total: { nilai, pembilang: nilai, penyebut: 100, n: 100, n_kecil: false },
    });
    expect(snapshotDelta(snap("e-PPGBM", 8), snap("rekap manual", 25))).toBeNull();
    expect(snapshotDelta(snap("e-PPGBM", 8), snap("e-PPGBM", 25))?.total).toMatchObject({ selisih: 17, arah: "memburuk" });

    const frozen = { rate: { nilai: 8, pembilang: 8, penyebut: 100, n: 100, n_kecil: false }, sumber: "e-PPGBM" };
    const facts = (await narrativeFacts(t.viewers.admin, { kode: kel, nama: "X" }, new Date("2026-11-25T00:00:00Z"), { date: new Date("2026-05-20T00:00:00Z"), stunting: new Map([[kel, frozen]]) }))!;
    expect(facts.stunting.kini?.nilai).toBe(25);
    expect(facts.stunting.dulu?.nilai ?? null).toBeNull();
    const sentence = narrativeSentences(facts).find((s) => s.includes("stunting"))!;
    expect(sentence).toMatch(/^Prevalensi stunting 25,0% \(n = \d+\) pada Agustus 2026\.$/);
    // Of the same source, the previous meeting's figure is the comparison.
    const same = (await narrativeFacts(t.viewers.admin, { kode: kel, nama: "X" }, new Date("2026-11-25T00:00:00Z"), { date: new Date("2026-05-20T00:00:00Z"), stunting: new Map([[kel, { ...frozen, sumber: "rekap manual" }]]) }))!;
    expect(narrativeSentences(same).find((s) => s.includes("stunting"))).toMatch(/^Prevalensi stunting naik 17,0 poin sejak rapat 20 Mei 2026, menjadi 25,0%/);
  });
});
