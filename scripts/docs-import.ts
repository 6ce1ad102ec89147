// `npm run docs:impor`: rewrites the generated column reference in docs/import.md.
import { readFileSync, writeFileSync } from "node:fs";
import { DOCS_BEGIN, DOCS_END, renderImportColumns } from "../lib/import/docs";

const path = "docs/import.md";
const text = readFileSync(path, "utf8");
const start = text.indexOf(DOCS_BEGIN);
const end = text.indexOf(DOCS_END);
if (start < 0 || end < 0) throw new Error(`${path}: penanda bagian otomatis tidak ditemukan`);
writeFileSync(path, `${text.slice(0, start + DOCS_BEGIN.length)}\n${renderImportColumns()}\n${text.slice(end)}`);
console.log(`${path} diperbarui.`);
