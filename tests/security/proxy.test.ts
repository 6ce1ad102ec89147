// proxy.ts on plain NextRequests: the glue between the header module, the
// sign-in redirect and the X-Forwarded-For handling.
import { afterEach, describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { proxy } from "@/proxy";
import { resetEnvCache } from "@/lib/env";

const request = (path: string, headers: Record<string, string> = {}) => new NextRequest(`http://127.0.0.1:3000${path}`, { headers });
/** The request headers proxy.ts forwards to the page (Next.js's middleware protocol). */
function forwarded(response: Response): Record<string, string> {
  const names = (response.headers.get("x-middleware-override-headers") ?? "").split(",").filter(Boolean);
  return Object.fromEntries(names.map((n) => [n, response.headers.get(`x-middleware-request-${n}`) ?? ""]));
}
const saved = { ...process.env };

describe("proxy.ts", () => {
  afterEach(() => {
    for (const key of ["NODE_ENV", "AUTH_SECRET", "NEXTAUTH_SECRET", "TRUST_PROXY", "MAP_TILE_URL", "NEXTAUTH_URL"]) {
      if (saved[key] === undefined) delete process.env[key];
      else process.env[key] = saved[key];
    }
    resetEnvCache();
  });

  it("gives a public page the security headers and forwards the same CSP, nonce included, to Next.js", async () => {
    const response = await proxy(request("/masuk"));
    const csp = response.headers.get("content-security-policy")!;
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/]{22}==' 'strict-dynamic'/);
    expect(response.headers.get("x-frame-options")).toBe("DENY");
    expect(forwarded(response)["content-security-policy"]).toBe(csp);
    const again = await proxy(request("/masuk"));
    expect(again.headers.get("content-security-policy")).not.toBe(csp);
  });

  it("redirects an anonymous visitor with the headers on the redirect too", async () => {
    const response = await proxy(request("/peta?indikator=d_s"));
    expect(response.status).toBe(307);
    const location = new URL(response.headers.get("location")!);
    expect(`${location.pathname}${location.search}`).toBe("/masuk?kembali=%2Fpeta%3Findikator%3Dd_s");
    expect(response.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
  });

  it("drops a client-sent X-Forwarded-For unless TRUST_PROXY is set", async () => {
    const spoofed = { "x-forwarded-for": "6.6.6.6" };
    expect(Object.keys(forwarded(await proxy(request("/api/auth/callback/credentials", spoofed))))).not.toContain("x-forwarded-for");
    process.env.TRUST_PROXY = "1";
    resetEnvCache();
    expect(forwarded(await proxy(request("/api/auth/callback/credentials", spoofed)))["x-forwarded-for"]).toBe("6.6.6.6");
  });

  it("allows the configured tile server's images", async () => {
    process.env.MAP_TILE_URL = "https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png";
    resetEnvCache();
    expect((await proxy(request("/masuk"))).headers.get("content-security-policy")).toContain("img-src 'self' data: https://*.tile.openstreetmap.org;");
  });

  it("answers every request with a plain Indonesian 500 when production has no AUTH_SECRET", async () => {
    Object.assign(process.env, { NODE_ENV: "production" });
    delete process.env.AUTH_SECRET;
    delete process.env.NEXTAUTH_SECRET;
    resetEnvCache();
    const response = await proxy(request("/masuk"));
    expect(response.status).toBe(500);
    expect(await response.text()).toContain("AUTH_SECRET (atau NEXTAUTH_SECRET) wajib diisi di luar mode demo");
  });

  it("answers a path with broken percent-encoding with a plain 404 and the security headers (Next.js would answer 500)", async () => {
    for (const path of ["/wilayah/%E0%A4%A", "/posyandu/%ZZ/kader", "/api/rapat/%/paket"]) {
      const response = await proxy(request(path));
      expect(response.status, path).toBe(404);
      expect(await response.text()).toContain("alamat tidak valid");
      expect(response.headers.get("x-frame-options")).toBe("DENY");
    }
    expect((await proxy(request("/wilayah/18.72%2E01"))).status).not.toBe(404);
  });
});
