// Untrusted pieces of a request the app acts on: the return path after sign-in
// (no open redirect), dynamic segments with broken percent-encoding (404, not
// 500), and upload bodies (streamed to /api/impor, not buffered by the proxy).
import { describe, expect, it } from "vitest";
import { safeReturnPath } from "@/lib/security/return-path";
import { createRequire } from "node:module";
import { decodeSegment } from "@/lib/route-params";
import { config } from "@/proxy";

describe("safeReturnPath", () => {
  it.each([
    ["/wilayah/18.72?bulan=2026-08#peta", "/wilayah/18.72?bulan=2026-08#peta"],
    ["/", "/"],
    ["/rapat/../admin", "/admin"],
  ])("keeps the same-site path %j", (value, expected) => expect(safeReturnPath(value)).toBe(expected));

  it.each([
    "//evil.example", "/\\evil.example", "/\\/evil.example", "/\t/evil.example", "/\n/evil.example", "https://evil.example", "javascript:alert(1)",
    "evil.example", "", "/%0d%0aSet-Cookie:x".replace("%0d%0a", "\r\n"),
  ])("sends %j to / instead of off-site", (value) => expect(safeReturnPath(value)).toBe("/"));

  it("ignores a repeated or missing parameter", () => {
    expect(safeReturnPath(["/a", "/b"])).toBe("/");
    expect(safeReturnPath(undefined)).toBe("/");
  });
});

describe("decodeSegment", () => {
  it("decodes a segment and answers null for broken percent-encoding", () => {
    expect(decodeSegment("18.72.01")).toBe("18.72.01");
    expect(decodeSegment("%3Cb%3E")).toBe("<b>");
    expect(decodeSegment("%E0%A4%A")).toBeNull();
    expect(decodeSegment("%")).toBeNull();
  });
});

describe("upload size", () => {
  // Next.js buffers the whole body of every request the proxy runs on (cutting it at 10 MB unless
  // proxyClientMaxBodySize says otherwise), then hands the route all of it at once. /api/impor streams its uploads
  // instead (lib/import/upload.ts), so the proxy must not run on it; every page and every other route keeps it.
  const matcher = new RegExp(`^${config.matcher[0]}$`);
  it("keeps the proxy off /api/impor only", () => {
    expect(matcher.test("/api/impor")).toBe(false);
    for (const path of ["/", "/impor", "/wilayah/18.72", "/api/v1/indikator", "/api/skor", "/api/impor/lain", "/api/imporx", "/masuk"]) expect(matcher.test(path), path).toBe(true);
  });
  it("leaves Next.js's body limit for the proxy at its default: no other route takes large bodies", () => {
    const next = createRequire(import.meta.url)("../../next.config.js") as { experimental?: { proxyClientMaxBodySize?: number } };
    expect(next.experimental?.proxyClientMaxBodySize).toBeUndefined();
  });
});
