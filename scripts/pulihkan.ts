// `npm run pulihkan <berkas>`: replaces the SQLite database of DATABASE_URL
// with a backup made by `npm run cadangan`. Stop the app first: the restore
// refuses while another process has the database open. The current database
// is kept in data/cadangan/sebelum-pulihkan-*.db; pending migrations are applied.
import { parseArgs } from "node:util";
import { env } from "../lib/env";
import { listMigrations } from "../lib/db/migrations";
import { BackupError, restoreBackup } from "../lib/ops/backup";
import { migrateAndSeedReference } from "./db-migrate";

const USAGE = "Pemakaian: npm run pulihkan -- data/cadangan/pantau-YYYYMMDD-HHmmss.db  (hentikan aplikasi dulu)";

async function main() {
  let file: string | undefined;
  try {
    [file] = parseArgs({ allowPositionals: true, options: {} }).positionals;
  } catch {
    file = undefined;
  }
  if (!file) {
    console.error(USAGE);
    process.exitCode = 2;
    return;
  }
  const url = env().DATABASE_URL;
  try {
    const result = restoreBackup(url, file, { shipped: listMigrations(false) });
    if (result.safetyCopy) console.log(`Salinan pengaman basis data lama: ${result.safetyCopy}`);
    console.log(`Basis data ${result.target} dipulihkan dari ${file}.`);
    if (result.pending.length > 0) {
      console.log(`Menerapkan ${result.pending.length} migrasi yang belum terpasang: ${result.pending.join(", ")}`);
      try {
        await migrateAndSeedReference(url, true);
      } catch (e) {
        console.error(`Migrasi gagal (${e instanceof Error ? e.message : String(e)}). Jalankan npm run db:migrate sebelum menyalakan aplikasi.`);
        process.exitCode = 1;
        return;
      }
    }
    console.log("Selesai. Nyalakan kembali aplikasi.");
  } catch (e) {
    if (!(e instanceof BackupError)) throw e;
    console.error(`Gagal: ${e.message}`);
    process.exitCode = 1;
  }
}

void main();
