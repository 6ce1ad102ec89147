// The next-auth session cookie, decoded once per token and process. Every page request decodes it twice (the
// proxy and the page), each time an HKDF key derivation plus an AES-GCM decryption, and a signed-in browser
// sends the same token for hours. A token's payload is a pure function of the token and the secret, so it is
// kept (bounded LRU) and only its expiry is checked again on each use; the user row is still read per request
// (lib/queries/auth.ts loadViewer), so deactivation and "keluar dari semua perangkat" still end a session at once.
import { LRUCache } from "lru-cache";
import { decode, getToken, type JWT, type JWTDecodeParams } from "next-auth/jwt";

const MAX_TOKENS = 2000;
const bySecret = new Map<string, LRUCache<string, JWT>>();

/** next-auth's `decode`, remembering each decoded token until it expires. */
export async function decodeSessionToken(params: JWTDecodeParams): Promise<JWT | null> {
  const { token, secret, salt = "" } = params;
  if (!token) return null;
  const secretKey = `${Array.isArray(secret) ? secret.join("\u0000") : secret}\u0000${salt}`;
  let cache = bySecret.get(secretKey);
  if (!cache) bySecret.set(secretKey, (cache = new LRUCache({ max: MAX_TOKENS })));
  const hit = cache.get(token);
  if (hit && typeof hit.exp === "number" && hit.exp * 1000 > Date.now()) return hit;
  // Expired, unknown or never decoded: next-auth decides (and throws on a bad or expired token).
  const payload = await decode(params);
  if (payload && typeof payload.exp === "number" && payload.exp * 1000 > Date.now()) cache.set(token, payload);
  else cache.delete(token);
  return payload;
}

type CookieSource = { getAll(): { name: string; value: string }[] };

/** The session token's payload from a request's cookies (chunked cookies included), or null. */
export async function sessionFromCookies(cookies: CookieSource, secret: string, secureCookie: boolean): Promise<JWT | null> {
  // Only the cookie: unlike getToken's default, an Authorization header is not read as a session here.
  const req = { cookies, headers: {} } as unknown as Parameters<typeof getToken>[0]["req"];
  return getToken({ req, secret, secureCookie, decode: decodeSessionToken });
}
