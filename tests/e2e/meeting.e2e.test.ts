// A camat runs a Pokjanal meeting end to end: suggested agenda, attendees, two
// actions, lock, presentation, notulen (PDF), the offline HTML pack opened from
// disk with the network off, a data correction that must not change the frozen
// figure, and a second meeting that carries the open actions forward.
import { describe, expect, it } from "vitest";
import { writeFileSync, statSync } from "node:fs";
import { resolve } from "node:path";
import type { Page } from "playwright-core";
import { chromiumForFile, shot, signIn } from "./browser";
import { BASE_URL, E2E_DIR, SCREENSHOT_DIR } from "./config";

async function createMeeting(page: Page, title: string, suggested: boolean, date?: string): Promise<string> {
  await page.goto(`${BASE_URL}/rapat`, { waitUntil: "networkidle" });
  const form = page.locator("form[aria-label='Rapat baru']");
  await form.locator("input[name=title]").fill(title);
  if (date) await form.locator("input[name=date]").fill(date);
  await form.locator("input[name=place]").fill("Aula Kantor Camat");
  if (!suggested) await form.locator("input[name=saran]").uncheck();
  await form.locator("button[type=submit]").click();
  await page.waitForURL(/\/rapat\/\d+$/);
  return page.url();
}

const totalOf = (page: Page, title: string) => page.locator(`article:has(h3:has-text("${title}")) [data-figure=total]`).textContent();

