import { describe, expect, it } from "vitest";
import { chromiumForFile, scrollsHorizontally, shot, signIn } from "./browser";
import { BASE_URL } from "./config";

describe("data entry and registry pages in Chromium", () => {
  const browser = chromiumForFile();

  it("lets the lurah save the monthly grid and shows the result in the API at once", async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 720 } });
    await signIn(page, "lurah");
    const before = await (await page.request.get(`${BASE_URL}/api/v1/indikator?wilayah=18.72.01.1001&periode=2026-10`)).json();
    await page.goto(`${BASE_URL}/laporan?wilayah=18.72.01.1001&periode=2026-10`, { waitUntil: "networkidle" });
    // A row where D can drop by one and stay ≥ BGM and 2T, and D − O − B ≥ N.
    const row = await page.evaluate(() => {
      const val = (r: string, c: string) => Number((document.querySelector(`input[data-row="${r}"][data-col="${c}"]`) as HTMLInputElement | null)?.value || 0);
      const rows = [...document.querySelectorAll<HTMLInputElement>("input[data-col=d]")].map((i) => i.dataset.row!);
      return rows.find((r) => val(r, "d") - 1 - val(r, "o") - val(r, "b") >= val(r, "n") && val(r, "d") - 1 >= Math.max(val(r, "bgm"), val(r, "t2")));
    });
    expect(row).toBeDefined();
    const d = page.locator(`input[data-row="${row}"][data-col=d]`);
    const old = Number(await d.inputValue());
    await d.fill(String(old - 1));
    await page.click("text=Simpan semua");
    await page.waitForSelector("text=/Tersimpan: 0 baru, 1 diperbarui/");
    await shot(page, "laporan-tersimpan");
    const after = await (await page.request.get(`${BASE_URL}/api/v1/indikator?wilayah=18.72.01.1001&periode=2026-10`)).json();
    expect(after.indikator.d_s.pembilang).toBe(before.indikator.d_s.pembilang - 1);
    await page.close();
  });

  it("refuses a decimal typed into a count (Chromium read \"3,5\" as 35) and an N above D − O − B, saving nothing", async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 720 } });
    await signIn(page, "lurah");
    await page.goto(`${BASE_URL}/laporan?wilayah=18.72.01.1001&periode=2026-09`, { waitUntil: "networkidle" });
    const before = await (await page.request.get(`${BASE_URL}/api/v1/indikator?wilayah=18.72.01.1001&periode=2026-09`)).json();
    await page.locator('input[data-row="0"][data-col=kader_bertugas]').fill("3,5");
    // Another row with children weighed and gaining: all of its D marked O leaves N nothing to be counted on.
    const row = await page.evaluate(() => {
      const val = (r: string, c: string) => Number((document.querySelector(`input[data-row="${r}"][data-col="${c}"]`) as HTMLInputElement | null)?.value || 0);
      return [...document.querySelectorAll<HTMLInputElement>("input[data-col=d]")].map((i) => i.dataset.row!).find((r) => r !== "0" && val(r, "n") > 0);
    });
    expect(row).toBeDefined();
    const d = Number(await page.locator(`input[data-row="${row}"][data-col=d]`).inputValue());
    await page.locator(`input[data-row="${row}"][data-col=o]`).fill(String(d));
    await page.locator(`input[data-row="${row}"][data-col=b]`).fill("0");
    await page.click("text=Simpan semua");
    // Both rows' errors in one answer: the malformed cell did not hide the other row's SKDN error.
    await page.waitForSelector("text=/Periksa isian yang ditandai merah/");
    expect(await page.locator('input[data-row="0"][data-col=kader_bertugas]').inputValue()).toBe("3,5");
    const body = await page.textContent("form[aria-labelledby=grid-title]");
    expect(body).toContain("Kader: isi bilangan bulat 0 atau lebih");
    expect(body).toMatch(/N: N \(\d+\) lebih besar dari D − O − B \(0\)/);
    await shot(page, "laporan-galat-ob");
    const after = await (await page.request.get(`${BASE_URL}/api/v1/indikator?wilayah=18.72.01.1001&periode=2026-09`)).json();
    expect(after.indikator.n_d).toEqual(before.indikator.n_d);
    await page.close();
  });

  it("answers 404 for a posyandu outside the lurah's kelurahan and hides admin pages", async () => {
    const page = await browser().newPage();
    await signIn(page, "lurah");
    expect((await page.goto(`${BASE_URL}/posyandu/P187202100101/ubah`))?.status()).toBe(404);
    expect((await page.goto(`${BASE_URL}/posyandu/P187201100101/ubah`))?.status()).toBe(200);
    expect((await page.goto(`${BASE_URL}/admin/pengguna`))?.status()).toBe(404);
    await page.close();
  });

  it("shows the admin the users, targets and audit pages without horizontal scrolling on a phone", async () => {
    const page = await browser().newPage({ viewport: { width: 390, height: 844 } });
    await signIn(page, "admin");
    for (const path of ["/admin/pengguna", "/admin/target", "/admin/audit", "/posyandu"]) {
      const res = await page.goto(`${BASE_URL}${path}`, { waitUntil: "networkidle" });
      expect(res?.status()).toBe(200);
      expect(await scrollsHorizontally(page)).toBe(false);
    }
    expect(await page.textContent("body")).toContain("Posyandu");
    await shot(page, "posyandu-admin-390");
    await page.close();
  });
});
