import { describe, expect, it } from "vitest";
import { unlinkSync, utimesSync, writeFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { chromiumForFile, shot, signIn } from "./browser";
import { BASE_URL, E2E_DIR } from "./config";
import { OFFLOAD_FROM_BYTES } from "@/lib/import/offload";

describe("import page in Chromium", () => {
  const browser = chromiumForFile();

  it("downloads the XLSX template, checks it, saves it and lists the batch", async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 720 }, acceptDownloads: true });
    const page = await context.newPage();
    await signIn(page, "admin");
    await page.goto(`${BASE_URL}/impor?jenis=laporan-bulanan`, { waitUntil: "networkidle" });
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("a[href*=\"format=xlsx\"]")]);
    expect(download.suggestedFilename()).toBe("templat-laporan-bulanan.xlsx");
    const template = `${E2E_DIR}/templat-laporan-bulanan.xlsx`;
    await download.saveAs(template);
    // Left as downloaded, its example row (the demo's Kenanga 1, August 2026) would overwrite a real report: refused.
    await page.setInputFiles("input[type=file]", template);
    await page.click("text=Periksa berkas");
    await page.waitForSelector("text=Berkas ditolak");
    expect(await page.textContent("table[aria-label='Daftar masalah berkas']")).toContain("sama dengan baris contoh di templat");
    // Filled in as an operator would, in Excel's format: the example row's 2T replaced by the posyandu's own.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(template);
    const sheet = wb.getWorksheet("laporan-bulanan")!;
    sheet.getRow(2).getCell(12).value = "1";
    // Saved under another name: Chromium cannot read a chosen path that was rewritten since (the stale-file test below).
    const filled = `${E2E_DIR}/laporan-agustus.xlsx`;
    await wb.xlsx.writeFile(filled);
    await page.setInputFiles("input[type=file]", filled);
    await page.click("text=Periksa berkas");
    await page.waitForSelector("text=lolos pemeriksaan");
    expect(await page.textContent("section[aria-labelledby=unggah]")).toContain("Belum ada yang ditulis");
    await page.click("text=/Simpan 1 baris/");
    await page.waitForSelector("text=/Tersimpan sebagai batch #\\d+/");
    await page.waitForSelector("section[aria-labelledby=riwayat] >> text=laporan-agustus.xlsx");
    await shot(page, "impor-templat-tersimpan");
    await context.close();
  });

  it("shows every problem of a bad file by row and writes nothing", async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 720 } });
    await signIn(page, "lurah");
    await page.goto(`${BASE_URL}/impor?jenis=laporan-bulanan`, { waitUntil: "networkidle" });
    const bad = `${E2E_DIR}/buruk.csv`;
    writeFileSync(bad, "kode_posyandu;periode;buka;kader_bertugas;s;k;d;n;o;b;bgm;t2\nP187201100101;2026-09;ya;5;80;90;60;50;2;1;1;2\nP187202100101;2026-09;ya;5;80;75;60;50;2;1;1;2\n");
    await page.setInputFiles("input[type=file]", bad);
    await page.click("text=Periksa berkas");
    await page.waitForSelector("text=Berkas ditolak");
    const rows = await page.$$eval("table[aria-label='Daftar masalah berkas'] tbody tr", (trs) => trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent)));
    expect(rows).toEqual([
      ["Galat", "2", "k", "K (90) lebih besar dari S (80)"],
      ["Galat", "3", "kode_posyandu", "kode posyandu P187202100101 tidak ada atau di luar wilayah Anda"],
    ]);
    expect(await page.isVisible("text=/Simpan \\d+ baris/")).toBe(false);
    await shot(page, "impor-ditolak");
    await page.close();
  });

  it("answers a large file from the importer's own process the same way: every problem counted, nothing written", async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 720 } });
    await signIn(page, "admin");
    await page.goto(`${BASE_URL}/impor?jenis=laporan-bulanan`, { waitUntil: "networkidle" });
    // One report line 55,000 times: above OFFLOAD_FROM_BYTES, so /api/impor hands it to scripts/impor.ts --json.
    const big = `${E2E_DIR}/besar.csv`;
    const body = "P187201100101;2026-09;ya;5;80;75;60;50;2;1;1;2\n".repeat(55_000);
    writeFileSync(big, `kode_posyandu;periode;buka;kader_bertugas;s;k;d;n;o;b;bgm;t2\n${body}`);
    expect(Buffer.byteLength(body)).toBeGreaterThan(OFFLOAD_FROM_BYTES);
    await page.setInputFiles("input[type=file]", big);
    await page.click("text=Periksa berkas");
    await page.waitForSelector("text=Berkas ditolak", { timeout: 60_000 });
    const answer = await page.textContent("section[aria-labelledby=unggah]");
    expect(answer).toContain("Berkas ditolak: 54.999 galat.");
    expect(answer).toContain("Menampilkan 1.000 dari 54.999 masalah.");
    const first = await page.$$eval("table[aria-label='Daftar masalah berkas'] tbody tr", (trs) => trs.slice(0, 1).map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent)));
    expect(first).toEqual([["Galat", "3", "—", "posyandu/periode P187201100101/2026-09 sudah ada di baris 2 berkas ini (duplikat)"]]);
    await shot(page, "impor-besar-ditolak");
    await page.close();
  });

  it("takes a file dropped on the upload box, shows the keyboard focus ring, and offers the semicolon CSV template", async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 720 } });
    await signIn(page, "lurah");
    await page.goto(`${BASE_URL}/impor?jenis=laporan-bulanan`, { waitUntil: "networkidle" });
    const box = page.locator("section[aria-labelledby=unggah] label:has(input[type=file])");
    // Keyboard users tab onto the hidden input: the box around it shows a ring.
    expect(await box.evaluate((el) => getComputedStyle(el).boxShadow)).toBe("none");
    await page.focus("input[type=file]");
    await page.keyboard.press("Shift+Tab");
    await page.keyboard.press("Tab");
    expect(await box.evaluate((el) => getComputedStyle(el).boxShadow)).not.toBe("none");
    // A file dropped on the box is chosen: its name shows and "Periksa berkas" checks it.
    const drop = await page.evaluateHandle(() => {
      const dt = new DataTransfer();
      dt.items.add(new File(["kode_posyandu;periode;buka\nP-TIDAK-ADA;2026-09;ya\n"], "diseret.csv", { type: "text/csv" }));
      return dt;
    });
    await box.dispatchEvent("dragover", { dataTransfer: drop });
    await box.dispatchEvent("drop", { dataTransfer: drop });
    await page.waitForSelector("section[aria-labelledby=unggah] >> text=diseret.csv");
    expect(await page.$eval("input[type=file]", (i) => (i as HTMLInputElement).files?.[0]?.name)).toBe("diseret.csv");
    await page.click("text=Periksa berkas");
    await page.waitForSelector("text=Berkas ditolak");
    expect(await page.textContent("table[aria-label='Daftar masalah berkas']")).toContain("kode posyandu P-TIDAK-ADA tidak ada");
    await shot(page, "impor-seret-berkas");
    const csv = await page.request.get(`${BASE_URL}/api/templat/laporan-bulanan?format=csv-titik-koma`);
    expect(csv.headers()["content-disposition"]).toContain("templat-laporan-bulanan-titik-koma.csv");
    expect((await csv.text()).split("\r\n")[0]).toBe("\uFEFFkode_posyandu;periode;buka;kader_bertugas;s;k;d;n;o;b;bgm;t2");
    await page.close();
  });

  it("asks for a file again when it changed or vanished on disk after it was chosen, not for a lost connection", async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 720 } });
    await signIn(page, "lurah");
    await page.goto(`${BASE_URL}/impor?jenis=laporan-bulanan`, { waitUntil: "networkidle" });
    const path = `${E2E_DIR}/diubah-setelah-dipilih.csv`;
    const header = "kode_posyandu;periode;buka;kader_bertugas;s;k;d;n;o;b;bgm;t2\n";
    writeFileSync(path, `${header}P187201100101;2026-09;ya;5;80;75;60;50;2;1;1;2\n`);
    await page.setInputFiles("input[type=file]", path);
    // Checked once: from this first read on, Chromium holds the file's size and modification time.
    await page.click("text=Periksa berkas");
    await page.waitForSelector("text=lolos pemeriksaan");
    // Corrected and saved again as Excel does (new content, a later modification time, set so the test does not wait
    // for the clock), then chosen again: Chromium fires no change event for the same path, yet the saved rows are sent.
    const saveAgain = (rows: string, minutes: number) => {
      writeFileSync(path, header + rows);
      const later = new Date(Date.now() + minutes * 60_000);
      utimesSync(path, later, later);
    };
    saveAgain("P187201100101;2026-09;ya;5;80;75;60;50;2;1;1;2\nP187201100101;2026-10;ya;5;80;75;60;50;2;1;1;2\n", 1);
    await page.setInputFiles("input[type=file]", path);
    await page.click("text=Periksa berkas");
    await page.waitForSelector("text=/lolos pemeriksaan \\(2 baris\\)/");
    // Saved again and checked without choosing it anew: the browser's copy is stale.
    saveAgain("P187201100101;2026-09;ya;5;80;70;60;50;2;1;1;2\n", 2);
    const form = page.locator("section[aria-labelledby=unggah]");
    const alert = form.locator("[role=alert]");
    await page.click("text=Periksa berkas");
    await alert.waitFor();
    expect(await alert.textContent()).toBe("Berkas tidak dapat dibaca — mungkin berubah setelah dipilih. Pilih berkas lagi.");
    expect(await form.textContent()).not.toContain("Koneksi ke server terputus");
    await shot(page, "impor-berkas-berubah");
    // The stale choice is dropped: nothing can be sent until the file is chosen again, and then it is read as saved.
    expect(await page.$eval("input[type=file]", (i) => (i as HTMLInputElement).files?.length)).toBe(0);
    expect(await form.textContent()).toContain("Pilih atau seret berkas ke sini");
    expect(await page.isDisabled("text=Periksa berkas")).toBe(true);
    await page.setInputFiles("input[type=file]", path);
    await page.click("text=Periksa berkas");
    await page.waitForSelector("text=lolos pemeriksaan");
    // Removed from disk between the check and "Simpan": the same message, and nothing is written.
    unlinkSync(path);
    await page.click("text=/Simpan 1 baris/");
    await alert.waitFor();
    expect(await alert.textContent()).toBe("Berkas tidak dapat dibaca — mungkin berubah setelah dipilih. Pilih berkas lagi.");
    expect(await page.isVisible("text=/Tersimpan sebagai batch/")).toBe(false);
    await page.close();
  });

  it("still says the connection was lost when the request itself fails", async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 720 } });
    await signIn(page, "lurah");
    await page.goto(`${BASE_URL}/impor?jenis=laporan-bulanan`, { waitUntil: "networkidle" });
    const path = `${E2E_DIR}/koneksi-putus.csv`;
    writeFileSync(path, "kode_posyandu;periode;buka\nP187201100101;2026-09;ya\n");
    await page.setInputFiles("input[type=file]", path);
    await page.route("**/api/impor**", (route) => route.abort("connectionfailed"));
    await page.click("text=Periksa berkas");
    const alert = page.locator("section[aria-labelledby=unggah] [role=alert]");
    await alert.waitFor();
    expect(await alert.textContent()).toBe("Koneksi ke server terputus.");
    // The file itself is fine, so it stays chosen for another try.
    expect(await page.$eval("input[type=file]", (i) => (i as HTMLInputElement).files?.[0]?.name)).toBe("koneksi-putus.csv");
    expect(await page.isDisabled("text=Periksa berkas")).toBe(false);
    await page.close();
  });

  it("hides the import page from read-only roles", async () => {
    const page = await browser().newPage();
    await signIn(page, "pimpinan");
    expect(await page.isVisible("nav >> text=Impor data")).toBe(false);
    const res = await page.goto(`${BASE_URL}/impor`);
    expect(res?.status()).toBe(404);
    const api = await page.request.post(`${BASE_URL}/api/impor?jenis=laporan-bulanan&mode=simpan`, { multipart: { berkas: { name: "x.csv", mimeType: "text/csv", buffer: Buffer.from("a,b\n1,2\n") } } });
    expect(api.status()).toBe(403);
    await page.close();
  });
});
