// The scope matrix's table must list exactly the routes and server actions the
// source tree has, so a new route or action fails here (in `npm test`, without
// a browser) until someone decides who may use it and what another area gets.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { discoverRoutes, discoverServerActions, dynamicSegments, exportedMethods, serverActionsIn } from "../helpers/route-inventory";
import { inventoryGaps, ROLES, ROUTES, SERVER_ACTIONS, type AreaValues } from "../e2e/scope-routes";

const sample: AreaValues = {
  role: "KECAMATAN", dashboard: "18.72.01", home: "18.72.01", kecamatan: "18.72.01", kelurahan: "18.72.01.1001",
  posyandu: { code: "P187201100101", id: 1 }, meeting: 2,
  other: { areas: ["18.72.02"], kecamatan: "18.72.02", kelurahan: "18.72.02.1001", posyandu: { code: "P187202100101", id: 40 }, meeting: 3 },
};

/** "/posyandu/[kode]/kader" → a regex its concrete URLs match (a segment value never contains "/"). */
const patternOf = (route: string) =>
  new RegExp(`^${route.split("/").map((s) => (s.startsWith("[...") ? "[^?]+" : s.startsWith("[") ? "[^/?]+" : s)).join("/")}(\\?.*)?$`);

describe("scope matrix inventory", () => {
  const routes = discoverRoutes("app");
  const actions = discoverServerActions(["app", "lib", "components"]);

  it("lists every page.tsx and route.ts under app/, and nothing that is gone", () => {
    expect(routes.length).toBeGreaterThan(20);
    expect(inventoryGaps("route", routes.map((r) => r.route), Object.keys(ROUTES), "tests/e2e/scope-routes.ts ROUTES")).toEqual([]);
  });

  it("knows each route's kind and HTTP methods, so a new handler is listed on purpose", () => {
    for (const r of routes) expect({ route: r.route, kind: r.kind, methods: r.methods }).toEqual({ route: r.route, kind: ROUTES[r.route]!.kind, methods: ROUTES[r.route]!.methods });
  });

  it("fills every dynamic segment with a concrete value, for every role", () => {
    for (const r of routes) {
      const spec = ROUTES[r.route]!;
      for (const role of ROLES) {
        const urls = [spec.own({ ...sample, role }), ...(spec.other?.({ ...sample, role }) ?? [])].filter((u): u is string => u !== null);
        for (const url of urls) {
          expect(url, r.route).not.toContain("[");
          expect(url, `${url} does not match ${r.route}`).toMatch(patternOf(r.route));
        }
      }
      // A route with a dynamic segment is about one resource: it needs another area's value, or a reason why not.
      if (dynamicSegments(r.route).length > 0 && !spec.public && spec.own(sample) !== null) expect(spec.other ?? spec.noArea, r.route).toBeDefined();
    }
  });

  it("lists every server action with the core the write-scope test calls", () => {
    expect(actions.length).toBeGreaterThan(20);
    expect(actions.filter((a) => !a.file.startsWith("lib/actions/")), "server actions outside lib/actions").toEqual([]);
    expect(inventoryGaps("server action", actions.map((a) => a.name), Object.keys(SERVER_ACTIONS), "tests/e2e/scope-routes.ts SERVER_ACTIONS")).toEqual([]);
  });
});

describe("route inventory helper", () => {
  const dir = mkdtempSync(join("tests", ".tmp", "inventory-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const file = (path: string, text = "export default function P() { return null; }\n") => {
    mkdirSync(join(dir, path, ".."), { recursive: true });
    writeFileSync(join(dir, path), text);
  };

  it("turns folders into routes: groups add no segment, _private folders and @slots are skipped", () => {
    file("app/page.tsx");
    file("app/(beranda)/ringkas/page.tsx");
    file("app/x/[kode]/page.tsx");
    file("app/x/_components/page.tsx");
    file("app/x/@modal/detail/page.tsx");
    file("app/api/y/[...slug]/route.ts", "async function h() {}\nexport { h as GET, h as POST };\n");
    file("app/api/z/route.ts", "export async function DELETE() {}\nexport const PUT = async () => {};\nexport function helper() {}\n");
    expect(discoverRoutes(join(dir, "app")).map((r) => [r.route, r.kind, r.methods.join()])).toEqual([
      ["/", "page", "GET"],
      ["/api/y/[...slug]", "api", "GET,POST"],
      ["/api/z", "api", "PUT,DELETE"],
      ["/ringkas", "page", "GET"],
      ["/x/[kode]", "page", "GET"],
      ["/x/detail", "page", "GET"],
    ]);
    expect(dynamicSegments("/api/y/[...slug]/[id]")).toEqual(["[...slug]", "[id]"]);
    expect(exportedMethods("export const GET = () => new Response();")).toEqual(["GET"]);
  });

  it("reports a route file the table does not list, and a listed one that is gone", () => {
    expect(inventoryGaps("route", ["/a", "/b/[id]"], ["/a", "/c"], "ROUTES")).toEqual([
      'route /b/[id] is not in ROUTES: add it with its own-area and other-area values (docs/security.md, "Scope matrix")',
      "route /c is in ROUTES but no longer in the code: remove it",
    ]);
  });

  it("finds inline and file-level server actions, and nested ones in components", () => {
    const inline = [
      'import "server-only";',
      'export async function core() { return 1; }',
      'export async function saveAction(form: FormData) {\n  "use server";\n  return core();\n}',
      'export const arrowAction = async () => {\n  "use server";\n};',
      'async function notExported() {\n  "use server";\n}',
      'export function Page() {\n  async function act() {\n    "use server";\n  }\n  return act;\n}',
    ].join("\n");
    expect(serverActionsIn(inline).sort()).toEqual(["act", "arrowAction", "notExported", "saveAction"]);
    const fileLevel = '"use server";\nexport async function a() {}\nexport async function b() {}\nasync function hidden() {}\n';
    expect(serverActionsIn(fileLevel)).toEqual(["a", "b"]);
    expect(serverActionsIn('export async function x() { const s = "use server"; return s; }')).toEqual([]);
    file("lib/actions/demo.tsx", inline);
    expect(discoverServerActions([join(dir, "lib")], dir).map((a) => `${a.file}:${a.name}`)).toContain("lib/actions/demo.tsx:saveAction");
  });
});
