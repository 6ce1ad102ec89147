// `npm run cadangan [-- --keluar <berkas>]`: an online, consistent backup of
// the SQLite database of DATABASE_URL (safe while the app is running), by
// default to data/cadangan/pantau-YYYYMMDD-HHmmss.db. PostgreSQL: use pg_dump.
import { parseArgs } from "node:util";
import { env } from "../lib/env";
import { formatDecimal, formatInt } from "../lib/format";
import { BackupError, createBackup, defaultBackupPath } from "../lib/ops/backup";

const USAGE = "Pemakaian: npm run cadangan [-- --keluar data/cadangan/pantau.db]";

/** 1234567 → "1,2 MB". */
function formatSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${formatDecimal(bytes / 1024)} KB`;
  return `${formatDecimal(bytes / (1024 * 1024))} MB`;
}

function main() {
  let keluar: string | undefined;
  try {
    ({ values: { keluar } } = parseArgs({ options: { keluar: { type: "string" } } }));
  } catch {
    console.error(USAGE);
    process.exitCode = 2;
    return;
  }
  try {
    const backup = createBackup(env().DATABASE_URL, keluar ?? defaultBackupPath());
    console.log(`Cadangan dibuat: ${backup.path} (${formatSize(backup.bytes)})`);
    console.log(`Migrasi terpasang: ${backup.migrations.length} (terakhir ${backup.migrations.at(-1) ?? "-"})`);
    console.log("Jumlah baris:");
    for (const [table, rows] of Object.entries(backup.counts)) console.log(`  ${table.padEnd(20)} ${formatInt(rows).padStart(10)}`);
  } catch (e) {
    if (!(e instanceof BackupError)) throw e;
    console.error(`Gagal: ${e.message}`);
    process.exitCode = 1;
  }
}

main();
