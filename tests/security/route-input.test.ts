// Untrusted pieces of a request the app acts on: the return path after sign-in
// (no open redirect), dynamic segments with broken percent-encoding (404, not
// 500), and upload bodies up to the import limit (not cut by the proxy).
import { describe, expect, it } from "vitest";
import { safeReturnPath } from "@/lib/security/return-path";
import { createRequire } from "node:module";
import { decodeSegment } from "@/lib/route-params";
import { MAX_UPLOAD_BYTES } from "@/lib/import/read-table";

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
  it("lets the proxy pass a whole upload of the largest size /api/impor accepts (it used to cut at 10 MB)", () => {
    const config = createRequire(import.meta.url)("../../next.config.js") as { experimental?: { proxyClientMaxBodySize?: number } };
    expect(config.experimental?.proxyClientMaxBodySize).toBe(MAX_UPLOAD_BYTES);
  });
});
