// Security headers, as pure functions of a few settings so they can be unit
// tested. proxy.ts sets them (with a fresh CSP nonce) on every routed
// response at runtime, because MAP_TILE_URL is read at runtime; next.config.js
// repeats the non-CSP ones for the static files the proxy does not see
// (tests/security/headers.test.ts keeps both lists equal). Why a nonce and not
// 'unsafe-inline' for scripts: docs/security.md.

export type CspOptions = {
  /** Fresh per request; Next.js reads it back from the request's CSP header and stamps its scripts. */
  nonce: string;
  /** Origin source for map tiles (tileSource(MAP_TILE_URL)), or null for none. */
  tileSource: string | null;
  /** `next dev`: React needs eval for its debugging aids. */
  dev: boolean;
  /** Served over https: ask the browser to upgrade any stray http subresource. */
  https: boolean;
};

/** The Content-Security-Policy value. */
export function contentSecurityPolicy(o: CspOptions): string {
  const directives: [string, ...string[]][] = [
    ["default-src", "'self'"],
    // 'strict-dynamic' lets the nonce-stamped Next.js scripts load their chunks; 'self' is the CSP2 fallback.
    ["script-src", "'self'", `'nonce-${o.nonce}'`, "'strict-dynamic'", ...(o.dev ? ["'unsafe-eval'"] : [])],
    // Leaflet positions tiles and panes with style attributes and React renders style props:
    // no nonce here, because a nonce would switch 'unsafe-inline' off.
    ["style-src", "'self'", "'unsafe-inline'"],
    // data: for Leaflet's blank-tile placeholder (L.Util.emptyImageUrl); tiles only from the configured server.
    ["img-src", "'self'", "data:", ...(o.tileSource ? [o.tileSource] : [])],
    ["font-src", "'self'"],
    ["connect-src", "'self'"],
    ["object-src", "'none'"],
    ["base-uri", "'self'"],
    ["form-action", "'self'"],
    ["frame-ancestors", "'none'"],
    ...(o.https ? [["upgrade-insecure-requests"] as [string]] : []),
  ];
  return directives.map((d) => d.join(" ")).join("; ");
}

/** Headers that do not depend on the request; also set for static files by next.config.js. */
export const STATIC_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "X-Content-Type-Options": "nosniff",
  "X-Frame-Options": "DENY",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  // Only features a browser knows, so it logs no "unrecognized feature" errors.
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), display-capture=()",
  "Cross-Origin-Opener-Policy": "same-origin",
};

/** Every security header of a routed response. */
export function securityHeaders(o: CspOptions): Record<string, string> {
  return {
    ...STATIC_SECURITY_HEADERS,
    "Content-Security-Policy": contentSecurityPolicy(o),
    ...(o.https ? { "Strict-Transport-Security": "max-age=31536000" } : {}),
  };
}

/**
 * The CSP source for a tile URL template: its origin, with a `{s}` subdomain
 * placeholder turned into a wildcard label. Null when there is no URL or its
 * host has placeholders a CSP source cannot express (tiles are then blocked).
 */
export function tileSource(template: string | null | undefined): string | null {
  if (!template) return null;
  const match = /^(https?):\/\/([^/?#]+)/i.exec(template);
  if (!match) return null;
  const scheme = match[1]!.toLowerCase();
  const host = match[2]!.toLowerCase().replace(/^\{[a-z]+\}\./, "*.");
  if (/[{}\s'";,]/.test(host)) return null;
  return `${scheme}://${host}`;
}

/** A fresh random nonce (128 bits, base64). Uses Web Crypto so it also runs outside Node. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
