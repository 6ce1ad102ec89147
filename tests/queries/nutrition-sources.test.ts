// Nutrition sources are never mixed in one figure; what a figure leaves out is named, and a kota map takes one
// source for all its kelurahan (lib/indicators/nutrition-sources.ts, docs/indicators.md).
import { beforeAll, describe, expect, it } from "vitest";
import { demoDb, type DemoDb } from "../helpers/demo-db";
import { getIndicatorReport } from "@/lib/queries/indicators";
import { getMapData } from "@/lib/queries/map";
import { getScorecard } from "@/lib/queries/scorecard";
import { getDashboard } from "@/lib/queries/dashboard";
import { dropEppgbm as drop, importManual as manual, kelurahanBelow } from "../helpers/nutrition-mix";
import { cellView } from "@/app/_components/score-cell";
import { scoreTitle } from "@/app/_components/score-rows";
import { tableView } from "@/app/_components/area-score-table";
import type { Rate } from "@/lib/indicators/rate";
import { addAgendaItem, createMeeting } from "@/lib/actions/meetings";
import { lockMeeting } from "@/lib/actions/meeting-lock";
import { getMeetingView } from "@/lib/queries/meeting-view";
import { meetingDocumentBody } from "@/lib/export/meeting-document";
import { readSnapshot } from "@/lib/meetings/snapshot";
import { formatInt } from "@/lib/format";
import { scorecardCsv, scorecardXlsx } from "@/lib/export/scorecard";
import ExcelJS from "exceljs";

const PERIOD = "2026-08";
const stunting = (r: { indikator: Record<string, object> }) => r.indikator.stunting as Rate;

