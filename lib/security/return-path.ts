// Where the sign-in page sends a user back to (?kembali=). Only a path on this
// site: browsers read "/\evil.example" and "/<tab>/evil.example" as
// "//evil.example", so "starts with one slash" alone was an open redirect.

const BASE = "http://pantau.invalid";

/** The same-site path of `value` (path, query, hash), or "/" for anything that would leave the site. */
export function safeReturnPath(value: string | string[] | undefined): string {
  if (typeof value !== "string" || !value.startsWith("/") || /[\\\u0000-\u001f\u007f]/.test(value)) return "/";
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return "/";
  }
  return url.origin === BASE ? `${url.pathname}${url.search}${url.hash}` : "/";
}
