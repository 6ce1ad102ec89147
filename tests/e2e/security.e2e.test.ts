import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import Database from "better-sqlite3";
import { createDb, type Db } from "@/lib/db/client";
import { LOGIN_BUSY_MESSAGE, LOGIN_FAILED_MESSAGE, IP_FAILURE_LIMIT } from "@/lib/auth/limits";
import { launch, shot, signIn } from "./browser";
import { BASE_URL, E2E_DIR } from "./config";

declare global {
  interface Window {
    cspViolations?: string[];
  }
}

/** Collects CSP violations the page reports (event) and logs (console), per document. */
async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  const logged: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" && /Content Security Policy/i.test(m.text())) logged.push(m.text());
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      window.cspViolations = [...(window.cspViolations ?? []), `${e.violatedDirective} ${e.blockedURI}`];
    });
  });
  return async () => [...logged.splice(0), ...(await page.evaluate(() => window.cspViolations ?? []))];
}

describe("security headers, CSP and sign-in hardening in Chromium", () => {
  let browser: Browser;
  let db: Db;
  beforeAll(async () => {
    browser = await launch();
    // The suite signs in from 127.0.0.1 all the time: start and end with no throttle counts.
    db = createDb(`file:./${E2E_DIR}/e2e.db`);
    await db.loginThrottle.deleteMany();
  });
  afterAll(async () => {
    await db?.loginThrottle.deleteMany();
    await db?.$disconnect();
    await browser?.close();
  });

  it("serves / and /peta under a nonce CSP without violations; the charts and the map still draw", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    const violations = await watchCsp(page);
    await signIn(page, "pimpinan");
    const home = (await page.goto(`${BASE_URL}/`, { waitUntil: "networkidle" }))!;
    const csp = home.headers()["content-security-policy"]!;
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'; /);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toMatch(/img-src 'self' data:;/);
    expect(home.headers()).toMatchObject({ "x-frame-options": "DENY", "x-content-type-options": "nosniff", "referrer-policy": "strict-origin-when-cross-origin" });
    await page.waitForSelector("canvas");
    expect((await page.$$("canvas")).length).toBeGreaterThanOrEqual(9);
    // Chart.js really drew: some pixel of the first chart is not blank.
    expect(await page.$eval("canvas", (c) => (c as HTMLCanvasElement).getContext("2d")!.getImageData(0, 0, c.width, c.height).data.some((v) => v !== 0))).toBe(true);
    expect(await violations()).toEqual([]);

    const peta = (await page.goto(`${BASE_URL}/peta?indikator=stunting&periode=2026-08`, { waitUntil: "networkidle" }))!;
    expect(peta.headers()["content-security-policy"]).toContain("'strict-dynamic'");
    expect(peta.headers()["content-security-policy"]).not.toBe(csp);
    await page.waitForSelector("path.area-shape");
    expect((await page.$$("path.area-shape")).length).toBe(22);
    expect(await violations()).toEqual([]);
    await shot(page, "csp-peta-1280");

    // The policy is enforced, and the watcher would notice: markup injected the way XSS does it (an inline
    // handler) neither runs nor goes unreported.
    await page.evaluate(() => {
      const div = document.createElement("div");
      div.innerHTML = `<img src="/bukan-gambar.png" onerror="document.body.dataset.injected = '1'">`;
      document.body.append(div);
    });
    await page.waitForFunction(() => (window.cspViolations ?? []).length > 0);
    expect(await page.evaluate(() => document.body.dataset.injected)).toBeUndefined();
    expect((await violations()).join("\n")).toMatch(/script-src/);
    await context.close();
  });

  it("keeps the session cookie out of scripts and cross-site requests", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, "camat");
    const cookies = await context.cookies();
    const session = cookies.find((c) => c.name.endsWith("next-auth.session-token"));
    expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax" });
    expect(cookies.find((c) => c.name.endsWith("next-auth.csrf-token"))).toMatchObject({ httpOnly: true, sameSite: "Lax" });
    expect(await page.evaluate(() => document.cookie)).not.toContain("session-token");
    await context.close();
  });

  it("'keluar dari semua perangkat' from the account page ends the sessions of other browsers too", async () => {
    const laptop = await browser.newContext();
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const a = await laptop.newPage();
    const b = await phone.newPage();
    await signIn(a, "lurah");
    await signIn(b, "lurah");
    await a.click("header a[href='/akun']");
    await a.waitForURL(`${BASE_URL}/akun`);
    expect(await a.textContent("h1")).toBe("Akun saya");
    await shot(a, "akun-lurah");
    a.once("dialog", (d) => void d.accept());
    await a.click("button:has-text('Keluar dari semua perangkat')");
    await a.waitForURL(/\/masuk/);
    // The phone still holds its cookie, but the server no longer accepts it.
    expect((await phone.cookies()).some((c) => c.name.endsWith("next-auth.session-token"))).toBe(true);
    await b.goto(`${BASE_URL}/`);
    await b.waitForURL(/\/masuk/);
    expect(await b.isVisible("input[name=password]")).toBe(true);
    await signIn(b, "lurah");
    expect(await b.textContent("header")).toContain("Kelurahan");
    await laptop.close();
    await phone.close();
  });

  it("shows one message for a wrong password, an unknown user and a throttled client; a forged X-Forwarded-For does not help", async () => {
    await db.loginThrottle.deleteMany();
    const page = await browser.newPage();
    await page.goto(`${BASE_URL}/masuk`);
    const attempt = async (username: string, password: string) => {
      await page.fill("input[name=username]", username);
      await page.fill("input[name=password]", password);
      await Promise.all([page.waitForResponse((r) => r.url().includes("/api/auth/callback/credentials")), page.click("button[type=submit]")]);
      return page.textContent("form [role=alert]");
    };
    const wrongPassword = await attempt("pimpinan", "salah-sandi-1");
    expect(wrongPassword).toBe(LOGIN_FAILED_MESSAGE);
    for (let i = 1; i < IP_FAILURE_LIMIT; i++) {
      // Each attempt claims another address; without TRUST_PROXY the server counts the socket address.
      await page.setExtraHTTPHeaders({ "x-forwarded-for": `10.0.${i}.1` });
      expect(await attempt(`tidakada${i}`, "salah-sandi-1")).toBe(wrongPassword);
    }
    // The right password is now refused too, with the very same words.
    expect(await attempt("pimpinan", "posyandu2026")).toBe(wrongPassword);
    expect(page.url()).toContain("/masuk");
    await shot(page, "masuk-ditahan");
    // It was the throttle: without its count the same sign-in works.
    await db.loginThrottle.deleteMany();
    await page.setExtraHTTPHeaders({});
    await signIn(page, "pimpinan");
    await page.close();
  });

  it("while another process holds the write lock, sign-in says the database is busy, right password or wrong, and counts nothing", async () => {
    await db.loginThrottle.deleteMany();
    const page = await browser.newPage();
    await page.goto(`${BASE_URL}/masuk`);
    const attempt = async (password: string) => {
      await page.fill("input[name=username]", "pimpinan");
      await page.fill("input[name=password]", password);
      await Promise.all([page.waitForResponse((r) => r.url().includes("/api/auth/callback/credentials"), { timeout: 30_000 }), page.click("button[type=submit]")]);
      return page.textContent("form [role=alert]");
    };
    const before = await db.user.findUniqueOrThrow({ where: { username: "pimpinan" }, select: { failedLogins: true, lastLoginAt: true } });
    // Stands in for a large import in another process: it holds the lock longer than the app's 5 s busy timeout.
    const holder = new Database(`${E2E_DIR}/e2e.db`, { fileMustExist: true });
    holder.exec("BEGIN IMMEDIATE");
    let answers: (string | null)[];
    try {
      answers = [await attempt("salah-sandi-1"), await attempt("posyandu2026")];
      await shot(page, "masuk-basis-data-sibuk");
    } finally {
      holder.exec("ROLLBACK");
      holder.close();
    }
    expect(answers).toEqual([LOGIN_BUSY_MESSAGE, LOGIN_BUSY_MESSAGE]);
    expect(page.url()).toContain("/masuk");
    expect(await db.user.findUniqueOrThrow({ where: { username: "pimpinan" }, select: { failedLogins: true, lastLoginAt: true } })).toEqual(before);
    expect(await db.loginThrottle.count()).toBe(0);
    await signIn(page, "pimpinan");
    await page.close();
  });
});
