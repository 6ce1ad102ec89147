// In-app links are plain anchors (components/ui/nav-link.tsx) that navigate client-side through one
// listener (components/ui/soft-navigation.tsx). What a user notices: a click moves to the next page
// without a full reload (the map and header do not flash), back works, a Ctrl-click still opens a new
// tab, and "Ubah" on the kader roster keeps the page where it is.
import { describe, expect, it } from "vitest";
import { chromiumForFile, signIn } from "./browser";
import { BASE_URL } from "./config";

type Marked = Window & { __samaDokumen?: number };

describe("in-app links in Chromium", () => {
  const browser = chromiumForFile();

  it("opens a kelurahan from the table without reloading the document, and back returns", async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 720 } });
    await signIn(page, "camat");
    await page.waitForSelector("table[aria-label='Indikator per wilayah']");
    // A value on the window survives a client-side navigation only; a full load starts a new document.
    await page.evaluate(() => void ((window as Marked).__samaDokumen = 1));
    await page.click("table[aria-label='Indikator per wilayah'] a:has-text('Hadimulyo Barat')");
    await page.waitForURL(/\/wilayah\/18\.72\.01\.\d{4}$/);
    await page.waitForSelector("h1:has-text('Kelurahan Hadimulyo Barat')");
    expect(await page.evaluate(() => (window as Marked).__samaDokumen)).toBe(1);
    // The header menu too, then the browser's back button.
    await page.click("nav[aria-label='Menu utama'] a:has-text('Tindakan')");
    await page.waitForURL(`${BASE_URL}/tindakan`);
    await page.waitForSelector("h1");
    expect(await page.evaluate(() => (window as Marked).__samaDokumen)).toBe(1);
    await page.goBack();
    await page.waitForSelector("h1:has-text('Kelurahan Hadimulyo Barat')");
    expect(page.url()).toMatch(/\/wilayah\/18\.72\.01\.\d{4}$/);
    await page.close();
  });

  it("opens a posyandu from its map popup on the same document", async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 720 } });
    await signIn(page, "camat");
    await page.waitForSelector(".posyandu-marker");
    await page.evaluate(() => void ((window as Marked).__samaDokumen = 1));
    await page.click(".posyandu-marker >> nth=0");
    await page.click(".leaflet-popup a:has-text('Buka posyandu')");
    await page.waitForURL(/\/posyandu\/[^/]+$/);
    await page.waitForSelector("h1");
    expect(await page.evaluate(() => (window as Marked).__samaDokumen)).toBe(1);
    await page.close();
  });

  it("shows that the click registered while a slow page loads", async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 720 } });
    await signIn(page, "pimpinan");
    // The next page's data (a client-side navigation asks for it with an `rsc` header) arrives 1.5 s late.
    await page.route("**/skor**", async (route) => {
      if (route.request().headers()["rsc"]) await new Promise((r) => setTimeout(r, 1500));
      await route.continue();
    });
    await page.click("nav[aria-label='Menu utama'] a:has-text('Skor')");
    await page.waitForSelector("[role=status]:has-text('Memuat halaman')", { state: "attached", timeout: 1000 });
    await page.waitForURL(`${BASE_URL}/skor`);
    await page.waitForSelector("[role=status]:has-text('Memuat halaman')", { state: "detached" });
    expect(await page.textContent("h1")).toContain("Skor");
    await page.close();
  });

  it("leaves a Ctrl-click to the browser: a new tab opens and this page stays", async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    await signIn(page, "pimpinan");
    const before = page.url();
    const [tab] = await Promise.all([context.waitForEvent("page"), page.click("nav[aria-label='Menu utama'] a:has-text('Skor')", { modifiers: ["Control"] })]);
    await tab.waitForLoadState();
    expect(tab.url()).toBe(`${BASE_URL}/skor`);
    expect(page.url()).toBe(before);
    await context.close();
  });

  it("opens a kader for editing from the roster on the same document", async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 720 } });
    await signIn(page, "lurah");
    await page.goto(`${BASE_URL}/posyandu/P187201100101/kader`, { waitUntil: "networkidle" });
    await page.evaluate(() => void ((window as Marked).__samaDokumen = 1));
    const name = (await page.textContent("table tbody tr:first-child td:first-of-type span.font-medium"))?.trim() ?? "";
    expect(name).not.toBe("");
    await page.click("table tbody tr:first-child a:has-text('Ubah')");
    await page.waitForURL(/\?ubah=.+#form-kader$/);
    await page.waitForSelector("#judul-form-kader:has-text('Ubah kader')");
    expect(await page.textContent("#judul-form-kader")).toContain(name);
    expect(await page.evaluate(() => (window as Marked).__samaDokumen)).toBe(1);
    await page.close();
  });
});
