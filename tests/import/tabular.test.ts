import { beforeAll, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { demoDb, type DemoDb } from "../helpers/demo-db";
import { runImport } from "@/lib/import/engine";
import { formatIssue } from "@/lib/import/issues";
import { xlsxTemplate, csvTemplate, csvField } from "@/lib/import/templates";
import { importKind, TEMPLATE_KINDS } from "@/lib/import/registry";
import { undoImportBatch } from "@/lib/import/undo";

const TODAY = "2026-11-23";
const enc = (s: string) => new TextEncoder().encode(s);
// O and B last and left blank: rows shorter than the header read the missing cells as empty.
const HEADER = "kode_posyandu,periode,buka,kader_bertugas,s,k,d,n,bgm,t2,o,b";

describe("tabular imports", () => {
  let t: DemoDb;
  let own: string; // a posyandu of Kelurahan Metro (the lurah's kelurahan)
  let other: string; // a posyandu of the neighbouring kelurahan
  beforeAll(async () => {
    t = await demoDb();
    own = t.data.posyandu.find((p) => p.kelurahanCode === "18.72.01.1001")!.code;
    other = t.data.posyandu.find((p) => p.kelurahanCode === "18.72.01.1002")!.code;
  });
  const run = (kind: string, text: string | Uint8Array, who: keyof DemoDb["viewers"] = "admin", name = "data.csv", dryRun = false) =>
    runImport(t.db, t.viewers[who], kind, typeof text === "string" ? enc(text) : text, name, { dryRun, today: TODAY });
  const snapshot = async () => JSON.stringify(await t.db.monthlyReport.findMany({ orderBy: { id: "asc" } }));

  it("imports a monthly report file, and re-importing it changes nothing", async () => {
    const file = `${HEADER}\n${own},2026-11,ya,5,80,75,60,50,1,2\n`;
    const first = await run("laporan-bulanan", file);
    expect(first.status).toBe("selesai");
    expect(first.counts).toEqual({ inserted: 1, updated: 0, unchanged: 0 });
    const row = await t.db.monthlyReport.findFirstOrThrow({ where: { posyandu: { code: own }, period: "2026-11" } });
    expect(row).toMatchObject({ opened: true, kaderOnDuty: 5, s: 80, k: 75, d: 60, n: 50, bgm: 1, t2: 2, source: "IMPOR", importBatchId: first.batchId });
    const before = await snapshot();
    const again = await run("laporan-bulanan", file);
    expect(again.counts).toEqual({ inserted: 0, updated: 0, unchanged: 1 });
    expect(await snapshot()).toBe(before);
  });

  it("updates on the natural key with semicolons, BOM and decimal-comma zeros, keeping the old values in the audit log", async () => {
    const out = await run("laporan-bulanan", `\uFEFF${HEADER.replaceAll(",", ";")}\r\n${own};2026-11;ya;6;80;75;62,0;50;1;2\r\n`);
    expect(out.counts).toEqual({ inserted: 0, updated: 1, unchanged: 0 });
    const row = await t.db.monthlyReport.findFirstOrThrow({ where: { posyandu: { code: own }, period: "2026-11" } });
    expect(row.d).toBe(62);
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { entity: "MonthlyReport", entityId: String(row.id) } });
    expect(JSON.parse(audit.before!).d).toBe(60);
  });

  it("accepts D > S with a warning and stores the data-quality flag", async () => {
    const out = await run("laporan-bulanan", `${HEADER}\n${own},2026-09,ya,5,80,75,85,50,1,2\n`);
    expect(out.status).toBe("selesai");
    expect(out.issues.map(formatIssue)).toEqual(["baris 2, kolom d: D (85) lebih besar dari S (80); disimpan dengan tanda mutu data D_GT_S"]);
    expect((await t.db.monthlyReport.findFirstOrThrow({ where: { posyandu: { code: own }, period: "2026-09" } })).qualityFlags).toBe("D_GT_S");
  });

  it.each([
    ["wrong header", "kode,bulan\nx,2026-01\n", ["kode_posyandu", "periode", "buka"].map((c) => `baris 1, kolom ${c}: kolom wajib "${c}" tidak ada di baris judul`)],
    ["missing column", `kode_posyandu,periode,kader_bertugas,s\nP1,2026-01,5,80\n`, ["baris 1, kolom buka: kolom wajib \"buka\" tidak ada di baris judul"]],
    ["text in a number", `${HEADER}\nOWN,2026-08,ya,lima,80,75,60,50,1,2\n`, ['baris 2, kolom kader_bertugas: "lima" bukan bilangan bulat']],
    ["negative count", `${HEADER}\nOWN,2026-08,ya,5,-80,75,60,50,1,2\n`, ["baris 2, kolom s: nilai tidak boleh negatif (-80)"]],
    ["K > S", `${HEADER}\nOWN,2026-08,ya,5,80,85,60,50,1,2\n`, ["baris 2, kolom k: K (85) lebih besar dari S (80)"]],
    ["N > D", `${HEADER}\nOWN,2026-08,ya,5,80,75,60,61,1,2\n`, ["baris 2, kolom n: N (61) lebih besar dari D (60)"]],
    ["N > D − O − B", `${HEADER}\nOWN,2026-08,ya,5,80,75,60,55,1,2,4,2\n`, ["baris 2, kolom n: N (55) lebih besar dari D − O − B (54)"]],
    ["O + B > D", `${HEADER}\nOWN,2026-08,ya,5,80,75,60,10,1,2,40,30\n`, ["baris 2, kolom o: O + B (70) lebih besar dari D (60)"]],
    ["closed but weighed", `${HEADER}\nOWN,2026-08,tidak,0,80,75,10,0,0,0\n`, ["baris 2, kolom d: posyandu tercatat tidak buka tetapi D lebih dari 0"]],
    ["future period", `${HEADER}\nOWN,2026-12,ya,5,80,75,60,50,1,2\n`, ["baris 2, kolom periode: periode 2026-12 belum terjadi"]],
    ["bad period", `${HEADER}\nOWN,2026-13,ya,5,80,75,60,50,1,2\n`, ["baris 2, kolom periode: bulan 13 tidak ada"]],
    ["bad boolean", `${HEADER}\nOWN,2026-08,mungkin,5,80,75,60,50,1,2\n`, ['baris 2, kolom buka: "mungkin" harus ya/tidak, 1/0 atau true/false']],
    ["unknown code", `${HEADER}\nP-TIDAK-ADA,2026-08,ya,5,80,75,60,50,1,2\n`, ["baris 2, kolom kode_posyandu: kode posyandu P-TIDAK-ADA tidak ada atau di luar wilayah Anda"]],
    ["duplicate key", `${HEADER}\nOWN,2026-07,ya,5,80,75,60,50,1,2\nOWN,2026-07,ya,5,80,75,61,50,1,2\n`, ["baris 3: posyandu/periode OWN/2026-07 sudah ada di baris 2 berkas ini (duplikat)"]],
    ["empty file", "", ["berkas: Berkas kosong."]],
    ["only a header", `${HEADER}\n`, ["berkas: Berkas hanya berisi baris judul, tanpa data."]],
    ["not UTF-8", new Uint8Array([0x6b, 0x6f, 0x64, 0x65, 0xe9, 0x0a, 0x41, 0x0a]), ["berkas: Berkas bukan teks UTF-8 (mungkin disimpan sebagai ANSI/Windows-1252 atau bukan CSV). Simpan ulang sebagai \"CSV UTF-8\"."]],
    ["old .xls", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), ["berkas: Format .xls (Excel 97–2003) tidak didukung. Simpan ulang sebagai .xlsx atau CSV UTF-8."]],
  ])("rejects %s with the right Indonesian message and writes nothing", async (_label, input, messages) => {
    const text = typeof input === "string" ? input.replaceAll("OWN", own) : input;
    const before = await snapshot();
    const batches = await t.db.importBatch.count({ where: { status: "SELESAI" } });
    const out = await run("laporan-bulanan", text);
    expect(out.status).toBe("ditolak");
    expect(out.issues.filter((i) => i.severity === "error").map(formatIssue)).toEqual(messages.map((m) => m.replaceAll("OWN", own)));
    expect(await snapshot()).toBe(before);
    expect(await t.db.importBatch.count({ where: { status: "SELESAI" } })).toBe(batches);
  });

  it("writes nothing from a file with one bad row among good ones", async () => {
    const before = await snapshot();
    const out = await run("laporan-bulanan", `${HEADER}\n${own},2026-06,ya,5,80,75,60,50,1,2\n${own},2026-05,ya,5,80,75,60,70,1,2\n`);
    expect(out.status).toBe("ditolak");
    expect(await snapshot()).toBe(before);
  });

  it("keeps the lurah to their kelurahan, and lets read-only roles import nothing", async () => {
    const out = await run("laporan-bulanan", `${HEADER}\n${other},2026-08,ya,5,80,75,60,50,1,2\n`, "lurah");
    expect(out.status).toBe("ditolak");
    expect(out.issues[0]?.message).toContain("tidak ada atau di luar wilayah Anda");
    const ownFile = `${HEADER}\n${own},2026-08,ya,5,80,75,60,50,1,2\n`;
    expect((await run("laporan-bulanan", ownFile, "lurah", "x.csv", true)).status).toBe("pratinjau");
    for (const role of ["pimpinan", "camat"] as const) {
      expect((await run("laporan-bulanan", ownFile, role)).issues.map(formatIssue)).toEqual(["berkas: peran Anda tidak dapat mengimpor data"]);
    }
  });

  it("ignores unknown columns with a warning and reports a dry run without writing", async () => {
    const before = await snapshot();
    const out = await run("laporan-bulanan", `${HEADER},catatan\n${own},2026-04,ya,5,80,75,60,50,1,2,,,baik\n`, "admin", "x.csv", true);
    expect(out.status).toBe("pratinjau");
    expect(out.counts.inserted + out.counts.updated).toBe(1);
    expect(out.issues.map(formatIssue)).toEqual(['baris 1, kolom catatan: kolom "catatan" tidak dikenal dan diabaikan']);
    expect(await snapshot()).toBe(before);
  });

  it.each(TEMPLATE_KINDS.map((k) => [k.id]))("the %s template is a valid XLSX and CSV with every column", async (id) => {
    const kind = importKind(id)!;
    const csv = csvTemplate(kind);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv.split("\r\n")[0]).toBe(`\uFEFF${kind.columns.map((c) => c.name).join(",")}`);
    const xlsx = await xlsxTemplate(kind);
    expect(xlsx.subarray(0, 2).toString()).toBe("PK");
  });

  it("round-trips an XLSX file, reading Excel dates and formula-like text as text", async () => {
    const kind = importKind("laporan-bulanan")!;
    const xlsx = await xlsxTemplate(kind, [[own, "2026-03", "1", "5", "80", "75", "60", "50", "4", "2", "0", "1"]]);
    const out = await run("laporan-bulanan", xlsx, "admin", "laporan.xlsx");
    expect(out.status).toBe("selesai");
    expect(await t.db.monthlyReport.findFirst({ where: { posyandu: { code: own }, period: "2026-03", d: 60, o: 4, b: 2, t2: 1 } })).not.toBeNull();
  });

  it("names the sheet it read when the data sheet is named otherwise and a notes sheet comes first", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("petunjuk").addRow(["Isi lembar Data"]);
    const data = wb.addWorksheet("Data");
    data.addRow(["kode_posyandu", "periode", "buka"]);
    data.addRow([own, "2026-03", "ya"]);
    const out = await run("laporan-bulanan", new Uint8Array(await wb.xlsx.writeBuffer()), "admin", "laporan.xlsx");
    expect(out.issues.map(formatIssue)).toEqual(['berkas: Berkas hanya berisi baris judul, tanpa data (lembar "petunjuk", lembar pertama, dibaca karena tidak ada lembar bernama "laporan-bulanan").']);
  });
});

