// What the browser downloads: the modules a "use client" file imports, followed through our own code (not into
// "use server" modules, which the bundler replaces by references), must not reach server-only code (queries,
// database drivers, Node built-ins). The shared components the dashboards, maps and meeting pages render
// (components/, app/_components/) must not reach zod either: when the month picker imported lib/period.ts, which
// built a zod schema at load, every dashboard page downloaded ≈ 390 KB more JS. Data-entry forms may use zod in
// the browser on purpose (the same schema as the server's).
import { describe, expect, it } from "vitest";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";

const root = join(__dirname, "../..");
const CODE = ["app", "components", "lib"];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === "generated" || name === "node_modules") return [];
    return statSync(path).isDirectory() ? files(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

/** Our module an import specifier names, or the package name for anything else. */
function resolve(from: string, spec: string): { file: string } | { pkg: string } | null {
  const base = spec.startsWith("@/") ? join(root, spec.slice(2)) : spec.startsWith(".") ? join(dirname(from), spec) : null;
  if (!base) return { pkg: spec.startsWith("@") ? spec.split("/").slice(0, 2).join("/") : spec.split("/")[0]! };
  for (const c of [base, `${base}.ts`, `${base}.tsx`, join(base, "index.ts"), join(base, "index.tsx")]) if (existsSync(c) && statSync(c).isFile()) return { file: c };
  return null;
}

/** Value imports only: `import type` and `export type` never reach the bundle. */
const importsOf = (source: string) =>
  [...source.matchAll(/^\s*(?:import|export)\s+(?!type\b)(?:[^"';]*?\sfrom\s+)?["']([^"']+)["']/gm), ...source.matchAll(/import\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]!);

function reachable(entry: string): { files: Set<string>; packages: Map<string, string> } {
  const seen = new Set<string>();
  const packages = new Map<string, string>();
  const stack = [entry];
  while (stack.length) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const source = readFileSync(file, "utf8");
    if (file !== entry && /^["']use server["'];/.test(source)) continue;
    for (const spec of importsOf(source)) {
      const r = resolve(file, spec);
      if (r && "file" in r) stack.push(r.file);
      else if (r && !packages.has(r.pkg)) packages.set(r.pkg, relative(root, file));
    }
  }
  return { files: seen, packages };
}

const SHARED = /^(components|app\/_components)\//;
const clientFiles = CODE.flatMap((d) => files(join(root, d))).filter((f) => /^["']use client["'];/.test(readFileSync(f, "utf8")));

describe("client components' imports", () => {
  it("finds the client components (the check below would pass vacuously otherwise)", () => {
    expect(clientFiles.map((f) => relative(root, f))).toContain("components/ui/month-select.tsx");
    expect(clientFiles.length).toBeGreaterThan(10);
  });

  it.each(clientFiles.map((f) => [relative(root, f), f]))("%s reaches no server-only code (nor zod, if shared)", (name, file) => {
    const { files: reached, packages } = reachable(file);
    const forbidden = ["server-only", "@prisma/client", "better-sqlite3", "pg", ...(SHARED.test(name) ? ["zod"] : [])];
    const bad = [...packages].filter(([pkg]) => forbidden.includes(pkg) || pkg.startsWith("node:"));
    expect(bad.map(([pkg, via]) => `${pkg} (via ${via})`)).toEqual([]);
    expect([...reached].map((f) => relative(root, f)).filter((f) => f.startsWith("lib/queries/") || f.startsWith("lib/db/"))).toEqual([]);
  });
});
