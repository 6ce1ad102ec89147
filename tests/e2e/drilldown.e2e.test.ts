// Drill-down kota › kecamatan › kelurahan › posyandu as the camat, the lurah and
// the Dinkes head would click it, on a projector and on a phone.
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { chromiumForFile, scrollsHorizontally, shot, signIn } from "./browser";
import { BASE_URL } from "./config";

/** Rows of a chart's hidden data table that hold at least one figure (the table comes with hydration). */
async function chartRowsWithData(page: Page, section: string): Promise<number> {
  await page.waitForSelector(`section[aria-labelledby=${section}] table[data-chart-table]`, { state: "attached" });
  const rows = await page.$$eval(`section[aria-labelledby=${section}] table tbody tr`, (trs) => trs.map((tr) => tr.textContent ?? ""));
  return rows.filter((r) => /\d/.test(r.replace(/^[^\d]*\d{4}/, ""))).length;
}

const numbers = (cells: string[]) => cells.map((c) => Number(c.match(/(\d+,\d)%/)?.[1]?.replace(",", ".") ?? NaN));

describe("drill-down pages in Chromium", () => {
  const browser = chromiumForFile();

  it("lets the camat pick another month from an Indonesian list of the months with data", async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 720 } });
    await signIn(page, "camat");
    const picker = "form[aria-label='Pilihan tampilan'] select[name=bulan]";
    // The full list comes with hydration (the server sends only the chosen month).
    await page.waitForFunction((sel) => ((document.querySelector(sel) as HTMLSelectElement | null)?.options.length ?? 0) > 1, picker);
    const options = await page.$$eval(`${picker} option`, (os) => os.map((o) => [(o as HTMLOptionElement).value, o.textContent ?? ""]));
    expect(options[0]).toEqual(["2026-10", "Oktober 2026"]);
    expect(options).toContainEqual(["2026-01", "Januari 2026"]);
    expect(options.map(([v]) => v)).toEqual([...options.map(([v]) => v)].sort().reverse());
    expect(await page.$$eval(`${picker} optgroup`, (gs) => gs.map((g) => g.getAttribute("label")))).toEqual([...new Set(options.map(([v]) => v!.slice(0, 4)))]);
    expect(await page.$eval(picker, (s) => (s as HTMLSelectElement).value)).toBe("2026-10");
    await page.selectOption(picker, "2026-09");
    await page.click("form[aria-label='Pilihan tampilan'] button:has-text('Tampilkan')");
    await page.waitForURL(/bulan=2026-09/);
    await page.waitForSelector("text=Data bulanan September 2026");
    expect(await page.$eval(picker, (s) => (s as HTMLSelectElement).value)).toBe("2026-09");
    await shot(page, "kecamatan-pilih-bulan-1280");
    await page.close();
  });

  it("takes the camat from the kecamatan map and table to a kelurahan and a posyandu", async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 720 } });
    await signIn(page, "camat");
    await page.waitForSelector(".area-shape");
    expect(await page.$$(".area-shape")).toHaveLength(5);
    expect((await page.$$(".posyandu-marker")).length).toBeGreaterThan(20);
    expect(await page.isVisible("text=batas skematis (data demo)")).toBe(true);
    expect(await page.$$("[data-kpi]")).toHaveLength(6);
    await shot(page, "kecamatan-camat-1280");
    // Sort the kelurahan by stunting, worst first, by clicking the header (the URL keeps it).
    await page.click("table[aria-label='Indikator per wilayah'] thead a:has-text('Prevalensi stunting')");
    await page.waitForURL(/urut=stunting&arah=turun/);
    const cells = await page.$$eval("table[aria-label='Indikator per wilayah'] tbody tr:not(:last-child) td:nth-of-type(1)", (tds) => tds.map((td) => td.textContent ?? ""));
    const values = numbers(cells);
    expect(values).toHaveLength(5);
    expect([...values].sort((a, b) => b - a)).toEqual(values);
    // Indicator via the URL: the map heading follows.
    await page.goto(`${BASE_URL}/wilayah/18.72.01?indikator=d_s&bulan=2026-09`, { waitUntil: "networkidle" });
    expect(await page.textContent("#peta-wilayah")).toContain("D/S");
    expect(await page.textContent("#peta-wilayah")).toContain("September 2026");
    // Table row → kelurahan page.
    await page.click("table[aria-label='Indikator per wilayah'] a:has-text('Hadimulyo Barat')");
    await page.waitForURL(/\/wilayah\/18\.72\.01\.\d{4}/);
    expect(await page.textContent("h1")).toBe("Kelurahan Hadimulyo Barat");
    expect(await page.textContent("nav[aria-label='Jejak wilayah']")).toContain("Kecamatan Metro Pusat");
    await page.waitForSelector("table[aria-label='Posyandu di kelurahan']");
    const posyandu = await page.$$("table[aria-label='Posyandu di kelurahan'] tbody tr");
    expect(posyandu.length).toBeGreaterThan(2);
    expect(await page.$$eval("[data-strata]", (tds) => tds.map((td) => td.getAttribute("data-strata")).filter(Boolean).length)).toBe(posyandu.length);
    expect(await page.textContent("table[aria-label='Posyandu di kelurahan']")).toMatch(/Kurang: /);
    expect(await chartRowsWithData(page, "tren-skdn")).toBe(12);
    expect(await chartRowsWithData(page, "tren-stunting")).toBeGreaterThan(3);
    await shot(page, "kelurahan-camat-1280");
    // Posyandu row → posyandu page with its SKDN chart, strata history and nutrition.
    await page.click("table[aria-label='Posyandu di kelurahan'] tbody tr:first-child th a");
    await page.waitForURL(/\/posyandu\/[^/]+$/);
    expect(await page.textContent("h1")).toMatch(/^Posyandu /);
    expect(await page.textContent("nav[aria-label='Jejak wilayah']")).toContain("Kelurahan Hadimulyo Barat");
    expect(await chartRowsWithData(page, "skdn")).toBeGreaterThan(8);
    // The demo stores "RW 01" as the import template does: the profile shows it once.
    expect(await page.textContent("section[aria-labelledby=profil]")).toMatch(/RW \d{2}(?! ?RW)/);
    expect(await page.textContent("section[aria-labelledby=profil]")).not.toContain("RW RW");
    expect((await page.$$("table[aria-label='Riwayat strata per tahun'] tbody tr")).length).toBeGreaterThanOrEqual(3);
    const gizi = await page.$$eval("table[aria-label='Status gizi per periode'] tbody tr", (trs) => trs.map((tr) => tr.textContent ?? ""));
    expect(gizi.length).toBeGreaterThanOrEqual(1);
    expect(gizi.every((r) => /\d+,\d%n = \d+/.test(r))).toBe(true);
    await shot(page, "posyandu-camat-1280");
    // Breadcrumb back up to the kecamatan.
    await page.click("nav[aria-label='Jejak wilayah'] a:has-text('Kecamatan Metro Pusat')");
    await page.waitForURL(`${BASE_URL}/wilayah/18.72.01`);
    await page.close();
  });

  it("keeps the camat out of another kecamatan's pages and shapes", async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 720 } });
    await signIn(page, "camat");
    for (const path of ["/wilayah/18.72.02", "/wilayah/18.72.02.1001", "/wilayah/18.72", "/wilayah/18.72.01.9999", "/wilayah/bukan-kode"]) {
      const res = await page.goto(`${BASE_URL}${path}`);
      expect(res?.status(), path).toBe(404);
      expect(await page.textContent("body")).not.toContain("Banjarsari");
    }
    // A posyandu code of Metro Utara, read off the Dinkes view, is not found for the camat.
    const pim = await browser().newPage();
    await signIn(pim, "pimpinan");
    await pim.goto(`${BASE_URL}/wilayah/18.72.02.1001`, { waitUntil: "networkidle" });
    const href = await pim.getAttribute("table[aria-label='Posyandu di kelurahan'] tbody tr:first-child th a", "href");
    expect(href).toMatch(/^\/posyandu\//);
    expect((await page.goto(`${BASE_URL}${href}`))?.status()).toBe(404);
    await page.goto(`${BASE_URL}/wilayah/18.72.01`, { waitUntil: "networkidle" });
    const codes = await page.$$eval(".area-shape", (els) => els.map((e) => e.getAttribute("data-code")));
    expect(codes.every((c) => c?.startsWith("18.72.01."))).toBe(true);
    await pim.close();
    await page.close();
  });

  it("lands the lurah on the kelurahan page and renders every level on a phone without horizontal scrolling", async () => {
    const page = await browser().newPage({ viewport: { width: 390, height: 844 } });
    await signIn(page, "lurah");
    expect(page.url()).toBe(`${BASE_URL}/wilayah/18.72.01.1001`);
    await page.waitForSelector("table[aria-label='Posyandu di kelurahan']");
    expect(await scrollsHorizontally(page)).toBe(false);
    await shot(page, "kelurahan-lurah-390");
    await page.click("table[aria-label='Posyandu di kelurahan'] tbody tr:first-child th a");
    await page.waitForURL(/\/posyandu\/[^/]+$/);
    await page.waitForSelector("canvas");
    expect(await scrollsHorizontally(page)).toBe(false);
    await shot(page, "posyandu-lurah-390");
    expect((await page.goto(`${BASE_URL}/wilayah/18.72.01`))?.status()).toBe(404);
    await page.close();
    const camat = await browser().newPage({ viewport: { width: 390, height: 844 } });
    await signIn(camat, "camat");
    await camat.waitForSelector(".area-shape");
    expect(await scrollsHorizontally(camat)).toBe(false);
    await shot(camat, "kecamatan-camat-390");
    await camat.close();
  });

  it("opens the kota page for the Dinkes head with one shape per kelurahan and drills into a kecamatan", async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 720 } });
    await signIn(page, "pimpinan");
    await page.goto(`${BASE_URL}/wilayah/18.72`, { waitUntil: "networkidle" });
    expect(await page.$$(".area-shape")).toHaveLength(22);
    const rows = await page.$$("table[aria-label='Indikator per wilayah'] tbody tr");
    expect(rows).toHaveLength(6);
    await page.click("table[aria-label='Indikator per wilayah'] a:has-text('Metro Utara')");
    await page.waitForURL(`${BASE_URL}/wilayah/18.72.02`);
    await page.waitForSelector(".area-shape");
    expect((await page.$$(".area-shape")).length).toBeGreaterThanOrEqual(4);
    expect(await scrollsHorizontally(page)).toBe(false);
    await page.close();
  });
});
