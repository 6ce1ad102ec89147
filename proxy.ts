// Next.js 16 proxy (formerly middleware), on every routed request:
// 1. security headers with a fresh CSP nonce (lib/security/headers.ts); the CSP
//    also goes on the forwarded request, where Next.js reads the nonce back;
// 2. without TRUST_PROXY, a client-sent X-Forwarded-For is dropped so Next.js
//    refills it with the socket address (the sign-in throttle's client IP);
// 3. anonymous visitors are sent to the sign-in page before any page streams.
//    This only redirects; the real access check is requireViewer() + the scoped
//    queries (a stale token still fails there);
// 4. a path that is not valid percent-encoding gets a plain 404 (Next.js would 500).
import { NextResponse, type NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";
import { authSecret, env, secureCookies } from "@/lib/env";
import { newNonce, securityHeaders, tileSource } from "@/lib/security/headers";
import { decodeSessionToken } from "@/lib/auth/session-token";

const PUBLIC = [/^\/masuk(\/|$)/, /^\/api\/auth\//, /^\/api\/health$/, /^\/status$/];

type Settings = { secret: string; secure: boolean; trustProxy: number; tiles: string | null; dev: boolean };

function settings(): Settings {
  const e = env();
  return { secret: authSecret(), secure: secureCookies(), trustProxy: e.TRUST_PROXY, tiles: tileSource(e.MAP_TILE_URL), dev: e.NODE_ENV === "development" };
}

let reported = false;
/** A missing AUTH_SECRET or a bad variable: say so plainly (no secret is in the message) instead of a bare 500. */
function misconfigured(error: unknown): NextResponse {
  const message = error instanceof Error ? error.message : String(error);
  // Once in the server log is enough; every request still gets the page.
  if (!reported) console.error(`[pantau] ${message}`);
  reported = true;
  return new NextResponse(`Pantau Posyandu belum dikonfigurasi dengan benar.\n${message}\n`, {
    status: 500,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}

async function route(request: NextRequest, s: Settings, next: () => NextResponse): Promise<NextResponse> {
  const { pathname, search } = request.nextUrl;
  if (PUBLIC.some((p) => p.test(pathname))) return next();
  // API tokens are checked by the route itself (lib/auth/request-viewer.ts).
  if (pathname.startsWith("/api/v1/") && request.headers.get("authorization")?.startsWith("Bearer ")) return next();
  const token = await getToken({ req: request, secret: s.secret, secureCookie: s.secure, decode: decodeSessionToken });
  if (token?.uid) return next();
  if (pathname.startsWith("/api/")) {
    return NextResponse.json({ galat: "Silakan masuk terlebih dahulu." }, { status: 401 });
  }
  const login = new URL("/masuk", request.url);
  if (pathname !== "/") login.searchParams.set("kembali", `${pathname}${search}`);
  return NextResponse.redirect(login);
}

/** True when a path segment is not valid percent-encoded UTF-8 ("/wilayah/%E0%A4%A"). */
function undecodable(pathname: string): boolean {
  try {
    for (const segment of pathname.split("/")) decodeURIComponent(segment);
    return false;
  } catch {
    return true;
  }
}

export async function proxy(request: NextRequest) {
  let s: Settings;
  try {
    s = settings();
  } catch (error) {
    return misconfigured(error);
  }
  const headers = securityHeaders({ nonce: newNonce(), tileSource: s.tiles, dev: s.dev, https: s.secure });
  const forwarded = new Headers(request.headers);
  forwarded.set("Content-Security-Policy", headers["Content-Security-Policy"]!);
  if (s.trustProxy === 0) forwarded.delete("x-forwarded-for");
  // Next.js answers such a path on a dynamic route with a bare 500 (vercel/next.js#92527); no page can match it: 404.
  const response = undecodable(request.nextUrl.pathname)
    ? new NextResponse("Halaman tidak ditemukan: alamat tidak valid.\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } })
    : await route(request, s, () => NextResponse.next({ request: { headers: forwarded } }));
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  // Not /api/impor: for a path the proxy runs on, Next.js first buffers the whole request body (to let the proxy
  // read it), then hands the route all of it in one piece. For a 44 MB upload that held the server's thread for
  // ≈ 0.5 s and kept another copy of the file in memory. The route checks the session itself and sets its own
  // headers (app/api/impor/route.ts); next.config.js adds the fixed ones to every path.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|api/impor$|.*\\.(?:png|svg|ico|css|js)$).*)"],
};
