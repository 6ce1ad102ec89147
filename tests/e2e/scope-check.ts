// One cell of the scope matrix: request a URL as one role (or anonymously),
// compare the status with what the route table expects, and search the body
// for texts of areas outside the role's scope.
import type { APIRequestContext } from "playwright-core";
import { BASE_URL } from "./config";
import type { Role, RouteSpec } from "./scope-routes";

export type Who = "ANONIM" | Role;
export type Cell = { who: Who; route: string; variant: "own" | "other"; url: string };
export type Result = Cell & { status: number; problems: string[]; leaks: string[] };

const REDIRECT = [301, 302, 303, 307, 308];
const REFUSED = [403, 404];

/** What the cell should answer, in words for the failure message, and a test of the status. */
export function expectation(spec: RouteSpec, cell: Cell): { says: string; ok: (status: number, path: string, location: string | null) => boolean } {
  if (spec.public) return { says: "200 (public)", ok: (s) => s === 200 };
  if (cell.who === "ANONIM") {
    return spec.kind === "api"
      ? { says: "401 JSON", ok: (s) => s === 401 }
      : { says: "redirect to /masuk", ok: (s, _p, loc) => REDIRECT.includes(s) && loc !== null && new URL(loc, BASE_URL).pathname === "/masuk" };
  }
  if (!spec.roles.includes(cell.who)) return { says: "403/404 (role may not use it)", ok: (s) => REFUSED.includes(s) };
  if (cell.variant === "own" || spec.otherAnswer === "filtered") {
    return { says: cell.variant === "own" ? "200" : "200 with own data only (filter falls back)", ok: (s, path) => s === 200 && path !== "/masuk" };
  }
  return { says: "403/404", ok: (s) => REFUSED.includes(s) };
}

/** The markers a body holds, after removing the neutral texts (puskesmas names of the own kota). */
export function leaksIn(body: string, markers: string[], neutral: string[]): string[] {
  let text = body;
  for (const n of neutral) text = text.split(n).join(" ");
  return markers.filter((m) => text.includes(m));
}

/** Runs one cell: anonymous requests are not followed (the redirect is the answer), signed-in ones are. */
export async function runCell(request: APIRequestContext, spec: RouteSpec, cell: Cell, markers: string[], neutral: string[]): Promise<Result> {
  const res = await request.get(`${BASE_URL}${cell.url}`, { maxRedirects: cell.who === "ANONIM" ? 0 : 10, failOnStatusCode: false, timeout: 60_000 });
  const status = res.status();
  const path = new URL(res.url()).pathname;
  const body = await res.text();
  const want = expectation(spec, cell);
  const problems: string[] = [];
  if (status >= 500) problems.push(`5xx: ${status}`);
  else if (!want.ok(status, path, res.headers()["location"] ?? null)) problems.push(`status ${status} (ended at ${path}), expected ${want.says}`);
  if (spec.kind === "api" && !spec.public && status >= 400 && status < 500 && !(res.headers()["content-type"] ?? "").includes("application/json")) {
    problems.push(`refusal is not JSON (${res.headers()["content-type"]})`);
  }
  // A 404 page and a redirect carry the requested URL back (router state, ?kembali=): that echo is the
  // visitor's own input, not data, so codes named in the URL itself are not searched for.
  const asked = decodeURIComponent(cell.url);
  const leaks = leaksIn(body, markers.filter((m) => !asked.includes(m)), neutral);
  if (leaks.length > 0) problems.push(`other area's data in the body: ${leaks.slice(0, 8).join(", ")}${leaks.length > 8 ? ` (+${leaks.length - 8})` : ""}`);
  return { ...cell, status, problems, leaks };
}

/** The cells of one role: every route with a GET, its own URL and its other-area URLs. */
export function cellsOf<A>(who: Who, routes: Record<string, RouteSpec>, values: A & Parameters<RouteSpec["own"]>[0]): Cell[] {
  const cells: Cell[] = [];
  for (const [route, spec] of Object.entries(routes)) {
    const own = spec.own(values);
    if (own === null) continue;
    cells.push({ who, route, variant: "own", url: own });
    for (const url of spec.other?.(values) ?? []) cells.push({ who, route, variant: "other", url });
  }
  return cells;
}
