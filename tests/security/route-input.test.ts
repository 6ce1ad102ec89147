// Untrusted pieces of a request the app acts on: dynamic segments with broken
// percent-encoding (404, not 500).
import { describe, expect, it } from "vitest";
import { decodeSegment } from "@/lib/route-params";

describe("decodeSegment", () => {
  it("decodes a segment and answers null for broken percent-encoding", () => {
    expect(decodeSegment("18.72.01")).toBe("18.72.01");
    expect(decodeSegment("%3Cb%3E")).toBe("<b>");
    expect(decodeSegment("%E0%A4%A")).toBeNull();
    expect(decodeSegment("%")).toBeNull();
  });
});
