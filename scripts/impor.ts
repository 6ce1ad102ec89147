// `npm run impor -- <jenis> <berkas> [--dry-run] [--pengguna <username>]`
// Same pipeline as the web import (lib/import/engine.ts). Exit 0 when imported
// (or, with --dry-run, when it would import); 1 when rejected, printing every
// problem as "baris N, kolom X: pesan".
// `--json` prints the outcome as one JSON line instead, and `--nama` records another file name: the web import
// runs large uploads this way, in a process of their own (lib/import/offload.ts).
import { readFileSync, existsSync } from "node:fs";
import { basename } from "node:path";
import { parseArgs } from "node:util";
import { db as appDb } from "../lib/db/client";
import { runImport } from "../lib/import/engine";
import { shownOutcome } from "../lib/import/outcome";
import { formatIssue } from "../lib/import/issues";
import { todayJakarta } from "../lib/validations/posyandu";
import { formatBoundaryIssue } from "../lib/import/boundary";
import { ALL_IMPORT_IDS } from "../lib/import/registry";
import { loadViewer } from "../lib/queries/auth";

async function main() {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { "dry-run": { type: "boolean" }, pengguna: { type: "string" }, json: { type: "boolean" }, nama: { type: "string" } } });
  const [kind, file] = positionals;
  if (!kind || !file) {
    console.error(`Pemakaian: npm run impor -- <jenis> <berkas> [--dry-run] [--pengguna <username>]\nJenis: ${ALL_IMPORT_IDS.join(", ")}`);
    return 2;
  }
  if (!existsSync(file)) {
    console.error(`Berkas ${file} tidak ditemukan.`);
    return 2;
  }
  // The process-wide client, not a second one from createDb: loadViewer (and any app code the import calls) reads
  // through db(), so with a client of its own the CLI left that one's pool open, and on PostgreSQL its idle
  // connection held the process for pg's 10 s idle timeout after the import had finished (tests/pg/impor-cli.test.ts).
  const db = appDb();
  try {
    // Without --pengguna the import runs as the first active ADMIN (the operator running the server).
    const user = values.pengguna
      ? await db.user.findUnique({ where: { username: values.pengguna } })
      : await db.user.findFirst({ where: { role: "ADMIN", active: true }, orderBy: { id: "asc" } });
    if (!user) {
      console.error(values.pengguna ? `Pengguna ${values.pengguna} tidak ditemukan.` : "Belum ada pengguna ADMIN. Buat dengan: npm run pengguna -- tambah ...");
      return 2;
    }
    const viewer = await loadViewer(user.id, user.sessionVersion);
    if (!viewer) {
      console.error(`Pengguna ${user.username} tidak aktif.`);
      return 2;
    }
    const today = todayJakarta(); // the Jakarta day, as the web import and the forms
    const started = Date.now();
    const outcome = await runImport(db, viewer, kind, readFileSync(file), values.nama ?? basename(file), { dryRun: values["dry-run"] ?? false, today });
    if (values.json) {
      console.log(JSON.stringify(shownOutcome(outcome)));
      return outcome.status === "ditolak" ? 1 : 0;
    }
    const format = kind === "batas-wilayah" ? formatBoundaryIssue : formatIssue;
    for (const issue of outcome.issues) console.log(`${issue.severity === "error" ? "GALAT" : "PERINGATAN"} ${format(issue)}`);
    const c = outcome.counts;
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    if (outcome.status === "ditolak") {
      console.log(`Ditolak: ${outcome.issues.filter((i) => i.severity === "error").length} galat, tidak ada data yang ditulis (${seconds} dtk).`);
      return 1;
    }
    const verb = outcome.status === "pratinjau" ? "Akan diimpor (uji coba, belum ditulis)" : `Diimpor sebagai batch #${outcome.batchId}`;
    console.log(`${verb}: ${outcome.rows} baris — baru ${c.inserted}, diperbarui ${c.updated}, tidak berubah ${c.unchanged} (${seconds} dtk).`);
    return 0;
  } finally {
    await db.$disconnect();
  }
}

main().then((code) => {
  process.exitCode = code;
});
