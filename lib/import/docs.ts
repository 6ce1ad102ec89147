// Renders the column reference of docs/import.md from the kind definitions,
// so the documentation cannot drift from what the importer accepts.
import { TEMPLATE_KINDS } from "./registry";
import { EPPGBM_COLUMNS, EPPGBM_REQUIRED_COLUMNS } from "./eppgbm";

export const DOCS_BEGIN = "<!-- BEGIN generated: npm run docs:impor -->";
export const DOCS_END = "<!-- END generated -->";

const cell = (s: string) => s.replaceAll("|", "\\|");

/** The generated Markdown between the markers. */
export function renderImportColumns(): string {
  const parts: string[] = [];
  for (const k of TEMPLATE_KINDS) {
    parts.push(`### \`${k.id}\` — ${k.label}`, "", `Kunci alami: \`${k.keyLabel}\`. Lembar XLSX: \`${k.sheet}\`.`, "");
    parts.push("| kolom | wajib | keterangan | contoh |", "|---|---|---|---|");
    for (const c of k.columns) parts.push(`| \`${c.name}\` | ${c.required ? "ya" : "tidak"} | ${cell(c.help)} | \`${cell(c.example)}\` |`);
    parts.push("");
  }
  const required = new Set<string>(EPPGBM_REQUIRED_COLUMNS);
  parts.push("### `eppgbm` — ekspor e-PPGBM", "", "| kolom | dipakai |", "|---|---|");
  for (const c of EPPGBM_COLUMNS) parts.push(`| ${cell(c)} | ${required.has(c) ? "wajib" : "dibaca bila ada"} |`);
  return parts.join("\n");
}
