// A camat corrects a draft meeting in Chromium: its title and place, the agenda order, an attendee removed after
// a confirmation with a message that stays, a carried action closed with a message saying where it went, an
// action's text, and finally the whole draft deleted only with "Saya yakin".
import { describe, expect, it } from "vitest";
import { chromiumForFile, shot, signIn } from "./browser";
import { BASE_URL } from "./config";

describe("correcting a draft meeting in Chromium", () => {
  const browser = chromiumForFile();

  it("edits, reorders, removes with confirmation, closes with feedback and deletes only when sure", async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 720 } });
    const dialogs: string[] = [];
    page.on("dialog", (d) => { dialogs.push(d.message()); void d.accept(); });
    await signIn(page, "camat");
    await page.goto(`${BASE_URL}/rapat`, { waitUntil: "networkidle" });
    const create = page.locator("form[aria-label='Rapat baru']");
    await create.locator("input[name=title]").fill("Rapat koreksi Metro Pusat");
    await create.locator("input[name=date]").fill("2026-11-25");
    await create.locator("input[name=place]").fill("Aula");
    await create.locator("button[type=submit]").click();
    await page.waitForURL(/\/rapat\/\d+$/);

    // The meeting's own fields.
    await page.locator("summary:has-text('Ubah data rapat')").click();
    const edit = page.locator("form[aria-label='Ubah data rapat']");
    await edit.locator("input[name=title]").fill("Rapat Pokjanal Metro Pusat November");
    await edit.locator("input[name=place]").fill("Aula Kantor Camat Metro Pusat");
    await edit.locator("button[type=submit]").click();
    await page.waitForSelector("h1:has-text('Rapat Pokjanal Metro Pusat November')");
    expect(await page.textContent("main")).toContain("Aula Kantor Camat Metro Pusat");

    // Agenda order: the first item moves down by keyboard.
    const titles = () => page.$$eval("article[data-agenda] h3", (els) => els.map((e) => e.textContent ?? ""));
    const [first, second] = await titles();
    await page.focus("button[aria-label='Turunkan agenda 1']");
    await page.keyboard.press("Enter");
    await page.waitForFunction((t) => document.querySelector("article[data-agenda] h3")?.textContent === t, `1. ${second!.slice(3)}`);
    expect((await titles())[1]).toBe(`2. ${first!.slice(3)}`);

    // An attendee removed: asked first, and the page says who was removed.
    const add = page.locator("form[aria-label='Tambah peserta']");
    await add.locator("input[name=name]").fill("Budi Santoso");
    await add.locator("button[type=submit]").click();
    await page.waitForSelector("dl[aria-label='Peserta per OPD'] >> text=Budi Santoso");
    await page.click("button[aria-label='hapus Budi Santoso']");
    await page.waitForSelector("form[aria-label='Hapus peserta'] [role=status]");
    expect(dialogs).toContain("Hapus Budi Santoso dari daftar hadir?");
    expect(await page.textContent("form[aria-label='Hapus peserta'] [role=status]")).toBe("Budi Santoso dihapus dari daftar hadir.");
    await shot(page, "rapat-koreksi-draf");

    // A carried action closed here leaves the carried list; the page says what was saved and where it went.
    const carried = page.locator("ul[aria-label='Tindakan terbuka dari rapat sebelumnya'] > li:has(summary:has-text('Catat perkembangan'))").first();
    const text = await carried.locator("span.font-medium").textContent();
    await carried.locator("summary:has-text('Catat perkembangan')").click();
    await carried.locator("input[name=note]").fill("Selesai dibahas");
    await carried.locator("select[name=newStatus]").selectOption("SELESAI");
    await carried.locator("button[type=submit]").click();
    await page.waitForSelector("[data-ditutup]");
    expect(await page.textContent("[data-ditutup]")).toContain(`“${text}” ditandai Selesai`);
    expect(await page.textContent("[data-ditutup]")).toContain("halaman Tindakan");
    await shot(page, "rapat-tindakan-ditutup");

    // An action of this meeting corrected.
    await page.locator("summary:has-text('Catat tindakan baru')").click();
    const act = page.locator("form[aria-label='Catat tindakan']");
    await act.locator("input[name=text]").fill("Sweping RW 03");
    await act.locator("button[type=submit]").click();
    const row = page.locator("ul[aria-label='Tindakan rapat ini'] > li:has-text('Sweping RW 03')");
    await row.locator("summary:has-text('Ubah tindakan')").click();
    await row.locator("form[aria-label='Ubah tindakan'] input[name=text]").fill("Sweeping balita RW 03");
    await row.locator("form[aria-label='Ubah tindakan'] button[type=submit]").click();
    await page.waitForSelector("ul[aria-label='Tindakan rapat ini'] >> text=Sweeping balita RW 03");

    // Deleting the draft needs "Saya yakin".
    await page.locator("summary:has-text('Hapus rapat')").click();
    const del = page.locator("form[aria-label='Hapus rapat']");
    await del.locator("button[type=submit]").click();
    await page.waitForSelector("form[aria-label='Hapus rapat'] >> text=Centang “Saya yakin” untuk menghapus rapat ini");
    await shot(page, "rapat-hapus-belum-yakin");
    await del.locator("input[name=yakin]").check();
    await del.locator("button[type=submit]").click();
    await page.waitForURL(/\/rapat\?dihapus=1$/);
    expect(await page.textContent("[data-dihapus]")).toContain("Rapat draf dihapus");
    expect(await page.textContent("main")).not.toContain("Rapat Pokjanal Metro Pusat November");
    await page.close();
  });
});
