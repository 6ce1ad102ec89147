// Next.js 16 proxy (formerly middleware): anonymous visitors are sent to the
// sign-in page before any page streams. This only redirects; the real access
// check is requireViewer() + the scoped queries (a stale token still fails there).
// Without TRUST_PROXY, a client-sent X-Forwarded-For is dropped so Next.js
// refills it with the socket address (the sign-in throttle's client IP).
import { NextResponse, type NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";
import { authSecret, env, secureCookies } from "@/lib/env";

const PUBLIC = [/^\/masuk(\/|$)/, /^\/api\/auth\//, /^\/api\/health$/];

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const forwarded = new Headers(request.headers);
  if (env().TRUST_PROXY === 0) forwarded.delete("x-forwarded-for");
  const next = () => NextResponse.next({ request: { headers: forwarded } });
  if (PUBLIC.some((p) => p.test(pathname))) return next();
  // API tokens are checked by the route itself (lib/auth/request-viewer.ts).
  if (pathname.startsWith("/api/v1/") && request.headers.get("authorization")?.startsWith("Bearer ")) return next();
  const token = await getToken({ req: request, secret: authSecret(), secureCookie: secureCookies() });
  if (token?.uid) return next();
  if (pathname.startsWith("/api/")) {
    return NextResponse.json({ galat: "Silakan masuk terlebih dahulu." }, { status: 401 });
  }
  const login = new URL("/masuk", request.url);
  if (pathname !== "/") login.searchParams.set("kembali", `${pathname}${search}`);
  return NextResponse.redirect(login);
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|.*\\.(?:png|svg|ico|css|js)$).*)"],
};
