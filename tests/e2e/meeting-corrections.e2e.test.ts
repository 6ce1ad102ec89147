// A camat corrects a draft meeting in Chromium: its title and place, the agenda order and an item's area, attendees
// added (the notice goes with the next entry or list change) and removed after a confirmation with a message that
// stays, a carried action closed with a message saying where it went, an action's text, and finally the whole draft
// deleted only with "Saya yakin" (its message alone, beside the box). Then actions corrected from /tindakan.
import { describe, expect, it } from "vitest";
import { chromiumForFile, shot, signIn } from "./browser";
import { BASE_URL } from "./config";
import { createDraftMeeting } from "./meeting-draft";

describe("correcting a draft meeting in Chromium", () => {
  const browser = chromiumForFile();

  it("edits, reorders, removes with confirmation, closes with feedback and deletes only when sure", async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 720 } });
    const dialogs: string[] = [];
    page.on("dialog", (d) => { dialogs.push(d.message()); void d.accept(); });
    await signIn(page, "camat");
    await createDraftMeeting(page, { title: "Rapat koreksi Metro Pusat", date: "2026-11-25" });

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

    // An agenda item moved to a kelurahan of the meeting: the item says so and its figures follow.
    const item = page.locator("article[data-agenda='1']");
    await item.locator("summary:has-text('Ubah wilayah')").click();
    const areaForm = item.locator("form[aria-label='Ubah wilayah agenda']");
    const village = await areaForm.locator("select[name=areaCode] option").nth(1).textContent();
    await areaForm.locator("select[name=areaCode]").selectOption({ index: 1 });
    await areaForm.locator("button[type=submit]").click();
    await page.waitForSelector(`article[data-agenda='1'] [role=status] >> text=diubah ke ${village}`);

    // Attendees added: the notice names who was added and goes once the next name is typed or the list changes.
    const add = page.locator("form[aria-label='Tambah peserta']");
    const added = add.locator("[role=status]");
    await add.locator("input[name=name]").fill("Budi Santoso");
    await add.locator("button[type=submit]").click();
    await page.waitForSelector("dl[aria-label='Peserta per OPD'] >> text=Budi Santoso");
    expect(await added.textContent()).toBe("Budi Santoso ditambahkan.");
    await add.locator("input[name=name]").pressSequentially("Siti");
    expect(await added.count()).toBe(0);
    await add.locator("input[name=name]").fill("Siti Aminah");
    await add.locator("button[type=submit]").click();
    await page.waitForSelector("dl[aria-label='Peserta per OPD'] >> text=Siti Aminah");
    expect(await added.textContent()).toBe("Siti Aminah ditambahkan.");
    // An attendee removed: asked first, and the page says who was removed (the older "ditambahkan" is gone).
    await page.click("button[aria-label='hapus Budi Santoso']");
    await page.waitForSelector("form[aria-label='Hapus peserta'] [role=status]");
    expect(dialogs).toContain("Hapus Budi Santoso dari daftar hadir?");
    expect(await page.textContent("form[aria-label='Hapus peserta'] [role=status]")).toBe("Budi Santoso dihapus dari daftar hadir.");
    expect(await added.count()).toBe(0);
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
    await page.waitForSelector("[data-diubah-pesan]");
    expect(await page.textContent("[data-diubah-pesan]")).toContain("Tersimpan: tindakan “Sweeping balita RW 03” diubah.");

    // Deleting the draft needs "Saya yakin".
    await page.locator("summary:has-text('Hapus rapat')").click();
    const del = page.locator("form[aria-label='Hapus rapat']");
    await del.locator("button[type=submit]").click();
    await page.waitForSelector("form[aria-label='Hapus rapat'] >> text=Centang “Saya yakin” untuk menghapus rapat ini");
    // Only the box's own message: "check the marked fields" would point at the one field it already explains.
    expect(await del.textContent()).not.toContain("Periksa kembali isian yang ditandai.");
    expect(await del.locator("[role=alert]").allTextContents()).toEqual(["Centang “Saya yakin” untuk menghapus rapat ini"]);
    await shot(page, "rapat-hapus-belum-yakin");
    await del.locator("input[name=yakin]").check();
    await del.locator("button[type=submit]").click();
    await page.waitForURL(/\/rapat\?dihapus=1$/);
    expect(await page.textContent("[data-dihapus]")).toContain("Rapat draf dihapus");
    expect(await page.textContent("main")).not.toContain("Rapat Pokjanal Metro Pusat November");
    await page.close();
  });

  it("corrects an action from /tindakan as its meeting's chair; the owner OPD sees no correction form", async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 720 } });
    page.on("dialog", (d) => void d.accept());
    await signIn(page, "camat");
    // Its own meeting and action: the suite shares one database, whose other tests close the demo's open actions.
    const meetingUrl = await createDraftMeeting(page, { title: "Rapat tindak lanjut Metro Pusat", date: "2026-11-26" });
    await page.locator("summary:has-text('Catat tindakan baru')").click();
    await page.locator("form[aria-label='Catat tindakan'] input[name=text]").fill("Sweping balita gizi kurang RW 05");
    // Owned by the puskesmas, about its kelurahan: the puskesmas may report progress on it, not correct it.
    await page.locator("form[aria-label='Catat tindakan'] select[name=ownerSector]").selectOption("PUSKESMAS");
    await page.locator("form[aria-label='Catat tindakan'] select[name=areaCode]").selectOption({ label: "Kelurahan Metro" });
    await page.locator("form[aria-label='Catat tindakan'] button[type=submit]").click();
    await page.waitForSelector("ul[aria-label='Tindakan rapat ini'] >> text=Sweping balita gizi kurang RW 05");

    await page.goto(`${BASE_URL}/tindakan`, { waitUntil: "networkidle" });
    const row = page.locator("ul[aria-label='Tindakan terbuka'] > li:has-text('Sweping balita gizi kurang RW 05')");
    const id = await row.getAttribute("data-tindakan");
    await row.locator("summary:has-text('Ubah tindakan')").click();
    const form = row.locator("form[aria-label='Ubah tindakan']");
    await form.locator("input[name=text]").fill("Kunjungan rumah balita gizi kurang RW 05");
    await form.locator("select[name=ownerSector]").selectOption("PUSKESMAS");
    await form.locator("input[name=ownerName]").fill("Bidan Rina");
    await form.locator("input[name=dueDate]").fill("2027-01-20");
    await shot(page, "tindakan-ubah-terbuka");
    await form.locator("button[type=submit]").click();
    await page.waitForURL(new RegExp(`/tindakan\\?diubah=${id}$`));
    expect(await page.textContent("[data-diubah-pesan]")).toBe("Tersimpan: tindakan “Kunjungan rumah balita gizi kurang RW 05” diubah. Penanggung jawab Puskesmas (Bidan Rina), batas waktu 20 Januari 2027.");
    // The row shows the saved values, is marked, and its form is closed again.
    const saved = page.locator(`li[data-tindakan='${id}']`);
    expect(await saved.textContent()).toContain("Kunjungan rumah balita gizi kurang RW 05");
    expect(await saved.textContent()).toContain("(Bidan Rina) · batas 20 Januari 2027");
    expect(await saved.getAttribute("data-diubah")).toBe("");
    expect(await saved.locator("details:has(form[aria-label='Ubah tindakan'])").evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await shot(page, "tindakan-ubah-tersimpan");

    // The puskesmas reports progress on the same row but corrects none.
    const opd = await browser().newPage({ viewport: { width: 1280, height: 720 } });
    await signIn(opd, "puskesmas");
    await opd.goto(`${BASE_URL}/tindakan`, { waitUntil: "networkidle" });
    const own = opd.locator(`li[data-tindakan='${id}']`);
    expect(await own.locator("summary:has-text('Catat perkembangan')").count()).toBe(1);
    expect(await opd.locator("summary:has-text('Ubah tindakan')").count()).toBe(0);
    await opd.close();

    // The meeting made for this test goes again.
    await page.goto(meetingUrl, { waitUntil: "networkidle" });
    await page.locator("summary:has-text('Hapus rapat')").click();
    await page.locator("form[aria-label='Hapus rapat'] input[name=yakin]").check();
    await page.locator("form[aria-label='Hapus rapat'] button[type=submit]").click();
    await page.waitForURL(/\/rapat\?dihapus=1$/);
    await page.close();
  });
});
