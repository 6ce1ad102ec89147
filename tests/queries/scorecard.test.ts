import { beforeAll, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { demoDb, type DemoDb } from "../helpers/demo-db";
import { getScorecard } from "@/lib/queries/scorecard";
import { getIndicatorReport } from "@/lib/queries/indicators";
import { scorecardCsv, scorecardXlsx } from "@/lib/export/scorecard";

describe("scorecard", () => {
  let t: DemoDb;
  beforeAll(async () => {
    t = await demoDb();
  });

  it("has one row per kecamatan with the engine's figures for the month, the latest Feb/Aug and the year", async () => {
    const sc = (await getScorecard(t.viewers.pimpinan, "18.72"))!;
    expect(sc.periode).toEqual({ bulan: "2026-10", gizi: "2026-08", tahun: 2026, tahunLabel: "2026 (s.d. Oktober, sementara)" });
    expect(sc.rows.map((r) => r.nama)).toEqual(["Metro Pusat", "Metro Utara", "Metro Barat", "Metro Timur", "Metro Selatan"]);
    const oct = await getIndicatorReport(t.viewers.pimpinan, "18.72.02", { periode: "2026-10" });
    const utara = sc.rows.find((r) => r.kode === "18.72.02")!;
    expect(utara.cells.d_s?.nilai).toBe((oct.indikator.d_s as { nilai: number }).nilai);
    expect(utara.cells.stunting?.perubahan?.dari).toBe("2026-02");
    expect(sc.total.cells.purnama_mandiri?.penyebut).toBe(t.data.posyandu.length);
  });

  it("names each column's own period and source: stunting in e-PPGBM at August, ≥ 5 kader from the kader data, strata per year", async () => {
    const sc = (await getScorecard(t.viewers.pimpinan, "18.72"))!;
    expect(Object.fromEntries(sc.columns.map((c) => [c.id, `${c.periode} ${c.sumber}`]))).toEqual({
      stunting: "2026-08 e-PPGBM",
      d_s: "2026-10 laporan bulanan (SIP)",
      kelengkapan_laporan: "2026-10 laporan bulanan",
      posyandu_kader_cukup: "2026-10 data kader",
      purnama_mandiri: "2026 laporan bulanan + profil tahunan",
      posyandu_aktif: "2026 laporan bulanan + profil tahunan + kader ber-SK",
    });
  });

  it("downloads as CSV and XLSX with the same numbers, formula-safe", async () => {
    const sc = structuredClone((await getScorecard(t.viewers.camat, "18.72.01"))!); // cached results are frozen
    sc.rows[0]!.nama = "=HYPERLINK(\"x\")"; // a hostile name must not become a formula
    const csv = scorecardCsv(sc);
    const lines = csv.replace(/^\uFEFF/, "").split("\r\n");
    expect(lines[0]!.startsWith("Kode;Wilayah;Prevalensi stunting (%)")).toBe(true);
    // line 1 = the total row, line 2 = the first child row
    expect(lines[2]!.split(";")[1]).toBe(`"'=HYPERLINK(""x"")"`);
    const stunting = sc.rows[1]!.cells.stunting!.nilai!;
    expect(lines[3]!.split(";")[2]).toBe(String(Math.round(stunting * 10) / 10).replace(".", ","));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await scorecardXlsx(sc)) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet("skor")!;
    expect(ws.getRow(4).getCell(3).value).toBe(Math.round(stunting * 10) / 10);
    expect(ws.getRow(3).getCell(2).value).toBe("=HYPERLINK(\"x\")");
    expect(ws.getRow(3).getCell(2).formula).toBeUndefined();
  });

  it("refuses an area outside the scope", async () => {
    await expect(getScorecard(t.viewers.camat, "18.72.02")).rejects.toThrow();
  });
});
