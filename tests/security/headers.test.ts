import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, newNonce, securityHeaders, STATIC_SECURITY_HEADERS, tileSource } from "@/lib/security/headers";

const base = { nonce: "abc123==", tileSource: null, dev: false, https: false };
const directive = (csp: string, name: string) => csp.split("; ").find((d) => d.startsWith(`${name} `) || d === name);

describe("security headers", () => {
  it("allows scripts only from this origin with this request's nonce, never inline or eval in production", () => {
    const csp = contentSecurityPolicy(base);
    expect(directive(csp, "script-src")).toBe("script-src 'self' 'nonce-abc123==' 'strict-dynamic'");
    expect(csp).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
    expect(directive(csp, "default-src")).toBe("default-src 'self'");
    expect(directive(csp, "frame-ancestors")).toBe("frame-ancestors 'none'");
    expect(directive(csp, "object-src")).toBe("object-src 'none'");
    expect(directive(csp, "form-action")).toBe("form-action 'self'");
    expect(directive(csp, "connect-src")).toBe("connect-src 'self'");
  });

  it("keeps inline styles working for Leaflet: no nonce in style-src (it would disable 'unsafe-inline')", () => {
    expect(directive(contentSecurityPolicy(base), "style-src")).toBe("style-src 'self' 'unsafe-inline'");
  });

  it("allows images from this origin, data: and the tile server only", () => {
    expect(directive(contentSecurityPolicy(base), "img-src")).toBe("img-src 'self' data:");
    const withTiles = contentSecurityPolicy({ ...base, tileSource: "https://*.tile.openstreetmap.org" });
    expect(directive(withTiles, "img-src")).toBe("img-src 'self' data: https://*.tile.openstreetmap.org");
  });

  it("adds eval for next dev only, and https-only directives only over https", () => {
    expect(directive(contentSecurityPolicy({ ...base, dev: true }), "script-src")).toContain("'unsafe-eval'");
    expect(contentSecurityPolicy(base)).not.toContain("upgrade-insecure-requests");
    expect(contentSecurityPolicy({ ...base, https: true })).toContain("upgrade-insecure-requests");
    expect(securityHeaders(base)["Strict-Transport-Security"]).toBeUndefined();
    expect(securityHeaders({ ...base, https: true })["Strict-Transport-Security"]).toBe("max-age=31536000");
  });

  it("sends the fixed headers with every routed response", () => {
    expect(securityHeaders(base)).toMatchObject({
      "X-Content-Type-Options": "nosniff",
      "X-Frame-Options": "DENY",
      "Referrer-Policy": "strict-origin-when-cross-origin",
      "Content-Security-Policy": contentSecurityPolicy(base),
    });
    expect(securityHeaders(base)["Permissions-Policy"]).toMatch(/^camera=\(\), microphone=\(\), geolocation=\(\)/);
  });

  it("next.config.js gives static files the same fixed headers", async () => {
    const config = createRequire(import.meta.url)("../../next.config.js") as { headers: () => Promise<{ source: string; headers: { key: string; value: string }[] }[]> };
    const rules = await config.headers();
    expect(rules).toHaveLength(1);
    expect(rules[0]!.source).toBe("/:path*");
    expect(Object.fromEntries(rules[0]!.headers.map((h) => [h.key, h.value]))).toEqual(STATIC_SECURITY_HEADERS);
  });

  it.each([
    ["https://tile.example/{z}/{x}/{y}.png", "https://tile.example"],
    ["https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png", "https://*.tile.openstreetmap.org"],
    ["http://localhost:8080/tiles/{z}/{x}/{y}.png", "http://localhost:8080"],
    ["HTTPS://Tiles.Example.ORG/{z}/{x}/{y}.png?key=abc", "https://tiles.example.org"],
    ["https://tiles.{s}.example/{z}/{x}/{y}.png", null],
    ["ftp://tile.example/{z}.png", null],
    [undefined, null],
  ])("tile URL %j → CSP source %j", (url, source) => {
    expect(tileSource(url)).toBe(source);
  });

  it("makes a fresh 128-bit nonce per call", () => {
    const nonces = new Set(Array.from({ length: 50 }, newNonce));
    expect(nonces.size).toBe(50);
    for (const n of nonces) expect(Buffer.from(n, "base64")).toHaveLength(16);
  });
});
