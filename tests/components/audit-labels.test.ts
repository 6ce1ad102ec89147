// The audit log is read by the kota admin in Indonesian: every action and entity the code writes has a label there
// (an unlabelled one showed as "LOCK" / "Meeting #2"). Scans the writers' source, so a new one cannot be forgotten.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ACTION, AuditTable, ENTITY } from "@/app/admin/audit/_components/audit-table";
import { fieldLabel } from "@/app/admin/audit/_components/audit-fields";
import { auditFieldsWritten } from "../helpers/audit-fields";

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

  // Fields diffAudit never shows (lib/queries/audit.ts HIDDEN) need no label.
  const HIDDEN = ["id", "passwordHash", "createdAt", "updatedAt"];

  it("names every field an audit row can carry in Indonesian (read from the writers' types)", () => {
    const fields = auditFieldsWritten();
    // Whole rows (a posyandu's skNumber), spread form values (kaderOnDuty) and hand-built extras (afterLock) are all seen.
    expect(fields).toEqual(expect.arrayContaining(["skNumber", "kaderOnDuty", "dueDate", "afterLock", "sessionVersion", "inserted", "t2"]));
    expect(fields.filter((f) => !HIDDEN.includes(f) && fieldLabel("", f) === null)).toEqual([]);
  });

  it("shows the label in the change list, and an unknown field raw in monospace rather than guessing", () => {
    const row = (entity: string, field: string) => ({
      id: 1, at: new Date("2026-08-14T03:00:00Z"), action: "UPDATE", entity, entityId: "7", importBatchId: null, user: null,
      changes: [{ field, before: "1", after: "2" }],
    });
    const html = (entity: string, field: string) => renderToStaticMarkup(createElement(AuditTable, { rows: [row(entity, field)] }));
    expect(html("Posyandu", "skNumber")).toContain('<span class="text-slate-600" title="skNumber">Nomor SK</span>');
    expect(html("Posyandu", "code")).toContain(">Kode posyandu</span>");
    expect(html("Kader", "code")).toContain(">Kode kader</span>");
    expect(html("Meeting", "level")).toContain(">Tingkat rapat</span>");
    expect(html("Posyandu", "skNumber")).not.toContain("font-mono");
    expect(html("Posyandu", "fieldAddedLater")).toContain('<span class="font-mono text-slate-600">fieldAddedLater</span>');
    expect(fieldLabel("Posyandu", "constructor")).toBeNull();
  });
});
