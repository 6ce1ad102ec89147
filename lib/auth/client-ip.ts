// The client address of a sign-in request, for the per-IP throttle. Pure: no
// env, no I/O. How the header gets there: Next.js fills X-Forwarded-For with the
// socket address only when the request has none, so proxy.ts strips a
// client-sent one unless TRUST_PROXY says a reverse proxy wrote it (docs/security.md).
import { isIP } from "node:net";

type HeaderBag = Record<string, unknown> | Headers | undefined | null;

function header(headers: HeaderBag, name: string): string | null {
  if (!headers) return null;
  if (headers instanceof Headers) return headers.get(name);
  const value = headers[name];
  if (Array.isArray(value)) return value.join(",");
  return typeof value === "string" ? value : null;
}

/**
 * The client IP from X-Forwarded-For. With `trustedHops` = 0 the header holds
 * only the socket address (proxy.ts made sure); with n trusted reverse proxies
 * the client is the n-th entry from the right, i.e. the address our outermost
 * proxy saw. Entries further left were written by the client and are ignored.
 */
export function clientIp(headers: HeaderBag, trustedHops: number): string | null {
  const entries = (header(headers, "x-forwarded-for") ?? "").split(",").map((e) => e.trim()).filter(Boolean);
  if (entries.length === 0) return null;
  const pick = trustedHops <= 0 ? entries[entries.length - 1] : entries[entries.length - trustedHops];
  return pick ? normaliseIp(pick) : null;
}

/** A canonical address, or null when it is not an IP at all (a forged header). */
export function normaliseIp(raw: string): string | null {
  let ip = raw.trim().toLowerCase();
  // "[::1]:1234" and "1.2.3.4:5678" (some proxies append the port).
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(ip);
  if (bracketed) ip = bracketed[1]!;
  else if (/^\d+\.\d+\.\d+\.\d+:\d+$/.test(ip)) ip = ip.slice(0, ip.lastIndexOf(":"));
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(ip);
  if (mapped) ip = mapped[1]!;
  return isIP(ip) === 0 ? null : ip;
}

/** Expands an IPv6 address to eight 4-digit groups. */
function expandIpv6(ip: string): string[] {
  const [head = "", tail = ""] = ip.split("::");
  const left = head ? head.split(":") : [];
  const right = ip.includes("::") && tail ? tail.split(":") : [];
  const last = (right.length ? right : left).at(-1) ?? "";
  // An embedded IPv4 tail ("::1.2.3.4") counts as two groups.
  if (last.includes(".")) {
    const [a = 0, b = 0, c = 0, d = 0] = last.split(".").map(Number);
    const v4 = [((a << 8) | b).toString(16), ((c << 8) | d).toString(16)];
    (right.length ? right : left).splice(-1, 1, ...v4);
  }
  const fill = ip.includes("::") ? Array(8 - left.length - right.length).fill("0") : [];
  return [...left, ...fill, ...right].map((g) => g.padStart(4, "0"));
}

/**
 * The bucket the throttle counts against: the address for IPv4, the /64
 * network for IPv6 (one subscriber usually owns a whole /64 and could rotate
 * through it), "unknown" when the address is missing.
 */
export function throttleBucket(ip: string | null): string {
  if (!ip) return "unknown";
  if (isIP(ip) !== 6) return ip;
  return `${expandIpv6(ip).slice(0, 4).join(":")}::/64`;
}
