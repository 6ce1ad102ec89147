// The meeting slides on a projector, in Chromium: no zoom buttons or "Unduh PNG" on a slide (the meeting page keeps
// them, and its PNG still comes out at 1200×675), a long list of decisions split over slides that the keys and the
// counter go through one by one, and the labels of the demo kecamatan's map kept apart at 1280×720 and 1366×768.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyFileSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Page } from "playwright-core";
import { createDb, type Db } from "@/lib/db/client";
import { chromiumForFile, shot, signIn } from "./browser";
import { BASE_URL, E2E_DIR, SCREENSHOT_DIR } from "./config";

const LONG = "Pelatihan kader tentang pengukuran panjang badan dengan infantometer yang benar, termasuk praktik langsung di posyandu, pencatatan hasil ke KMS dan aplikasi e-PPGBM, serta pendampingan oleh bidan desa sampai akhir bulan";
const TEXTS = Array.from({ length: 14 }, (_, i) => (i % 5 === 2 ? `${LONG} (${i + 1})` : `Tindakan uji slide nomor ${i + 1}: sweeping balita di RW ${i + 1}`));

/** The slide counter "3 / 9" as [3, 9]. */
async function counter(page: Page): Promise<[number, number]> {
  const [now, total] = ((await page.textContent("header [aria-live]")) ?? "").split("/").map((s) => Number(s.trim()));
  return [now ?? NaN, total ?? NaN];
}

/** The area labels shown (not hidden by the collision pass) with their boxes, once the pass has run. */
async function visibleLabels(page: Page) {
  await page.waitForFunction(() => {
    const els = [...document.querySelectorAll(".leaflet-tooltip.area-label")];
    return els.length > 0 && els.every((e) => e.hasAttribute("data-label"));
  });
  await page.waitForTimeout(300);
  return page.$$eval(".leaflet-tooltip.area-label", (els) => els.filter((e) => getComputedStyle(e).visibility !== "hidden").map((e) => {
    const r = e.getBoundingClientRect();
    return { text: (e as HTMLElement).innerText.replace(/\s+/g, " "), left: r.left, top: r.top, right: r.right, bottom: r.bottom };
  }));
}