describe("a Pokjanal meeting in Chromium", () => {
  const browser = chromiumForFile();

  it("goes from suggested agenda to locked record, slides, notulen and offline pack, and carries actions forward", async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 720 } });
    page.on("dialog", (d) => void d.accept());
    await signIn(page, "camat");
    // Held in November: an action due before today is overdue, and none may be due before the meeting.
    const url = await createMeeting(page, "Rapat Pokjanal Kecamatan Metro Pusat", true, "2026-11-10");
    const kinds = await page.$$eval("article[data-agenda] [data-agenda-kind]", (els) => els.map((e) => e.getAttribute("data-agenda-kind")));
    expect(kinds.length).toBeGreaterThanOrEqual(3);
    expect(kinds[0]).toBe("TINDAKAN");
    expect(await page.textContent("main")).toContain("Tindakan terbuka dari rapat sebelumnya");
    // A D/S item for Kel. Metro, October 2026: the figure that a correction will try to change.
    const agenda = page.locator("form[aria-label='Tambah agenda']");
    await agenda.locator("input[name=title]").fill("D/S Kel. Metro Oktober");
    await agenda.locator("select[name=kind]").selectOption("GRAFIK");
    await agenda.locator("select[name=indicator]").selectOption("d_s");
    await agenda.locator("select[name=areaCode]").selectOption("18.72.01.1001");
    await agenda.locator("input[name=period]").fill("2026-10");
    await agenda.locator("button[type=submit]").click();
    await page.waitForSelector("article:has-text('D/S Kel. Metro Oktober') canvas");
    for (const [sector, name] of [["DINKES", "dr. Sari Wulandari"], ["TP_PKK", "Ibu Wati Lestari"]] as const) {
      const f = page.locator("form[aria-label='Tambah peserta']");
      await f.locator("select[name=sector]").selectOption(sector);
      await f.locator("input[name=name]").fill(name);
      await f.locator("button[type=submit]").click();
      await page.waitForSelector(`dl[aria-label='Peserta per OPD'] >> text=${name}`);
    }
    for (const [text, sector, due] of [["Sweeping balita yang belum ditimbang", "PUSKESMAS", "2026-12-20"], ["Rekrut dua kader baru di Kel. Metro", "LURAH", "2026-11-20"]] as const) {
      const details = page.locator("details:has(summary:has-text('Catat tindakan baru'))");
      if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await details.locator("summary").click();
      const f = page.locator("form[aria-label='Catat tindakan']");
      await f.locator("input[name=text]").fill(text);
      await f.locator("select[name=ownerSector]").selectOption(sector);
      await f.locator("input[name=dueDate]").fill(due);
      await f.locator("button[type=submit]").click();
      await page.waitForSelector(`ul[aria-label='Tindakan rapat ini'] >> text=${text}`);
    }
    expect(await page.getAttribute("ul[aria-label='Tindakan rapat ini'] li:has-text('Rekrut dua kader')", "data-terlambat")).toBe("ya");
    await page.click("button:has-text('Kunci rapat')");
    await page.waitForSelector("[data-status=TERKUNCI]");
    const frozen = await totalOf(page, "D/S Kel. Metro Oktober");
    expect(frozen).toMatch(/^\d+,\d%$/);
    await shot(page, "rapat-terkunci-1280");
    // The attendance list stays open after locking: typed up afterwards from the paper sign-in sheet.
    const late = page.locator("form[aria-label='Tambah peserta']");
    await late.locator("select[name=sector]").selectOption("DINSOS");
    await late.locator("input[name=name]").fill("Pak Budi Santoso");
    await late.locator("button[type=submit]").click();
    await page.waitForSelector("dl[aria-label='Peserta per OPD'] >> text=Pak Budi Santoso");

    // Presentation: title slide, then agenda slides by keyboard; Esc leaves.
    await page.goto(`${url}/presentasi`, { waitUntil: "networkidle" });
    expect(await page.getAttribute("[data-slide]", "data-slide")).toBe("1");
    await shot(page, "rapat-slide-1");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await page.waitForSelector("[data-slide='3']");
    await page.waitForSelector("[data-slide='3'] canvas, [data-slide='3'] .area-shape");
    expect(await page.textContent("[data-slide='3'] [data-source-line]")).toContain("angka dibekukan");
    await shot(page, "rapat-slide-3");
    expect(await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)).toBe(false);
    // Every slide fits one screen; a chart takes the height its slide leaves (it stood at 280 px), and a map
    // writes each area's name and value on its shape, for a room with no mouse to hover.
    const total = Number((await page.textContent("header [aria-live]"))?.split("/")[1]);
    let maps = 0;
    for (let s = 3; s <= total; s++) {
      if (s > 3) {
        await page.keyboard.press("ArrowRight");
        await page.waitForSelector(`[data-slide='${s}']`);
      }
      if (await page.$("[data-slide-map]")) {
        await page.waitForSelector(".leaflet-tooltip.area-label");
        const labels = await page.$$eval(".leaflet-tooltip.area-label", (els) => els.map((e) => e.textContent ?? ""));
        expect(labels).toHaveLength((await page.$$(".area-shape")).length);
        for (const label of labels) expect(label).toMatch(/^\D+(\d+,\d%|tidak ada data)$/);
        expect(await page.$eval(".leaflet-tooltip.area-label", (e) => parseFloat(getComputedStyle(e).fontSize))).toBeGreaterThanOrEqual(20);
        if (maps++ === 0) await shot(page, "rapat-slide-peta");
      } else if (await page.$("main canvas")) {
        const [h, room] = await page.$eval("main canvas", (c) => [c.getBoundingClientRect().height, document.querySelector("main")?.clientHeight ?? 0]);
        expect(h).toBeGreaterThan(room * 0.5);
      }
      expect(await page.$eval("main", (m) => m.scrollHeight - m.clientHeight), `slide ${s} scrolls`).toBeLessThanOrEqual(1);
    }
    expect(maps).toBeGreaterThan(0);
    // The last slide tells today's decisions from the open actions carried from the demo's September meeting.
    expect(await page.textContent("ol[aria-label='Keputusan rapat ini']")).toContain("Rekrut dua kader baru di Kel. Metro");
    const older = await page.textContent("ol[aria-label='Dari rapat sebelumnya']");
    expect(older).toContain("dari rapat 20 September 2026");
    expect(older).not.toContain("Rekrut dua kader");
    await shot(page, "rapat-slide-tindakan");
    await page.keyboard.press("Escape");
    await page.waitForURL(url);

    // Notulen: A4 print view, saved as PDF by Chromium.
    await page.goto(`${url}/notulen`, { waitUntil: "networkidle" });
    const notulen = await page.textContent("body");
    expect(notulen).toContain("Notulen Rapat");
    expect(notulen).toContain("dr. Sari Wulandari");
    expect(notulen).toContain("Rekrut dua kader baru di Kel. Metro");
    expect(notulen).toContain("Pimpinan rapat");
    await shot(page, "rapat-notulen");
    const pdf = resolve(E2E_DIR, "notulen.pdf");
    await page.emulateMedia({ media: "print" });
    await page.pdf({ path: pdf, format: "A4" });
    expect(statSync(pdf).size).toBeGreaterThan(20_000);

    // Offline pack: downloaded in under 5 s, opened from disk with the network disabled.
    const started = Date.now();
    const res = await page.request.get(`${url.replace("/rapat/", "/api/rapat/")}/paket`);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(res.headers()["content-disposition"]).toContain("attachment");
    const file = resolve(E2E_DIR, "paket.html");
    writeFileSync(file, await res.body());
    const offline = await browser().newContext({ offline: true, viewport: { width: 1280, height: 720 } });
    const requests: string[] = [];
    const pack = await offline.newPage();
    pack.on("request", (r) => { if (!r.url().startsWith("file:") && !r.url().startsWith("data:")) requests.push(r.url()); });
    await pack.goto(`file://${file}`);
    expect(await pack.$$("svg .bar-row, svg rect")).not.toHaveLength(0);
    expect((await pack.$$("svg path.area-shape")).length).toBeGreaterThanOrEqual(5);
    expect(await pack.textContent("body")).toContain(frozen!);
    expect(requests).toEqual([]);
    await pack.screenshot({ path: `${SCREENSHOT_DIR}/rapat-paket-offline.png`, fullPage: false });
    await offline.close();

    // The lurah corrects October for one posyandu of Kel. Metro; the locked meeting keeps the old figure.
    const lurah = await browser().newPage({ viewport: { width: 1280, height: 720 } });
    await signIn(lurah, "lurah");
    await lurah.goto(`${BASE_URL}/laporan?wilayah=18.72.01.1001&periode=2026-10`, { waitUntil: "networkidle" });
    const d = lurah.locator("input[data-col=d]").first();
    const row = await d.getAttribute("data-row");
    const n = Number(await lurah.locator(`input[data-row="${row}"][data-col=n]`).inputValue());
    await lurah.locator(`input[data-row="${row}"][data-col=n]`).fill("0");
    await lurah.locator(`input[data-row="${row}"][data-col=bgm]`).fill("0");
    await lurah.locator(`input[data-row="${row}"][data-col=t2]`).fill("0");
    for (const col of ["o", "b"]) await lurah.locator(`input[data-row="${row}"][data-col=${col}]`).fill("0");
    await d.fill("0");
    await lurah.click("text=Simpan semua");
    await lurah.waitForSelector("text=/Tersimpan: 0 baru, 1 diperbarui/");
    expect(n).toBeGreaterThanOrEqual(0);
    const live = await (await lurah.request.get(`${BASE_URL}/api/v1/indikator?wilayah=18.72.01.1001&periode=2026-10`)).json();
    await lurah.close();
    expect(`${String(Math.round(live.indikator.d_s.nilai * 10) / 10).replace(".", ",")}%`).not.toBe(frozen);
    await page.goto(url, { waitUntil: "networkidle" });
    expect(await totalOf(page, "D/S Kel. Metro Oktober")).toBe(frozen);
    // …and tells the room that today's data reads it differently.
    const drift = await page.textContent("[data-drift]");
    expect(drift).toContain("Data terkini berbeda dari angka yang dibekukan");
    expect(drift).toContain(`Kelurahan Metro, Oktober 2026: ${frozen} → `);
    await shot(page, "rapat-terkunci-data-berubah");

    // The next meeting of Metro Pusat starts with the open actions.
    await createMeeting(page, "Rapat Pokjanal Kecamatan Desember", false);
    const carried = await page.textContent("ul[aria-label='Tindakan terbuka dari rapat sebelumnya']");
    expect(carried).toContain("Sweeping balita yang belum ditimbang");
    expect(carried).toContain("Rekrut dua kader baru di Kel. Metro");
    // …and the kecamatan page flags the overdue one.
    await page.goto(`${BASE_URL}/wilayah/18.72.01`, { waitUntil: "networkidle" });
    expect(await page.textContent("#tindakan-terbuka")).toMatch(/terlambat/);

    // Marking an action Selesai on /tindakan: the page says what was saved and lists it under "Baru diselesaikan".
    await page.goto(`${BASE_URL}/tindakan`, { waitUntil: "networkidle" });
    const sweep = page.locator("ul[aria-label='Tindakan terbuka'] > li:has-text('Sweeping balita yang belum ditimbang')");
    // The row also carries the chair's "Ubah tindakan" form: the progress form is the one under "Catat perkembangan".
    const progress = sweep.locator("details", { has: page.locator("summary", { hasText: "Catat perkembangan" }) });
    await progress.locator("summary").click();
    await progress.locator("input[name=note]").fill("Sweeping seluruh RW selesai");
    await progress.locator("select[name=newStatus]").selectOption("SELESAI");
    await progress.locator("button[type=submit]").click();
    await page.waitForSelector("[data-ditutup]");
    expect(await page.textContent("[data-ditutup]")).toContain("“Sweeping balita yang belum ditimbang” ditandai Selesai");
    expect(await page.textContent("ul[aria-label='Tindakan terbuka']")).not.toContain("Sweeping balita");
    expect(await page.textContent("ul[aria-label='Baru diselesaikan']")).toContain("Sweeping seluruh RW selesai");
    await shot(page, "tindakan-baru-diselesaikan");
    await page.close();
  });

  it("names the demo's kota meeting's area once: Kota Metro, not Kota Kota Metro", async () => {
    const pimpinan = await browser().newPage();
    await signIn(pimpinan, "pimpinan");
    await pimpinan.goto(`${BASE_URL}/rapat`, { waitUntil: "networkidle" });
    const row = pimpinan.locator("table[aria-label='Daftar rapat'] tbody tr", { hasText: "Rapat Rutin Pokjanal Posyandu Kota" });
    expect((await row.locator("td").nth(2).textContent())?.trim()).toBe("Kota Metro");
    await row.locator("a").first().click();
    await pimpinan.waitForURL(/\/rapat\/\d+$/);
    const line = await pimpinan.textContent("main p:has-text('Aula Bappeda Kota')");
    expect(line).toContain("· Kota Metro ·");
    expect(line).not.toContain("Kota Kota");
    // Its map item per kecamatan has no kecamatan boundaries to draw: the figures per kecamatan still show, as bars,
    // on the page and on the slide (the slide showed only the kota total before).
    const mapItem = pimpinan.locator("article[data-agenda]:has([data-agenda-kind=PETA])", { has: pimpinan.locator("[data-map-fallback]") });
    await mapItem.locator("canvas").waitFor();
    expect(await mapItem.locator("[data-map-fallback]").textContent()).toContain("belum ada batas wilayah");
    const meetingUrl = pimpinan.url();
    await pimpinan.goto(`${meetingUrl}/presentasi`, { waitUntil: "networkidle" });
    let slide = 1;
    while (!(await pimpinan.$(`[data-slide='${slide}'] [data-map-fallback]`)) && slide < 10) {
      await pimpinan.keyboard.press("ArrowRight");
      await pimpinan.waitForSelector(`[data-slide='${++slide}']`);
    }
    await pimpinan.waitForSelector(`[data-slide='${slide}'] canvas`);
    expect(await pimpinan.$$(`[data-slide='${slide}'] canvas`)).toHaveLength(1);
    await shot(pimpinan, "rapat-slide-peta-tanpa-batas");
    await pimpinan.close();
  });

  it("hides the meeting from another area and refuses the pack", async () => {
    const camat = await browser().newPage();
    await signIn(camat, "camat");
    await camat.goto(`${BASE_URL}/rapat`, { waitUntil: "networkidle" });
    const href = await camat.getAttribute("table[aria-label='Daftar rapat'] tbody tr:first-child a", "href");
    await camat.close();
    const lurah = await browser().newPage();
    await signIn(lurah, "lurah");
    expect((await lurah.goto(`${BASE_URL}${href}`))?.status()).toBe(404);
    expect((await lurah.request.get(`${BASE_URL}/api${href}/paket`)).status()).toBe(404);
    await lurah.close();
  });
});
