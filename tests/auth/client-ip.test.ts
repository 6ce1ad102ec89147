import { describe, expect, it } from "vitest";
import { clientIp, normaliseIp, throttleBucket } from "@/lib/auth/client-ip";

describe("client IP for the sign-in throttle", () => {
  it.each([
    // [X-Forwarded-For, trusted hops, client]
    ["203.0.113.7", 0, "203.0.113.7"],
    // No trusted proxy: proxy.ts left only the socket address, but take the last entry regardless.
    ["6.6.6.6, 203.0.113.7", 0, "203.0.113.7"],
    // One reverse proxy appended the address it saw; the client's own entries to the left are ignored.
    ["6.6.6.6, 198.51.100.1, 203.0.113.7", 1, "203.0.113.7"],
    ["6.6.6.6, 203.0.113.7, 10.0.0.2", 2, "203.0.113.7"],
    ["::ffff:127.0.0.1", 0, "127.0.0.1"],
    ["[2001:db8::1]:4711", 1, "2001:db8::1"],
    ["203.0.113.7:5555", 1, "203.0.113.7"],
    // Fewer entries than trusted proxies, or garbage: no address (the shared "unknown" bucket).
    ["203.0.113.7", 2, null],
    ["bukan-ip", 1, null],
    ["", 0, null],
  ])("X-Forwarded-For %j with %i trusted hop(s) → %j", (xff, hops, expected) => {
    expect(clientIp({ "x-forwarded-for": xff }, hops)).toBe(expected);
    expect(clientIp(new Headers(xff ? { "x-forwarded-for": xff } : {}), hops)).toBe(expected);
  });

  it("has no address without headers", () => {
    expect(clientIp(undefined, 0)).toBeNull();
    expect(clientIp({}, 1)).toBeNull();
  });

  it.each([
    ["203.0.113.7", "203.0.113.7"],
    ["2001:db8:1:2:3:4:5:6", "2001:0db8:0001:0002::/64"],
    // Two addresses of the same /64 share a bucket, so rotating through it does not help.
    ["2001:db8:1:2::99", "2001:0db8:0001:0002::/64"],
    ["::1", "0000:0000:0000:0000::/64"],
    ["fe80::1.2.3.4", "fe80:0000:0000:0000::/64"],
    [null, "unknown"],
  ])("buckets %j as %j", (ip, bucket) => {
    expect(throttleBucket(ip)).toBe(bucket);
  });

  it("rejects what is not an address", () => {
    expect(normaliseIp("1.2.3.4.5")).toBeNull();
    expect(normaliseIp("<script>")).toBeNull();
    expect(normaliseIp(" 2001:DB8::1 ")).toBe("2001:db8::1");
  });
});
