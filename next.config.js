// @ts-check
// Security headers for the paths proxy.ts does not see (static assets, images,
// /api/impor, which sets its own CSP); routed responses get these plus the
// per-request CSP from proxy.ts. Kept
// equal to STATIC_SECURITY_HEADERS in lib/security/headers.ts by
// tests/security/headers.test.ts (this file cannot import TypeScript).
const staticSecurityHeaders = {
  "X-Content-Type-Options": "nosniff",
  "X-Frame-Options": "DENY",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), display-capture=()",
  "Cross-Origin-Opener-Policy": "same-origin",
};

/**
 * Whether the app gzips its own responses. Behind nginx (docs/deploy.md) set PANTAU_GZIP=0 and let nginx compress:
 * gzip costs a dashboard page about 1 ms of the app's single JavaScript thread (≈ 10 %; measured with
 * browser-like requests, docs/performance.md "Session 18"), which nginx does in its own processes. Values as in
 * lib/env.ts (PANTAU_GZIP), which also rejects anything else; read here because Next.js applies it at `next start`.
 */
const gzipInApp = !["0", "false", "tidak"].includes(process.env.PANTAU_GZIP ?? "");

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native / Wasm database drivers stay outside the server bundle.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "@node-rs/argon2", "pg"],
  poweredByHeader: false,
  compress: gzipInApp,
  typedRoutes: false,
  async headers() {
    return [{ source: "/:path*", headers: Object.entries(staticSecurityHeaders).map(([key, value]) => ({ key, value })) }];
  },
};

module.exports = nextConfig;