describe("meeting slides on a projector", () => {
  const browser = chromiumForFile();
  let db: Db;
  let meetingId = 0;
  const actionIds: number[] = [];

  beforeAll(async () => {
    db = createDb(`file:./${E2E_DIR}/e2e.db`);
    // A draft kecamatan meeting with a chart, the demo kecamatan's map and 14 decisions, three of them long.
    const meeting = await db.meeting.create({
      data: {
        level: "KECAMATAN", areaCode: "18.72.01", date: new Date("2026-11-26T00:00:00Z"), place: "Aula Kantor Camat", kind: "RAPAT_RUTIN", title: "Rapat uji slide proyektor",
        agenda: { create: [
          { order: 1, title: "D/S per kelurahan Oktober", kind: "GRAFIK", indicator: "d_s", areaCode: "18.72.01", period: "2026-10" },
          { order: 2, title: "Peta stunting Agustus", kind: "PETA", indicator: "stunting", areaCode: "18.72.01", period: "2026-08" },
        ] },
      },
    });
    meetingId = meeting.id;
    for (const [i, text] of TEXTS.entries()) {
      const a = await db.actionItem.create({ data: { meetingId, text, ownerSector: "PUSKESMAS", ownerName: "dr. Sari Wulandari", dueDate: new Date(`2026-12-${String(10 + i).padStart(2, "0")}T00:00:00Z`), areaCode: "18.72.01.1001" } });
      actionIds.push(a.id);
    }
  });

  afterAll(async () => {
    // Leave the shared demo database as the other browser suites expect it (its open actions would be carried).
    if (meetingId) await db.meeting.delete({ where: { id: meetingId } });
    await db?.$disconnect();
  });

  it("shows no zoom buttons or Unduh PNG on a slide; the meeting page keeps both and its PNG is 1200×675", async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 720 }, acceptDownloads: true });
    await signIn(page, "camat");
    await page.goto(`${BASE_URL}/rapat/${meetingId}`, { waitUntil: "networkidle" });
    await page.waitForSelector("article[data-agenda] .leaflet-control-zoom");
    const button = page.locator("article[data-agenda]:has-text('D/S per kelurahan Oktober') button:has-text('Unduh PNG')");
    await button.waitFor();
    const [download] = await Promise.all([page.waitForEvent("download"), button.click()]);
    const png = resolve(E2E_DIR, "rapat-grafik.png");
    await download.saveAs(png);
    const bytes = readFileSync(png);
    expect(bytes.subarray(1, 4).toString()).toBe("PNG");
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1200, 675]);
    copyFileSync(png, `${SCREENSHOT_DIR}/rapat-grafik-unduhan.png`);

    await page.goto(`${BASE_URL}/rapat/${meetingId}/presentasi`, { waitUntil: "networkidle" });
    await page.keyboard.press("ArrowRight");
    await page.waitForSelector("[data-slide='2'] canvas");
    expect(await page.$$("button:has-text('Unduh PNG')")).toHaveLength(0);
    await page.keyboard.press("ArrowRight");
    await page.waitForSelector("[data-slide='3'] .area-shape");
    expect(await page.$$(".leaflet-control-zoom")).toHaveLength(0);
    expect(await page.$$("button:has-text('Unduh PNG')")).toHaveLength(0);
    await page.close();
  });

  it("splits 14 decisions over slides that → / PageDown / space reach one by one, each within the screen", async () => {
    for (const viewport of [{ width: 1280, height: 720 }, { width: 1366, height: 768 }]) {
      const page = await browser().newPage({ viewport });
      await signIn(page, "camat");
      await page.goto(`${BASE_URL}/rapat/${meetingId}/presentasi`, { waitUntil: "networkidle" });
      const [, total] = await counter(page);
      const seen: number[] = [];
      const titles: string[] = [];
      const keys = ["ArrowRight", "PageDown", "Space"];
      for (let s = 1; s <= total; s++) {
        await page.waitForSelector(`[data-slide='${s}']`);
        expect(await counter(page)).toEqual([s, total]);
        const ids = await page.$$eval("main li[data-action-id]", (els) => els.map((e) => Number(e.getAttribute("data-action-id"))));
        if (ids.length > 0) {
          titles.push((await page.textContent("header h1")) ?? "");
          // Nothing below the fold: the slide does not scroll and every action lies inside the visible main area.
          expect(await page.$eval("main", (m) => m.scrollHeight - m.clientHeight), `slide ${s} scrolls`).toBeLessThanOrEqual(1);
          const inside = await page.$eval("main", (m) => {
            const box = m.getBoundingClientRect();
            return [...m.querySelectorAll("li[data-action-id]")].every((li) => li.getBoundingClientRect().bottom <= box.bottom);
          });
          expect(inside, `slide ${s}`).toBe(true);
          if (viewport.width === 1280) await shot(page, `rapat-slide-keputusan-${titles.length}`);
        }
        seen.push(...ids);
        if (s < total) await page.keyboard.press(keys[s % keys.length]!);
      }
      // Every decision of this meeting reached once, in order, on at least two slides counted by the counter.
      expect(seen.filter((id) => actionIds.includes(id))).toEqual(actionIds);
      expect(new Set(seen).size).toBe(seen.length);
      expect(titles.length).toBeGreaterThanOrEqual(3);
      expect(titles[0]).toBe(`Keputusan dan tindak lanjut (1/${titles.length})`);
      expect(titles.at(-1)).toBe(`Keputusan dan tindak lanjut (lanjutan ${titles.length}/${titles.length})`);
      expect(total).toBe(1 + 2 + titles.length);
      // The last slide stays the last; ← and PageUp go back through the decisions.
      await page.keyboard.press("ArrowRight");
      expect(await counter(page)).toEqual([total, total]);
      await page.keyboard.press("PageUp");
      await page.keyboard.press("ArrowLeft");
      await page.waitForSelector(`[data-slide='${total - 2}']`);
      await page.close();
    }
  });

  it("keeps the demo kecamatan map's labels apart, inside the map, at 1280×720 and 1366×768", async () => {
    for (const viewport of [{ width: 1280, height: 720 }, { width: 1366, height: 768 }, { width: 900, height: 560 }]) {
      const page = await browser().newPage({ viewport });
      await signIn(page, "camat");
      await page.goto(`${BASE_URL}/rapat/${meetingId}/presentasi`, { waitUntil: "networkidle" });
      await page.keyboard.press("ArrowRight");
      await page.keyboard.press("ArrowRight");
      await page.waitForSelector("[data-slide='3'] .area-shape");
      const labels = await visibleLabels(page);
      const map = await page.$eval("[data-slide-map] .leaflet-container", (e) => e.getBoundingClientRect().toJSON() as DOMRect);
      // 8 px apart at least: their white halos (up to 6 px of text-shadow) would otherwise run together.
      for (const [i, a] of labels.entries()) {
        expect(a.left >= map.left && a.right <= map.right && a.top >= map.top && a.bottom <= map.bottom, `${a.text} inside the map`).toBe(true);
        for (const b of labels.slice(i + 1)) {
          const apart = a.right + 8 <= b.left || b.right + 8 <= a.left || a.bottom + 8 <= b.top || b.bottom + 8 <= a.top;
          expect(apart, `${a.text} / ${b.text} at ${viewport.width}`).toBe(true);
        }
      }
      const all = await page.$$(".leaflet-tooltip.area-label");
      const hidden = all.length - labels.length;
      if (viewport.width >= 1280) {
        // At projector size every area keeps a label (a long name may be shortened), so the room reads the map.
        expect(hidden).toBe(0);
        await shot(page, `rapat-slide-peta-label-${viewport.width}`);
      } else {
        // Squeezed, some are left off, and the map says where their values are.
        expect(hidden).toBeGreaterThan(0);
        expect(await page.textContent("[data-hidden-labels]")).toBe(`${hidden} nama wilayah tidak ditulis agar tidak bertumpuk; angkanya ada di tabel.`);
      }
      await page.close();
    }
  });
});