describe("undoing an import batch", () => {
  let t: DemoDb;
  let own: string;
  beforeAll(async () => {
    t = await demoDb();
    own = t.data.posyandu.find((p) => p.kelurahanCode === "18.72.01.1001")!.code;
  });
  const run = (text: string) => runImport(t.db, t.viewers.admin, "laporan-bulanan", enc(text), "u.csv", { dryRun: false, today: TODAY });
  const dump = async () => JSON.stringify(await t.db.monthlyReport.findMany({ orderBy: { id: "asc" }, omit: { updatedAt: true } }));

  it("restores updated rows and deletes inserted ones, leaving the data as before the batch", async () => {
    const before = await dump();
    const out = await run(`${HEADER}\n${own},2026-11,ya,5,80,75,60,50,1,2\n${own},2026-10,ya,7,99,90,70,60,0,0\n`);
    expect(out.counts).toEqual({ inserted: 1, updated: 1, unchanged: 0 });
    expect(await dump()).not.toBe(before);
    expect((await undoImportBatch(t.db, t.viewers.lurah, out.batchId!, new Date())).ok).toBe(false);
    const undo = await undoImportBatch(t.db, t.viewers.admin, out.batchId!, new Date());
    expect(undo).toEqual({ ok: true, deleted: 1, restored: 1 });
    expect(await dump()).toBe(before);
    expect((await t.db.importBatch.findUniqueOrThrow({ where: { id: out.batchId! } })).status).toBe("DIBATALKAN");
    expect(await undoImportBatch(t.db, t.viewers.admin, out.batchId!, new Date())).toMatchObject({ ok: false });
  });

  it("refuses when a later batch changed the same rows", async () => {
    const first = await run(`${HEADER}\n${own},2026-01,ya,5,80,75,60,50,1,2\n`);
    const second = await run(`${HEADER}\n${own},2026-01,ya,6,80,75,61,50,1,2\n`);
    expect(second.counts.updated).toBe(1);
    const undo = await undoImportBatch(t.db, t.viewers.admin, first.batchId!, new Date());
    expect(undo).toEqual({ ok: false, message: "1 baris dari batch ini sudah diubah oleh impor atau isian berikutnya; batalkan perubahan yang lebih baru dulu." });
    // the first batch's row now belongs to the second batch: undoing the first must not touch it
    expect((await t.db.monthlyReport.findFirstOrThrow({ where: { posyandu: { code: own }, period: "2026-01" } })).d).toBe(61);
  });
});

