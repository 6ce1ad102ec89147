// The field names audit rows can carry, read from the writers' TYPES with the TypeScript compiler: most writers
// store a whole Prisma row (`after: created`) or spread one (`...values`), so scanning the source text for keys
// would miss them; the type checker sees every property of what is serialized. The set-based imports write their
// images in SQL (lib/import/bulk-upsert.ts) with the keys of their table specs, which are added as they are.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { ANNUAL_PROFILE, MONTHLY_REPORT, NUTRITION_AGGREGATE } from "@/lib/import/bulk-sql";

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === "generated" || name === "node_modules") return [];
    return statSync(path).isDirectory() ? sources(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Where an audit call keeps its before/after values: `writeAudit(tx, { before, after })`, `tx.auditLog.create({ data: { before, after } })`, or a local `audit(action, entity, id, before, after)` helper. */
function auditValues(call: ts.CallExpression): ts.Expression[] {
  const callee = call.expression.getText();
  const fromObject = (o: ts.Expression | undefined): ts.Expression[] =>
    o && ts.isObjectLiteralExpression(o)
      ? o.properties.flatMap((p) => (ts.isPropertyAssignment(p) && ["before", "after"].includes(p.name.getText()) ? [p.initializer] : []))
      : [];
  if (callee === "writeAudit") return fromObject(call.arguments[1]);
  if (callee.endsWith("auditLog.create")) {
    const arg = call.arguments[0];
    const data = arg && ts.isObjectLiteralExpression(arg) ? arg.properties.find((p) => p.name?.getText() === "data") : undefined;
    return data && ts.isPropertyAssignment(data) ? fromObject(data.initializer) : [];
  }
  if (callee === "audit" && call.arguments.length === 5) return [call.arguments[3]!, call.arguments[4]!];
  return [];
}

/** The serialized values inside a before/after expression: `JSON.stringify(x)` gives x, anything else itself. */
function serialized(e: ts.Expression): ts.Expression[] {
  const found: ts.Expression[] = [];
  const visit = (n: ts.Node) => {
    if (ts.isCallExpression(n) && n.expression.getText() === "JSON.stringify" && n.arguments[0]) found.push(n.arguments[0]);
    else ts.forEachChild(n, visit);
  };
  visit(e);
  return found.length ? found : [e];
}

/** Every top-level field name any audit writer in lib/, app/ or scripts/ can put in before/after, sorted. */
export function auditFieldsWritten(): string[] {
  const files = [...sources("lib"), ...sources("app"), ...sources("scripts")].filter((f) => /writeAudit\(|auditLog\.create\(|\baudit\(/.test(readFileSync(f, "utf8")));
  const config = ts.getParsedCommandLineOfConfigFile("tsconfig.json", {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
  const program = ts.createProgram(files, { ...config!.options, noEmit: true });
  const checker = program.getTypeChecker();
  const fields = new Set<string>([MONTHLY_REPORT, NUTRITION_AGGREGATE, ANNUAL_PROFILE].flatMap((spec) => spec.columns.map(([k]) => k)));
  for (const file of files) {
    const source = program.getSourceFile(file)!;
    const visit = (n: ts.Node) => {
      if (ts.isCallExpression(n)) {
        for (const value of auditValues(n).flatMap(serialized)) {
          const type = checker.getTypeAtLocation(value);
          for (const t of type.isUnion() ? type.types : [type]) {
            if (t.flags & ts.TypeFlags.Object) for (const p of checker.getPropertiesOfType(t)) fields.add(p.name);
          }
        }
      }
      ts.forEachChild(n, visit);
    };
    visit(source);
  }
  return [...fields].sort();
}
