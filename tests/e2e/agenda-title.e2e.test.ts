// A camat moves a draft's agenda item whose title names its kelurahan (as a suggested one does) to another kelurahan
// in Chromium: the notice and a hint on the item say the title still names the old one; "Ubah judul" corrects the
// title and discussion, and the hint goes. The draft is deleted again afterwards.
import { describe, expect, it } from "vitest";
import { chromiumForFile, shot, signIn } from "./browser";
import { createDraftMeeting } from "./meeting-draft";

const SUGGESTED = "Stunting naik di Kel. Hadimulyo Barat (+1,2 poin)";

describe("an agenda item's title after its area changed, in Chromium", () => {
  const browser = chromiumForFile();

  it("hints that the title names the old kelurahan until 'Ubah judul' corrects it", async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 720 } });
    page.on("dialog", (d) => void d.accept());
    await signIn(page, "camat");
    await createDraftMeeting(page, { title: "Rapat judul agenda Metro Pusat", date: "2026-11-25", suggestions: false });

    const add = page.locator("form[aria-label='Tambah agenda']");
    await add.locator("input[name=title]").fill(SUGGESTED);
    await add.locator("select[name=kind]").selectOption("GRAFIK");
    await add.locator("select[name=areaCode]").selectOption({ label: "Kelurahan Hadimulyo Barat" });
    await add.locator("button[type=submit]").click();
    const item = page.locator("article[data-agenda='1']");
    await item.waitFor();
    expect(await item.locator("[data-judul-lama]").count()).toBe(0);

    await item.locator("summary:has-text('Ubah wilayah')").click();
    const areaForm = item.locator("form[aria-label='Ubah wilayah agenda']");
    await areaForm.locator("select[name=areaCode]").selectOption({ label: "Kelurahan Metro" });
    await areaForm.locator("button[type=submit]").click();
    await item.locator("[data-judul-lama]").waitFor();
    expect(await areaForm.locator("[role=status]").textContent()).toBe(`Wilayah agenda “${SUGGESTED}” diubah ke Kelurahan Metro. Judulnya masih menyebut Kelurahan Hadimulyo Barat: perbarui lewat “Ubah judul”.`);
    expect(await item.locator("[data-judul-lama]").textContent()).toBe("Judul agenda ini menyebut Kelurahan Hadimulyo Barat, padahal wilayah agenda ini Kelurahan Metro: perbarui lewat “Ubah judul”.");
    await shot(page, "rapat-judul-agenda-lama");

    await item.locator("summary:has-text('Ubah judul')").click();
    const textForm = item.locator("form[aria-label='Ubah judul agenda']");
    expect(await textForm.locator("input[name=title]").inputValue()).toBe(SUGGESTED);
    await textForm.locator("input[name=title]").fill("");
    await textForm.locator("button[type=submit]").click();
    await textForm.locator("text=Judul agenda wajib diisi").waitFor();
    await textForm.locator("input[name=title]").fill("Stunting di Kel. Metro");
    await textForm.locator("textarea[name=discussion]").fill("Dibahas bersama Puskesmas Metro.");
    await textForm.locator("button[type=submit]").click();
    await page.waitForSelector("article[data-agenda='1'] h3:has-text('1. Stunting di Kel. Metro')");
    expect(await item.locator("[data-judul-lama]").count()).toBe(0);
    // The area form's notice said the title names the old kelurahan: no longer true, so it is gone.
    expect(await areaForm.locator("[role=status]").count()).toBe(0);
    expect(await textForm.locator("[role=status]").textContent()).toBe(`Judul agenda “${SUGGESTED}” diubah menjadi “Stunting di Kel. Metro”.`);
    expect(await item.textContent()).toContain("Dibahas bersama Puskesmas Metro.");
    await shot(page, "rapat-judul-agenda-diubah");

    await page.locator("summary:has-text('Hapus rapat')").click();
    const del = page.locator("form[aria-label='Hapus rapat']");
    await del.locator("input[name=yakin]").check();
    await del.locator("button[type=submit]").click();
    await page.waitForURL(/\/rapat\?dihapus=1$/);
    await page.close();
  });
});