describe("every template imports once its example row is replaced, and refuses the example left in", () => {
  let t: DemoDb;
  beforeAll(async () => {
    t = await demoDb();
  });
  it.each(TEMPLATE_KINDS.map((k) => [k.id]))("%s: XLSX, CSV with commas and CSV with semicolons round-trip, the second time unchanged", async (id) => {
    const kind = importKind(id)!;
    // The template as downloaded: its example row is refused (its codes may be real records), in every format.
    for (const [name, data] of [["templat.xlsx", new Uint8Array(await xlsxTemplate(kind))], ["templat.csv", enc(csvTemplate(kind, ","))]] as const) {
      const untouched = await runImport(t.db, t.viewers.admin, id, data, name, { dryRun: false, today: TODAY });
      expect(untouched.issues.filter((x) => x.severity === "error").map(formatIssue)).toEqual(["baris 2: baris ini sama dengan baris contoh di templat; hapus atau ganti dengan data Anda"]);
    }
    // Filled in: the example row with one cell of the user's own (the name, the count, the year…).
    const own = kind.columns.map((c) => c.example);
    // The last plain count (one less stays valid: a sub-count, a coverage, a birth year), else the name.
    const count = kind.columns.findLastIndex((c) => /^\d+$/.test(c.example) && Number(c.example) > 0);
    const at = count >= 0 ? count : kind.columns.findIndex((c) => c.name.startsWith("nama"));
    own[at] = count >= 0 ? String(Number(own[at]) - 1) : `${own[at]} Baru`;
    const csvOf = (d: string) => `\uFEFF${kind.columns.map((c) => c.name).join(d)}\r\n${own.map(csvField).join(d)}\r\n`;
    const files: [string, Uint8Array][] = [
      ["templat.xlsx", new Uint8Array(await xlsxTemplate(kind, [own]))],
      ["templat.csv", enc(csvOf(","))],
      ["templat-titikkoma.csv", enc(csvOf(";"))],
    ];
    for (const [i, [name, data]] of files.entries()) {
      const out = await runImport(t.db, t.viewers.admin, id, data, name, { dryRun: false, today: TODAY });
      expect(out.issues.filter((x) => x.severity === "error")).toEqual([]);
      expect(out.status).toBe("selesai");
      if (i > 0) expect(out.counts).toEqual({ inserted: 0, updated: 0, unchanged: 1 });
    }
  });
});
