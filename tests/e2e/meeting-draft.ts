// Creates a draft meeting through the "Rapat baru" form, as a chair does, and waits for its page: the meeting
// browser tests each make their own draft, since the suite shares one database.
import type { Page } from "playwright-core";
import { BASE_URL } from "./config";

/** `suggestions: false` unticks the suggested agenda. Returns the meeting page's URL. */
export async function createDraftMeeting(page: Page, m: { title: string; date: string; place?: string; suggestions?: boolean }): Promise<string> {
  await page.goto(`${BASE_URL}/rapat`, { waitUntil: "networkidle" });
  const create = page.locator("form[aria-label='Rapat baru']");
  await create.locator("input[name=title]").fill(m.title);
  await create.locator("input[name=date]").fill(m.date);
  await create.locator("input[name=place]").fill(m.place ?? "Aula");
  if (m.suggestions === false) await create.locator("input[name=saran]").uncheck();
  await create.locator("button[type=submit]").click();
  await page.waitForURL(/\/rapat\/\d+$/);
  return page.url();
}
