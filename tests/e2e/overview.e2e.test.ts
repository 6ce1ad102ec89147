import { describe, expect, it } from "vitest";
import { chromiumForFile, scrollsHorizontally, shot, signIn } from "./browser";
import { BASE_URL } from "./config";

const KELURAHAN_METRO = [
  "Metro", "Hadimulyo Timur", "Imopuro", "Hadimulyo Barat", "Yosomulyo", "Banjarsari", "Purwosari", "Karangrejo", "Purwoasri",
  "Mulyojati", "Ganjar Agung", "Mulyosari", "Ganjar Asri", "Yosodadi", "Tejosari", "Iring Mulyo", "Yosorejo", "Tejo Agung",
  "Rejomulyo", "Margorejo", "Sumbersari Bantul", "Margodadi",
];

describe("overview in Chromium", () => {
  const browser = chromiumForFile();

  it("sends an anonymous visitor to the Indonesian sign-in page and rejects a wrong password", async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(`${BASE_URL}/`);
    expect(page.url()).toBe(`${BASE_URL}/masuk`);
    expect(await page.textContent("body")).toContain("Silakan masuk");
    await page.fill("input[name=username]", "admin");
    await page.fill("input[name=password]", "salah-sandi-1");
    await page.click("button[type=submit]");
    await page.waitForSelector("form [role=alert]");
    expect(await page.textContent("form [role=alert]")).toContain("Nama pengguna atau kata sandi salah");
    await shot(page, "masuk-gagal");
    await page.close();
  });

  it("shows the admin Kota Metro's 5 kecamatan and 22 kelurahan with their official names", async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 720 } });
    await signIn(page, "admin");
    expect(await page.textContent("h1")).toBe("Ringkasan Kota Metro");
    expect(await page.isVisible("text=DATA DEMO")).toBe(true);
    // The register cards are today's, whatever month the figures above them show, and say so.
    expect(await page.textContent("#register")).toMatch(/^Register hari ini \(\d{1,2} \w+ \d{4}\)$/);
    const cards = await page.$$eval("section[aria-label=Ringkasan] > div", (els) => els.map((e) => e.textContent));
    expect(cards[0]).toContain("Kecamatan5");
    expect(cards[1]).toContain("Kelurahan/desa22");
    const rows = await page.$$eval("tr[data-kode] td:first-child", (els) => els.map((e) => e.textContent?.trim()));
    expect(rows).toEqual(KELURAHAN_METRO);
    const groups = await page.$$eval("th[scope=rowgroup]", (els) => els.map((e) => e.textContent));
    expect(groups).toEqual(["Kecamatan Metro Pusat", "Kecamatan Metro Utara", "Kecamatan Metro Barat", "Kecamatan Metro Timur", "Kecamatan Metro Selatan"]);
    expect(await scrollsHorizontally(page)).toBe(false);
    await shot(page, "ringkasan-admin-1280");
    await page.close();
  });

  it("shows the kota team its open meeting actions on the ringkasan, as the kota area page does", async () => {
    const page = await browser().newPage({ viewport: { width: 1366, height: 768 } });
    await signIn(page, "pimpinan");
    const heading = await page.textContent("#tindakan-terbuka");
    // The demo's kota meeting left actions open, two of them past their due date.
    expect(heading).toMatch(/^Tindak lanjut rapat: \d+ terbuka, \d+ terlambat$/);
    expect(await page.locator("section:has(#tindakan-terbuka) li[data-terlambat=ya]").count()).toBeGreaterThan(0);
    await page.goto(`${BASE_URL}/wilayah/18.72`, { waitUntil: "networkidle" });
    expect(await page.textContent("#tindakan-terbuka")).toBe(heading);
    await page.close();
  });

  it("shows the camat only Metro Pusat, also on a phone, and signs out", async () => {
    const page = await browser().newPage({ viewport: { width: 390, height: 844 } });
    await signIn(page, "camat");
    // The camat lands on the kecamatan page: its kelurahan in the table, plus the total row.
    expect(page.url()).toBe(`${BASE_URL}/wilayah/18.72.01`);
    expect(await page.textContent("h1")).toBe("Kecamatan Metro Pusat");
    await page.waitForSelector("table[aria-label='Indikator per wilayah']");
    const rows = await page.$$eval("table[aria-label='Indikator per wilayah'] tr[data-kode]", (els) => els.map((e) => e.getAttribute("data-kode")));
    expect(rows.sort()).toEqual(["18.72.01", "18.72.01.1001", "18.72.01.1002", "18.72.01.1003", "18.72.01.1004", "18.72.01.1005"]);
    expect(await page.textContent("body")).not.toContain("Banjarsari");
    expect(await scrollsHorizontally(page)).toBe(false);
    await shot(page, "ringkasan-camat-390");
    await page.click("text=Keluar");
    await page.waitForURL(`${BASE_URL}/masuk`);
    await page.goto(`${BASE_URL}/`);
    expect(page.url()).toBe(`${BASE_URL}/masuk`);
    await page.close();
  });

  it("shows the puskesmas its wilayah kerja's indicators per kelurahan, totalled, for a chosen month", async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 800 } });
    await signIn(page, "puskesmas");
    expect(await page.textContent("h1")).toBe("Ringkasan Wilayah kerja Puskesmas Metro");
    const table = "table[aria-label='Indikator per kelurahan/desa']";
    await page.waitForSelector(table);
    const kodes = () => page.$$eval(`${table} tr[data-kode]`, (els) => els.map((e) => e.getAttribute("data-kode")));
    // Sorted by name (Hadimulyo Timur before Metro), the total last.
    expect(await kodes()).toEqual(["18.72.01.1002", "18.72.01.1001", "wilayah-kerja"]);
    const total = (await page.textContent(`${table} tr.total`))!;
    expect(total).toContain("Wilayah kerja Puskesmas Metro (total)");
    // Six indicator cells, each a percentage (the demo has data for every one of them).
    expect(await page.$$eval(`${table} tr.total td`, (els) => els.map((e) => /\d,\d%/.test(e.textContent ?? "")))).toEqual([true, true, true, true, true, true]);
    expect(await page.textContent("body")).not.toContain("Imopuro");
    // The map draws its two kelurahan, coloured by stunting, and its 11 posyandu as markers.
    await page.waitForSelector(".leaflet-overlay-pane path.area-shape");
    expect(await page.$$eval(".leaflet-overlay-pane path.area-shape", (els) => els.length)).toBe(2);
    expect(await page.$$eval(".leaflet-overlay-pane .posyandu-marker", (els) => els.length)).toBe(11);
    expect(await page.textContent("#peta-wilayah-kerja")).toBe("Prevalensi stunting per kelurahan/desa, Agustus 2026");
    await shot(page, "ringkasan-puskesmas-1280");
    // Another month through the picker: the table follows it.
    await page.selectOption("form[aria-label='Pilihan tampilan'] select[name=bulan]", "2026-08");
    await Promise.all([page.waitForURL(/bulan=2026-08/), page.click("form[aria-label='Pilihan tampilan'] button[type=submit]")]);
    expect(await page.textContent("#indikator-wilayah-kerja + p")).toContain("Bulan Agustus 2026");
    // The download is the same table, total first.
    const csv = await (await page.request.get(`${BASE_URL}/api/skor?wilayah=wilayah-kerja&bulan=2026-08&format=csv`)).text();
    expect(csv.split("\r\n")[1]).toMatch(/^;Wilayah kerja Puskesmas Metro;/);
    // And the API gives the same report as JSON.
    const api = await (await page.request.get(`${BASE_URL}/api/v1/indikator?wilayah=wilayah-kerja&periode=2026-08`)).json();
    expect(api.wilayah.nama).toBe("Wilayah kerja Puskesmas Metro");
    expect(api.anak.map((a: { wilayah: { kode: string } }) => a.wilayah.kode)).toEqual(["18.72.01.1001", "18.72.01.1002"]);
    await Promise.all([page.waitForURL(`${BASE_URL}/wilayah/18.72.01.1001`), page.click(`${table} a:text-is("Metro")`)]);
    await page.close();
  });
});
