// `npm run wilayah -- <kode>`: loads the official area tree of a kab/kota
// (18.72) or a whole provinsi (35) from idn-area-data into DATABASE_URL.
import { createDb } from "../lib/db/client";
import { env } from "../lib/env";
import { loadWilayah, WilayahError } from "../lib/wilayah/load";
import { levelLabel } from "../lib/wilayah/codes";
import type { AreaLevel } from "../lib/generated/sqlite/enums";

async function main() {
  const code = process.argv[2] ?? "18.72";
  const db = createDb(env().DATABASE_URL);
  try {
    const r = await loadWilayah(db, code);
    console.log(`Wilayah ${r.root.name} (${r.root.code}) dimuat.`);
    for (const [level, n] of Object.entries(r.perLevel)) console.log(`  ${levelLabel[level as AreaLevel]}: ${n}`);
    console.log(`  baru ${r.inserted}, diperbarui ${r.updated}, tidak berubah ${r.unchanged}`);
  } catch (e) {
    if (e instanceof WilayahError) {
      console.error(`Gagal: ${e.message}`);
      process.exitCode = 1;
    } else throw e;
  } finally {
    await db.$disconnect();
  }
}

void main();
