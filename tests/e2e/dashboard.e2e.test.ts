import { describe, expect, it } from "vitest";
import { chromiumForFile, scrollsHorizontally, shot, signIn } from "./browser";
import { BASE_URL } from "./config";

describe("summary and map pages in Chromium", () => {
  const browser = chromiumForFile();

  it("shows the Dinkes head KPI cards and charts with data points", async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 720 } });
    await signIn(page, "pimpinan");
    await page.waitForSelector("canvas");
    expect(await page.$$eval("[data-kpi]", (els) => els.map((e) => e.getAttribute("data-kpi")))).toEqual(["stunting", "posyandu_aktif", "purnama_mandiri", "posyandu_kader_cukup", "d_s", "kelengkapan_laporan"]);
    expect(await page.textContent("[data-kpi=stunting]")).toMatch(/\d+,\d%/);
    expect(await page.textContent("[data-kpi=stunting]")).toContain("e-PPGBM");
    expect((await page.$$("canvas")).length).toBeGreaterThanOrEqual(9);
    // The charts' data tables for screen readers are rendered by the browser once React has hydrated (not in the
    // server HTML): one per chart, each captioned with the chart's label.
    await page.waitForSelector("section[aria-labelledby=tren-stunting] table[data-chart-table]", { state: "attached" });
    const canvases = await page.$$eval("[role=img][aria-label] canvas", (els) => els.length);
    const captions = await page.$$eval("table[data-chart-table] caption", (els) => els.map((e) => e.textContent));
    expect(captions).toHaveLength(canvases);
    expect(captions.every((c) => (c ?? "").length > 0)).toBe(true);
    // The trend chart's data table lists the kota and its 5 kecamatan with values for August 2026.
    const trend = await page.$$eval("section[aria-labelledby=tren-stunting] table tbody tr", (trs) => trs.map((tr) => tr.textContent));
    expect(trend.length).toBeGreaterThan(0);
    expect(trend.join(" ")).toMatch(/\d+,\d% \(n = [\d.]+\)/);
    await shot(page, "ringkasan-pimpinan-1280");
    // An earlier month from the list (the meeting reviewing last month's data).
    const picker = "form[aria-label='Pilihan tampilan'] select[name=bulan]";
    await page.waitForFunction((sel) => ((document.querySelector(sel) as HTMLSelectElement | null)?.options.length ?? 0) > 1, picker);
    expect(await page.$eval(picker, (s) => (s as HTMLSelectElement).selectedOptions[0]?.textContent)).toBe("Oktober 2026");
    await page.selectOption(picker, "2026-09");
    await page.click("form[aria-label='Pilihan tampilan'] button:has-text('Tampilkan')");
    await page.waitForURL(/\/\?bulan=2026-09$/);
    await page.waitForSelector("text=Data bulanan sampai September 2026");
    // The oldest month in the list: no weighing before it, and no change in completeness against the month before.
    await page.waitForFunction((sel) => ((document.querySelector(sel) as HTMLSelectElement | null)?.options.length ?? 0) > 1, picker);
    const oldest = await page.$eval(picker, (s) => [...(s as HTMLSelectElement).options].at(-1)!.value);
    await page.goto(`${BASE_URL}/?bulan=${oldest}`, { waitUntil: "networkidle" });
    expect(await page.textContent("[data-no-trend]")).toContain("Belum ada data penimbangan");
    expect(await page.textContent("[data-kpi=kelengkapan_laporan]")).not.toMatch(/poin sejak/);
    await page.close();
  });

  it("draws one shape per kelurahan and the posyandu markers, labels the schematic borders and drills down on click", async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 720 } });
    await signIn(page, "pimpinan");
    await page.goto(`${BASE_URL}/peta?indikator=stunting&periode=2026-08`, { waitUntil: "networkidle" });
    await page.waitForSelector(".area-shape");
    expect((await page.$$(".area-shape")).length).toBe(22);
    expect((await page.$$(".posyandu-marker")).length).toBeGreaterThan(100);
    expect(await page.isVisible("text=batas skematis (data demo)")).toBe(true);
    await shot(page, "peta-kota-1280");
    // October has no weighing: the stunting map shows August's, says so, and keeps October in the month picker.
    await page.goto(`${BASE_URL}/peta?indikator=stunting&periode=2026-10`, { waitUntil: "networkidle" });
    expect(await page.textContent("main > div > p")).toContain("penimbangan Agustus 2026 (terakhir sampai Oktober 2026) · Sumber: e-PPGBM.");
    // The table's hover texts name the source read, not the catalogue's list of possible ones.
    expect(await page.getAttribute("section[aria-labelledby=tabel-peta] tbody tr td.num", "title")).toMatch(/ · e-PPGBM · Agustus 2026$/);
    expect(await page.inputValue("select[name=periode]")).toBe("2026-10");
    expect(await page.$$eval("section[aria-labelledby=tabel-peta] tbody tr", (trs) => trs.filter((tr) => /\d+,\d%/.test(tr.textContent ?? "")).length)).toBe(22);
    await page.goto(`${BASE_URL}/peta?indikator=d_s&periode=2026-10`, { waitUntil: "networkidle" });
    expect(await page.textContent("h1")).toContain("D/S");
    await page.waitForSelector(".area-shape[data-code='18.72.03.1002']");
    await page.click(".area-shape[data-code='18.72.03.1002']", { force: true });
    await page.waitForURL(/\/wilayah\/18\.72\.03\.1002$/);
    expect(await page.textContent("h1")).toContain("Kelurahan");
    await page.close();
  });

  it("keeps the camat to Metro Pusat on the map, also on a phone", async () => {
    const page = await browser().newPage({ viewport: { width: 390, height: 844 } });
    await signIn(page, "camat");
    expect(await scrollsHorizontally(page)).toBe(false);
    await page.goto(`${BASE_URL}/peta`, { waitUntil: "networkidle" });
    await page.waitForSelector(".area-shape");
    expect((await page.$$(".area-shape")).length).toBe(5);
    expect(await scrollsHorizontally(page)).toBe(false);
    await shot(page, "peta-camat-390");
    expect((await page.goto(`${BASE_URL}/peta?wilayah=18.72.02`))?.status()).toBe(404);
    await page.close();
  });

  it("shows the scorecard, sorts it by stunting and downloads it", async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 720 } });
    await signIn(page, "pimpinan");
    await page.goto(`${BASE_URL}/skor?urut=stunting&arah=turun`, { waitUntil: "networkidle" });
    const rows = await page.$$eval("table[aria-label='Skor per wilayah'] tbody tr", (trs) => trs.map((tr) => [tr.getAttribute("data-kode"), tr.querySelector("td")?.textContent ?? ""]));
    expect(rows.map((r) => r[0])).toHaveLength(6);
    expect(rows.at(-1)![0]).toBe("18.72");
    const values = rows.slice(0, 5).map((r) => Number((r[1] ?? "").match(/(\d+,\d)%/)?.[1]?.replace(",", ".")));
    expect([...values].sort((a, b) => b - a)).toEqual(values);
    // Hovering a figure tells its base, period and source (the hover texts come with hydration).
    await page.waitForSelector("table[aria-label='Skor per wilayah'] tbody td[title]", { state: "attached" });
    const title = await page.getAttribute("table[aria-label='Skor per wilayah'] tbody tr[data-kode='18.72'] td", "title");
    expect(title).toMatch(/^[\d.]+ dari [\d.]+ \(n = [\d.]+\)/);
    expect(title).toContain("e-PPGBM");
    await shot(page, "skor-kota-1280");
    const csv = await page.request.get(`${BASE_URL}/api/skor?wilayah=18.72&format=csv`);
    expect(csv.status()).toBe(200);
    expect(csv.headers()["content-type"]).toContain("text/csv");
    expect(await csv.text()).toContain("Metro Selatan");
    expect((await page.request.get(`${BASE_URL}/api/skor?wilayah=18.72&format=pdf`)).status()).toBe(400);
    // Another month keeps the area and the sort.
    const picker = "form[aria-label='Pilihan tampilan'] select[name=bulan]";
    await page.waitForFunction((sel) => ((document.querySelector(sel) as HTMLSelectElement | null)?.options.length ?? 0) > 1, picker);
    await page.selectOption(picker, "2026-08");
    await page.click("form[aria-label='Pilihan tampilan'] button:has-text('Tampilkan')");
    await page.waitForURL(/bulan=2026-08/);
    expect(new URL(page.url()).searchParams.toString()).toBe("wilayah=18.72&urut=stunting&arah=turun&bulan=2026-08");
    await page.waitForSelector("text=Bulan Agustus 2026");
    await page.close();
  });

  it("draws a kelurahan's five highest posyandu in the stunting trend, and all of them on request", async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 720 } });
    await signIn(page, "pimpinan");
    // 18.72.04.1001 has 12 posyandu in the demo: twelve lines plus the kelurahan's could not be told apart.
    await page.goto(`${BASE_URL}/wilayah/18.72.04.1001?bulan=2026-10`, { waitUntil: "networkidle" });
    const section = "section[aria-labelledby=tren-stunting]";
    const lines = async () => {
      await page.waitForSelector(`${section} table[data-chart-table]`, { state: "attached" });
      return page.$$eval(`${section} table[data-chart-table] thead th`, (ths) => ths.slice(1).map((th) => th.textContent ?? ""));
    };
    expect(await page.textContent(`${section} p`)).toMatch(/\(garis tebal\) dan 5 dari 12 posyandu dengan prevalensi tertinggi pada Agustus 2026/);
    const top = await lines();
    expect(top).toHaveLength(6);
    expect(top[0]).toMatch(/^Kelurahan /);
    // Highest first: the August 2026 row of the chart's table reads in descending order after the kelurahan.
    const aug = await page.$$eval(`${section} table[data-chart-table] tbody tr:last-child td`, (tds) => tds.map((td) => td.textContent ?? ""));
    const values = aug.slice(1, 6).map((v) => Number(v.replace(/%.*/, "").replace(",", ".")));
    expect(values.every((v) => v > 0)).toBe(true);
    expect([...values].sort((a, b) => b - a)).toEqual(values);
    await shot(page, "tren-5-tertinggi-1280");
    await page.click(`${section} a:has-text('Tampilkan semua 12 posyandu')`);
    await page.waitForURL(/tren=semua/);
    expect(new URL(page.url()).searchParams.toString()).toBe("bulan=2026-10&urut=nama&arah=naik&tren=semua");
    expect(await lines()).toHaveLength(13);
    expect(await page.textContent(`${section} p`)).toContain("(garis tebal) dan setiap posyandu");
    // The month picker keeps the choice.
    await page.selectOption("form[aria-label='Pilihan tampilan'] select[name=bulan]", "2026-09");
    await page.click("form[aria-label='Pilihan tampilan'] button:has-text('Tampilkan')");
    await page.waitForURL(/bulan=2026-09/);
    expect(new URL(page.url()).searchParams.get("tren")).toBe("semua");
    await page.close();
  });
});
