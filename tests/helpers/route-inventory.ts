// The app's attack surface read from the source tree, so the scope matrix
// (tests/e2e/scope-matrix.e2e.test.ts) and the write-scope test cannot miss a
// route or a server action that nobody remembered to list. Pure: files in,
// names out; no Next.js, no database.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import ts from "typescript";

export type RouteFile = {
  /** The URL pattern as written in the tree, e.g. "/posyandu/[kode]" ("/" for app/page.tsx). */
  route: string;
  kind: "page" | "api";
  /** Path relative to the repository root. */
  file: string;
  /** HTTP methods a route.ts exports (pages: GET). */
  methods: string[];
};

const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...walk(path));
    else out.push(path);
  }
  return out;
}

/**
 * The URL pattern of a folder path under app/, or null when the folder is not
 * routable: "_private" folders are opted out of routing, "(group)" folders add
 * no segment, "@slot" folders are parallel routes of their parent.
 */
export function routeOfSegments(segments: string[]): string | null {
  const parts: string[] = [];
  for (const s of segments) {
    if (s.startsWith("_")) return null;
    if (s.startsWith("(") && s.endsWith(")")) continue;
    if (s.startsWith("@")) continue;
    parts.push(s);
  }
  return `/${parts.join("/")}`;
}

/** Methods exported by a route handler: `export async function GET`, `export const POST =`, `export { handler as GET }`. */
export function exportedMethods(source: string): string[] {
  const file = ts.createSourceFile("route.ts", source, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const found = new Set<string>();
  const exported = (n: ts.Node) => ts.canHaveModifiers(n) && (ts.getModifiers(n) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
  for (const st of file.statements) {
    if (ts.isFunctionDeclaration(st) && st.name && exported(st)) found.add(st.name.text);
    if (ts.isVariableStatement(st) && exported(st)) {
      for (const d of st.declarationList.declarations) if (ts.isIdentifier(d.name)) found.add(d.name.text);
    }
    if (ts.isExportDeclaration(st) && st.exportClause && ts.isNamedExports(st.exportClause)) {
      for (const el of st.exportClause.elements) found.add(el.name.text);
    }
  }
  return HTTP_METHODS.filter((m) => found.has(m));
}

/** Every page.tsx and route.ts under `appDir`, sorted by route; `root` makes the file paths relative. */
export function discoverRoutes(appDir: string, root = "."): RouteFile[] {
  const out: RouteFile[] = [];
  for (const path of walk(appDir)) {
    const rel = relative(appDir, path).split(sep);
    const name = rel.pop()!;
    const kind = /^page\.(tsx|ts|jsx|js|mdx)$/.test(name) ? "page" : /^route\.(ts|js)$/.test(name) ? "api" : null;
    if (!kind) continue;
    const route = routeOfSegments(rel);
    if (route === null) continue;
    const methods = kind === "page" ? ["GET"] : exportedMethods(readFileSync(path, "utf8"));
    out.push({ route: route === "/" ? "/" : route.replace(/\/$/, ""), kind, file: relative(root, path), methods });
  }
  return out.sort((a, b) => a.route.localeCompare(b.route));
}

/** The dynamic segments of a route pattern: "/rapat/[id]/notulen" → ["[id]"]. */
export function dynamicSegments(route: string): string[] {
  return route.split("/").filter((s) => s.startsWith("[") && s.endsWith("]"));
}

export type ServerAction = { name: string; file: string };

function isUseServer(st: ts.Statement | undefined): boolean {
  return !!st && ts.isExpressionStatement(st) && ts.isStringLiteral(st.expression) && st.expression.text === "use server";
}

/**
 * Server actions in one module: with a file-level "use server" every exported
 * async function is one (Next.js publishes them all); otherwise every function
 * whose body starts with "use server", exported or nested in a component (a
 * nested one is named "<anonymous>@line" when it has no name).
 */
export function serverActionsIn(source: string, fileName = "module.ts"): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, fileName.endsWith("x") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const names = new Set<string>();
  const mods = (n: ts.Node) => (ts.canHaveModifiers(n) ? (ts.getModifiers(n) ?? []) : []);
  const has = (n: ts.Node, k: ts.SyntaxKind) => mods(n).some((m) => m.kind === k);
  if (isUseServer(file.statements[0])) {
    for (const st of file.statements) {
      if (ts.isFunctionDeclaration(st) && st.name && has(st, ts.SyntaxKind.ExportKeyword) && has(st, ts.SyntaxKind.AsyncKeyword)) names.add(st.name.text);
      if (ts.isVariableStatement(st) && has(st, ts.SyntaxKind.ExportKeyword)) {
        for (const d of st.declarationList.declarations) if (ts.isIdentifier(d.name)) names.add(d.name.text);
      }
    }
  }
  const visit = (node: ts.Node) => {
    if (ts.isFunctionDeclaration(node) || ts.isFunctionExpression(node) || ts.isArrowFunction(node) || ts.isMethodDeclaration(node)) {
      const body = node.body && ts.isBlock(node.body) ? node.body : undefined;
      if (isUseServer(body?.statements[0])) {
        const named = node.name && ts.isIdentifier(node.name) ? node.name.text : ts.isVariableDeclaration(node.parent) && ts.isIdentifier(node.parent.name) ? node.parent.name.text : null;
        names.add(named ?? `<anonymous>@${file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1}`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return [...names];
}

/** Every server action in the .ts/.tsx files under `dirs` (actions may live outside lib/actions too). */
export function discoverServerActions(dirs: string[], root = "."): ServerAction[] {
  const out: ServerAction[] = [];
  for (const dir of dirs) {
    for (const path of walk(dir)) {
      if (!/\.(ts|tsx)$/.test(path) || path.endsWith(".d.ts") || path.includes(`${sep}generated${sep}`)) continue;
      const source = readFileSync(path, "utf8");
      if (!source.includes("use server")) continue;
      for (const name of serverActionsIn(source, path)) out.push({ name, file: relative(root, path) });
    }
  }
  return out.sort((a, b) => a.name.localeCompare(b.name));
}
