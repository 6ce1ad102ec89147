import { beforeAll, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { demoDb, type DemoDb } from "../helpers/demo-db";
import { runImport } from "@/lib/import/engine";
import { formatIssue } from "@/lib/import/issues";

const TODAY = "2026-11-23";
const enc = (s: string) => new TextEncoder().encode(s);
const HEADER = "kode_posyandu,periode,buka,kader_bertugas,s,k,d,n,bgm,t2,o,b";

// An operator fixing a file should see every problem after one upload, not the rule errors only after the cell errors.
describe("one round of errors", () => {
  let t: DemoDb;
  let own: string;
  beforeAll(async () => {
    t = await demoDb();
    own = t.data.posyandu.find((p) => p.kelurahanCode === "18.72.01.1001")!.code;
  });
  const run = (kind: string, text: string | Uint8Array, name = "data.csv", dryRun = false) =>
    runImport(t.db, t.viewers.lurah, kind, typeof text === "string" ? enc(text) : text, name, { dryRun, today: TODAY });
  const errors = (out: Awaited<ReturnType<typeof run>>) => out.issues.filter((i) => i.severity === "error").map(formatIssue).sort();

  it.each([false, true])("reports cell errors, SKDN rules, future periods and unknown codes together (dry run %s), writing nothing", async (dryRun) => {
    const before = await t.db.monthlyReport.count();
    const file = [
      HEADER,
      `${own},2026-08,ya,lima,80,75,60,50,1,2`, // a cell error
      `${own},2026-07,ya,5,80,85,60,50,1,2`, // K > S
      `${own},2026-12,ya,5,80,75,60,50,1,2`, // future period
      `P-TIDAK-ADA,2026-06,ya,5,80,75,60,50,1,2`, // unknown code
      `P-JUGA-TIDAK-ADA,2026-13,ya,5,80,75,60,50,1,2`, // unknown code, and a bad period cell: only the cell is reported
    ].join("\n");
    const out = await run("laporan-bulanan", file, "data.csv", dryRun);
    expect(out.status).toBe("ditolak");
    expect(errors(out)).toEqual([
      'baris 2, kolom kader_bertugas: "lima" bukan bilangan bulat',
      "baris 3, kolom k: K (85) lebih besar dari S (80)",
      "baris 4, kolom periode: periode 2026-12 belum terjadi",
      "baris 5, kolom kode_posyandu: kode posyandu P-TIDAK-ADA tidak ada atau di luar wilayah Anda",
      "baris 6, kolom periode: bulan 13 tidak ada",
    ]);
    expect(out.counts).toEqual({ inserted: 0, updated: 0, unchanged: 0 });
    expect(await t.db.monthlyReport.count()).toBe(before);
  });

  it("checks kader rows beside a row with a bad cell", async () => {
    const file = "kode_kader,kode_posyandu,nama,tahun_lahir\nK90001,P-TIDAK-ADA,Ani,1990\nK90002," + own + ",Budi,tahun\n";
    const out = await run("kader", file);
    expect(errors(out)).toEqual([
      "baris 2, kolom kode_posyandu: kode posyandu P-TIDAK-ADA tidak ada atau di luar wilayah Anda",
      'baris 3, kolom tahun_lahir: tahun "tahun" harus 4 angka',
    ]);
    expect(await t.db.kader.count({ where: { code: { in: ["K90001", "K90002"] } } })).toBe(0);
  });

  it("reports only the header when the header is wrong", async () => {
    const out = await run("laporan-bulanan", "kode_posyandu,periode\nP-TIDAK-ADA,2026-12\n");
    expect(errors(out)).toEqual(['baris 1, kolom buka: kolom wajib "buka" tidak ada di baris judul']);
  });
});

// A header error in an XLSX names the sheet read, as the empty-sheet messages do: the data may sit on another sheet.
describe("header errors name the XLSX sheet", () => {
  let t: DemoDb;
  beforeAll(async () => {
    t = await demoDb();
  });
  const book = async (sheets: [string, string[][]][]) => {
    const wb = new ExcelJS.Workbook();
    for (const [name, rows] of sheets) {
      const ws = wb.addWorksheet(name);
      for (const r of rows) ws.addRow(r);
    }
    return new Uint8Array(await wb.xlsx.writeBuffer());
  };
  const errors = async (kind: string, data: Uint8Array, name = "berkas.xlsx") =>
    (await runImport(t.db, t.viewers.admin, kind, data, name, { dryRun: true, today: TODAY })).issues.filter((i) => i.severity === "error").map(formatIssue);

  it("names the first sheet read when no sheet has the template's name", async () => {
    const data = await book([["petunjuk", [["Isi lembar Data"], ["kode_posyandu = kode"]]], ["Data", [["kode_posyandu", "periode", "buka"], ["P1", "2026-03", "ya"]]]]);
    expect(await errors("laporan-bulanan", data)).toEqual(
      ["kode_posyandu", "periode", "buka"].map((c) => `baris 1, kolom ${c}: kolom wajib "${c}" tidak ada di baris judul (lembar "petunjuk", lembar pertama, dibaca karena tidak ada lembar bernama "laporan-bulanan")`),
    );
  });

  it("names the template's sheet when it was read, and nothing for a CSV", async () => {
    const data = await book([["laporan-bulanan", [["kode_posyandu", "periode", "periode"], ["P1", "2026-03", "2026-03"]]]]);
    expect(await errors("laporan-bulanan", data)).toEqual([
      'baris 1, kolom periode: kolom "periode" muncul dua kali di baris judul (lembar "laporan-bulanan")',
      'baris 1, kolom buka: kolom wajib "buka" tidak ada di baris judul (lembar "laporan-bulanan")',
    ]);
    expect(await errors("laporan-bulanan", enc("kode_posyandu,periode\nP1,2026-03\n"), "data.csv")).toEqual(['baris 1, kolom buka: kolom wajib "buka" tidak ada di baris judul']);
  });

  it("names the sheet in an e-PPGBM export's header errors", async () => {
    const data = await book([["Sheet1", [["Nama", "JK"], ["Ani", "P"]]]]);
    const out = await errors("eppgbm", data);
    expect(out.length).toBeGreaterThan(0);
    for (const e of out) expect(e).toMatch(/tidak ada di baris judul \(lembar "Sheet1", lembar pertama, dibaca karena tidak ada lembar bernama "eppgbm"\)$/);
  });
});
