// Debian Chromium through playwright-core (no browser download; ../shared/stack.md).
import { afterAll, beforeAll } from "vitest";
import { chromium, type Browser, type Page } from "playwright-core";
import { BASE_URL, SCREENSHOT_DIR } from "./config";

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
  });
}

/** Signs in through the real login form and waits for the landing page (camat and lurah land on their area's page). */
export async function signIn(page: Page, username: string, password = "posyandu2026"): Promise<void> {
  await page.goto(`${BASE_URL}/masuk`);
  await page.fill("input[name=username]", username);
  await page.fill("input[name=password]", password);
  await page.click("button[type=submit]");
  await page.waitForURL((url) => !url.pathname.startsWith("/masuk"));
  await page.waitForSelector("h1");
}

export function shot(page: Page, name: string) {
  return page.screenshot({ path: `${SCREENSHOT_DIR}/${name}.png`, fullPage: true });
}

/** True when the page needs horizontal scrolling at the current viewport. */
export function scrollsHorizontally(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
}

/**
 * One Chromium for the calling test file: launched before its first test, closed after its last. Call it inside the
 * file's `describe`; the getter returns the running browser.
 */
export function chromiumForFile(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error("Chromium belum dijalankan: panggil chromiumForFile() di dalam describe");
    return browser;
  };
}
