// The audit log is read by the kota admin in Indonesian: every action and entity the code writes has a label there
// (an unlabelled one showed as "LOCK" / "Meeting #2"). Scans the writers' source, so a new one cannot be forgotten.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ACTION, AuditTable, ENTITY } from "@/app/admin/audit/_components/audit-table";
import { fieldLabel, valueLabel } from "@/app/admin/audit/_components/audit-fields";
import * as E from "@/lib/generated/sqlite/enums";
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

  // Stored enum values read as the forms and pages show them; they used to show raw (TERKUNCI, MADYA, INPUT, DASAR).
  const rendered = (entity: string, changes: [string, string | null, string | null][]) =>
    renderToStaticMarkup(createElement(AuditTable, { rows: [{
      id: 1, at: new Date("2026-08-14T03:00:00Z"), action: "UPDATE", entity, entityId: "7", importBatchId: null, user: null,
      changes: changes.map(([field, before, after]) => ({ field, before, after })),
    }] }));

  it.each([
    ["Kader", "level", "PURWA", "MADYA", "Purwa", "Madya"],
    ["Kader", "levelOrigin", "ATURAN", "INPUT", "Dihitung aturan", "Diisi/diimpor"],
    ["Kader", "gender", "L", "P", "Laki-laki", "Perempuan"],
    ["KaderTraining", "type", null, "DASAR", null, "Pelatihan dasar"],
    ["Meeting", "status", "DRAFT", "TERKUNCI", "Draf", "Terkunci"],
    ["Meeting", "level", null, "KECAMATAN", null, "Kecamatan"],
    ["Meeting", "kind", null, "REMBUK_STUNTING", null, "Rembuk stunting"],
    ["AgendaItem", "kind", null, "PETA", null, "Peta"],
    ["AgendaItem", "indicator", null, "d_s", null, "D/S (partisipasi penimbangan)"],
    ["ActionItem", "status", "BELUM", "SELESAI", "Belum", "Selesai"],
    ["ActionItem", "ownerSector", "DINKES", "TP_PKK", "Dinas Kesehatan", "TP-PKK"],
    ["MeetingAttendee", "sector", null, "BAPPEDA", null, "Bappeda"],
    ["User", "role", "KECAMATAN", "ADMIN", "Kecamatan (camat / Pokjanal kecamatan)", "Admin kota/kabupaten"],
    ["NutritionAggregate", "source", "EPPGBM", "IMPOR", "e-PPGBM", "impor"],
  ])("shows %s.%s values in Indonesian, the stored value on hover", (entity, field, before, after, beforeText, afterText) => {
    const html = rendered(entity, [[field, before, after]]);
    if (before !== null) expect(html).toContain(`line-through decoration-red-300"><span title="${before}">${beforeText}</span></span>`);
    expect(html).toContain(`<span class="text-emerald-800"><span title="${after}">${afterText}</span></span>`);
  });

  it("shows a value raw when its field has no labels, the entity gives the field other values, or the value is unknown", () => {
    // A stored value the maps do not know (a newer enum value) stays visible as it is, not blank.
    expect(rendered("ActionItem", [["status", "BELUM", "DITUNDA"]])).toContain('<span class="text-emerald-800">DITUNDA</span>');
    // Free text that happens to spell an enum value is not translated: a kader named Madya, a target's source.
    expect(rendered("Kader", [["name", "Sri", "MADYA"]])).toContain('<span class="text-emerald-800">MADYA</span>');
    expect(rendered("IndicatorTarget", [["source", null, "EPPGBM"]])).toContain('<span class="text-emerald-800">EPPGBM</span>');
    expect(valueLabel("Meeting", "status", "constructor")).toBeNull();
  });

  it("has a label for every value of the enums the audit log shows", () => {
    const shown: [string, string, Record<string, string>][] = [
      ["Kader", "level", E.KaderLevel], ["Kader", "levelOrigin", E.LevelOrigin], ["Kader", "gender", E.Gender], ["KaderTraining", "type", E.TrainingType],
      ["Meeting", "level", E.MeetingLevel], ["Meeting", "kind", E.MeetingKind], ["Meeting", "status", E.MeetingStatus], ["AgendaItem", "kind", E.AgendaKind],
      ["ActionItem", "status", E.ActionStatus], ["ActionItem", "ownerSector", E.Sector], ["User", "role", E.Role],
    ];
    const missing = shown.flatMap(([entity, field, values]) => Object.values(values).filter((v) => valueLabel(entity, field, v) === null).map((v) => `${entity}.${field}=${v}`));
    expect(missing).toEqual([]);
  });
});
