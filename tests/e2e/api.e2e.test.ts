import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { createDb, type Db } from "@/lib/db/client";
import { issueApiToken, revokeApiToken } from "@/lib/auth/api-token";
import { launch, signIn } from "./browser";
import { BASE_URL, E2E_DIR } from "./config";

describe("indicator API", () => {
  let browser: Browser;
  let db: Db;
  beforeAll(async () => {
    browser = await launch();
    db = createDb(`file:./${E2E_DIR}/e2e.db`);
  });
  afterAll(async () => {
    await browser?.close();
    await db?.$disconnect();
  });

  it("serves the camat's kecamatan with a session and refuses the neighbour with 403 and no figures", async () => {
    const page = await browser.newPage();
    await signIn(page, "camat");
    const ok = await page.request.get(`${BASE_URL}/api/v1/indikator?wilayah=18.72.01&periode=2026-08`);
    expect(ok.status()).toBe(200);
    const body = await ok.json();
    expect(body.wilayah).toEqual({ kode: "18.72.01", nama: "Metro Pusat", tingkat: "Kecamatan" });
    expect(body.indikator.d_s.penyebut).toBeGreaterThan(0);
    expect(body.anak).toHaveLength(5);
    const other = await page.request.get(`${BASE_URL}/api/v1/indikator?wilayah=18.72.02&periode=2026-08`);
    expect(other.status()).toBe(403);
    expect(JSON.stringify(await other.json())).not.toContain("pembilang");
    const bad = await page.request.get(`${BASE_URL}/api/v1/indikator?wilayah=18.72.01&periode=2026-13`);
    expect(bad.status()).toBe(400);
    expect((await bad.json()).galat).toContain("Periode");
    await page.close();
  });

  it("accepts an API token until it is revoked, and nothing anonymous", async () => {
    const user = await db.user.findUniqueOrThrow({ where: { username: "pimpinan" } });
    const { id, token } = await issueApiToken(db, null, user.id, "uji e2e");
    const ctx = await browser.newContext();
    const withToken = () => ctx.request.get(`${BASE_URL}/api/v1/indikator?wilayah=18.72&tahun=2026`, { headers: { Authorization: `Bearer ${token}` } });
    const res = await withToken();
    expect(res.status()).toBe(200);
    expect(Object.values((await res.json()).strata as Record<string, number>).reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    expect(await revokeApiToken(db, null, id)).toBe(true);
    expect((await withToken()).status()).toBe(401);
    expect((await ctx.request.get(`${BASE_URL}/api/v1/indikator?wilayah=18.72&tahun=2026`)).status()).toBe(401);
    await ctx.close();
  });
});