describe("nutrition figures and the sources they leave out", () => {
  let t: DemoDb;
  let kec: string;
  let kecOther: string;
  let both: string; // a kelurahan with e-PPGBM and manual rows
  let manualOnly: string; // a kelurahan with manual rows only
  let bothBefore: Rate;
  const importManual = (kelurahan: string[]) => manual(t, kelurahan, PERIOD);
  const dropEppgbm = (kelurahan: string[]) => drop(t, kelurahan, PERIOD);

  beforeAll(async () => {
    t = await demoDb();
    const kecamatan = [...new Set(t.data.posyandu.map((p) => p.kelurahanCode.slice(0, 8)))].sort();
    [kec, kecOther] = [kecamatan[0]!, kecamatan[1]!];
    const kel = kelurahanBelow(t, kec);
    [both, manualOnly] = [kel[0]!, kel[1]!];
    bothBefore = stunting((await getIndicatorReport(t.viewers.admin, kec, { periode: PERIOD })).anak.find((a) => a.wilayah.kode === both)!);
    expect(bothBefore.nilai).not.toBeNull();
  });

  it("keeps a kecamatan's table on one source and says which kelurahan have data through another", async () => {
    const nBoth = await importManual([both]);
    await dropEppgbm([manualOnly]);
    const nManual = await importManual([manualOnly]);
    const report = await getIndicatorReport(t.viewers.admin, kec, { periode: PERIOD });
    expect(report.sumber_gizi).toBe("EPPGBM");
    const row = (code: string) => stunting(report.anak.find((a) => a.wilayah.kode === code)!);
    // The e-PPGBM figure is unchanged by the manual rows; they are named, with their own n.
    expect(row(both)).toMatchObject({ nilai: bothBefore.nilai, n: bothBefore.n, sumber_lain: [{ sumber: "SIP", n: nBoth }] });
    // Only manual rows: no e-PPGBM figure, and the cell says the data exists elsewhere instead of looking empty.
    expect(row(manualOnly)).toMatchObject({ nilai: null, tidak_ada_data: true, sumber_lain: [{ sumber: "SIP", n: nManual }] });
    expect(stunting(report)).toMatchObject({ sumber_lain: [{ sumber: "SIP", n: nBoth + nManual }] });
    const untouched = report.anak.filter((a) => a.wilayah.kode !== both && a.wilayah.kode !== manualOnly);
    expect(untouched.length).toBeGreaterThan(0);
    for (const a of untouched) expect(stunting(a).sumber_lain).toBeUndefined();
    // The kelurahan's own page takes the source it has.
    const own = await getIndicatorReport(t.viewers.admin, manualOnly, { periode: PERIOD });
    expect(own.sumber_gizi).toBe("SIP");
    expect(stunting(own)).toMatchObject({ pembilang: (nManual / 40) * 10, penyebut: nManual });
    expect(stunting(own).sumber_lain).toBeUndefined();
  });

  it("writes it into the score table's hover text and a line under it, its CSV and XLSX downloads and the KPI card's rate", async () => {
    const sc = (await getScorecard(t.viewers.admin, kec, "2026-10"))!;
    expect(sc.periode.gizi).toBe(PERIOD);
    const cell = sc.rows.find((r) => r.kode === manualOnly)!.cells.stunting ?? null;
    const [, value, , , head, , leftOut] = cellView("stunting", cell);
    expect(value).toBe("—");
    const title = scoreTitle(head, { when: "Agustus 2026", sumber: "e-PPGBM" }, leftOut);
    expect(title).toMatch(/^tidak ada data · Agustus 2026 · e-PPGBM · juga ada data rekap manual \(n = \d[\d.]*\) yang tidak dihitung di sini/);
    // The downloads say it under the table, where a hover text does not reach.
    const row = sc.rows.find((r) => r.kode === manualOnly)!;
    const line = `Catatan: Satu angka memakai satu sumber; tidak dihitung di sini: data rekap manual dari ${sc.rows.filter((r) => r.cells.stunting?.sumber_lain).map((r) => `${r.nama} (n = ${formatInt(r.cells.stunting!.sumber_lain![0]!.n)})`).join(", ")}.`;
    expect(line).toContain(row.nama);
    // On the page too, as a visible line under the table (no hover on a projector).
    expect(`Catatan: ${tableView(sc, { urut: "wilayah", arah: "naik" }).note}.`).toBe(line);
    const csv = scorecardCsv(sc).split("\r\n");
    expect(csv.at(-3)).toMatch(/^"Periode: bulan 2026-10, gizi 2026-08 \(e-PPGBM\)/);
    expect(csv.at(-2)).toBe(`"${line}"`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await scorecardXlsx(sc)) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet("skor")!;
    expect(ws.getRow(ws.rowCount).getCell(1).value).toBe(line);
    const kpi = (await getDashboard(t.viewers.admin, kec, "2026-10"))!.kpis.find((k) => k.id === "stunting")!;
    expect(kpi.sumber).toBe("EPPGBM");
    expect(kpi.rate.sumber_lain?.[0]?.sumber).toBe("SIP");
  });

  it("keeps what a meeting's frozen figures leave out, and says it under the table and in the notulen", async () => {
    const TODAY = "2026-11-30";
    const camat = t.viewers.camat;
    const m = await createMeeting(t.db, camat, { areaCode: kec, title: "Rapat Pokjanal Agustus", date: "2026-11-25", place: "Aula kecamatan", kind: "RAPAT_RUTIN" }, TODAY);
    expect(m.ok).toBe(true);
    for (const kind of ["GRAFIK", "SKOR"]) expect((await addAgendaItem(t.db, camat, { meetingId: m.id!, title: `Stunting ${kind}`, kind, indicator: "stunting", areaCode: kec, period: PERIOD })).ok).toBe(true);
    expect((await lockMeeting(t.db, camat, m.id!, new Date("2026-11-25T03:00:00Z"), TODAY)).ok).toBe(true);
    const view = (await getMeetingView(camat, m.id!, TODAY))!;
    const [grafik, skor] = view.items;
    expect(grafik!.frozen).toBe(true);
    // Read back from the stored snapshot: the "—" row still knows its manual data and its n.
    const row = grafik!.figures.baris.find((b) => b.kode === manualOnly)!;
    expect(row.rate).toMatchObject({ nilai: null, sumber_lain: [{ sumber: "SIP" }] });
    const n = row.rate!.sumber_lain![0]!.n;
    expect(skor!.figures.skor!.baris.find((r) => r.kode === manualOnly)!.nilai.stunting).toMatchObject({ nilai: null, sumber_lain: [{ sumber: "SIP", n }] });
    const html = meetingDocumentBody(view, new Date("2026-11-30T00:00:00Z"));
    const named = (nama: string) => `${nama} (n = ${formatInt(n)})`;
    const bothRow = grafik!.figures.baris.find((b) => b.kode === both)!;
    const line = `Catatan: Satu angka memakai satu sumber; tidak dihitung di sini: data rekap manual dari ${[bothRow, row].sort((a, b) => a.kode.localeCompare(b.kode)).map((b) => `${b.nama} (n = ${formatInt(b.rate!.sumber_lain![0]!.n)})`).join(", ")}.`;
    expect(html).toContain(named(row.nama));
    expect(html.split(line).length - 1).toBe(2); // under the chart's table and under the score table
    // A snapshot frozen before sumber_lain was kept still reads (without the note).
    const old = JSON.parse(JSON.stringify(grafik!.figures), (k, v: unknown) => (k === "sumber_lain" ? undefined : v)) as object;
    expect(readSnapshot(JSON.stringify(old))?.baris.find((b) => b.kode === manualOnly)?.rate).toEqual({ nilai: null, pembilang: 0, penyebut: 0, n: 0, n_kecil: false });
  });

  it("colours a kota map's kelurahan from one source, though each kecamatan on its own would choose its own", async () => {
    const kelOther = kelurahanBelow(t, kecOther);
    await dropEppgbm(kelOther);
    await importManual(kelOther);
    // The kecamatan alone now has manual data only, so its own page shows manual figures.
    expect((await getIndicatorReport(t.viewers.admin, kecOther, { periode: PERIOD })).sumber_gizi).toBe("SIP");
    const map = await getMapData(t.viewers.admin, "18.72", "stunting", { periode: PERIOD });
    expect(map.report.sumber_gizi).toBe("EPPGBM");
    const inOther = map.rows.filter((r) => r.code.startsWith(`${kecOther}.`));
    expect(inOther).toHaveLength(kelOther.length);
    // Not manual figures beside e-PPGBM ones: no figure, and the manual data named.
    for (const r of inOther) expect(r.rate).toMatchObject({ nilai: null, sumber_lain: [{ sumber: "SIP" }] });
    expect(map.rows.filter((r) => !r.code.startsWith(`${kecOther}.`) && r.rate?.nilai !== null).length).toBeGreaterThan(5);
  });
});
