// The audit log is read by the kota admin in Indonesian: every action and entity the code writes has a label there
// (an unlabelled one showed as "LOCK" / "Meeting #2"). Scans the writers' source, so a new one cannot be forgotten.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ACTION, ENTITY } from "@/app/admin/audit/_components/audit-table";

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === "generated" || name === "node_modules") return [];
    return statSync(path).isDirectory() ? sources(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

const written = (key: "action" | "entity") => {
  const found = new Set<string>();
  for (const file of [...sources("lib"), ...sources("app"), ...sources("scripts")]) {
    for (const m of readFileSync(file, "utf8").matchAll(new RegExp(`\\b${key}: "([A-Za-z_]+)"`, "g"))) found.add(m[1]!);
  }
  return [...found].sort();
};

describe("audit log labels", () => {
  it("names every action the code writes in Indonesian", () => {
    const actions = written("action");
    expect(actions).toContain("LOCK");
    expect(actions.filter((a) => !(a in ACTION))).toEqual([]);
  });

  it("names every entity the code writes in Indonesian", () => {
    const entities = written("entity");
    expect(entities).toContain("Meeting");
    expect(entities.filter((e) => !(e in ENTITY))).toEqual([]);
  });
});
