// Assertions the corpus tests share: a message is Indonesian and leaks no
// runtime internals; a refused import wrote nothing anywhere.
import type { Db } from "@/lib/db/client";

// Words every refusal in this app uses; a message with none of them is not ours.
const INDONESIAN = /\b(baris|kolom|berkas|tidak|bukan|harus|wajib|terlalu|kosong|rusak|belum|sudah|ganda|lebih|maksimal|minimal|isi|pilih|periksa|silakan|wilayah|ditemukan|dikenal|sah|ada|karakter|huruf|angka|yang|atau|dan|dari|untuk|dengan|pada|dalam|luar|ini|sendiri|berbeda|hanya|tanpa|gunakan|misalnya|kode)\b/i;
// zod's English defaults and typical library messages: a sign a message escaped our wording.
const ENGLISH = /\b(Invalid|Expected|Required|received|must be|should be|not found|failed|Unexpected|Error)\b/;
// What a leaked JavaScript/driver error looks like (never shown to a user).
const INTERNALS = /(SyntaxError|TypeError|RangeError|ReferenceError|Unexpected token|at position \d|is not a function|Cannot read propert|undefined is|\bNaN\b|\[object Object\]|Prisma|SQLITE|ENOENT|stack|node_modules|Invalid string length)/;

/** Null when `message` reads as an Indonesian message for a user; otherwise why not. `echo` = the input it may repeat. */
export function notIndonesian(message: string | undefined | null, echo?: unknown): string | null {
  if (!message || message.trim() === "") return "pesan kosong";
  if (!INDONESIAN.test(message)) return `tidak berbahasa Indonesia: ${message.slice(0, 200)}`;
  // Quoted or bracketed parts, and the input itself, echo what the user typed, which may be anything.
  let own = message.replace(/"[^"]*"|\([^)]*\)|\[[^\]]*\]/g, "");
  if (typeof echo === "string" && echo.trim() !== "") own = own.replaceAll(echo.trim(), "");
  if (ENGLISH.test(own)) return `berbahasa Inggris: ${message.slice(0, 200)}`;
  const leak = INTERNALS.exec(own);
  if (leak) return `membocorkan galat internal (${leak[0]}): ${message.slice(0, 200)}`;
  return null;
}

/** Row counts of every table, ImportBatch apart (a refusal may record a "GAGAL" batch). */
export async function tableCounts(db: Db): Promise<Record<string, number>> {
  const tables = await db.$queryRawUnsafe<{ name: string }[]>(
    `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_prisma%' AND name <> 'ImportBatch' ORDER BY name`,
  );
  const out: Record<string, number> = {};
  for (const { name } of tables) {
    const [row] = await db.$queryRawUnsafe<{ n: bigint | number }[]>(`SELECT COUNT(*) AS n FROM "${name}"`);
    out[name] = Number(row?.n ?? 0);
  }
  return out;
}

/** Per needle, how many rows of each "Table.column" hold it (SQLite instr: no LIKE wildcards to escape). */
export async function whereStored(db: Db, needles: readonly string[]): Promise<Record<string, number>[]> {
  const tables = await db.$queryRawUnsafe<{ name: string }[]>(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_prisma%'`);
  const hits: Record<string, number>[] = needles.map(() => ({}));
  for (const { name } of tables) {
    const columns = await db.$queryRawUnsafe<{ name: string; type: string }[]>(`PRAGMA table_info("${name}")`);
    for (const c of columns.filter((c) => c.type.toUpperCase() === "TEXT")) {
      // One pass over the column for every needle at once.
      const sums = needles.map((_n, i) => `COALESCE(SUM(instr("${c.name}", ?) > 0), 0) AS n${i}`).join(", ");
      const [row] = await db.$queryRawUnsafe<Record<string, bigint | number>[]>(`SELECT ${sums} FROM "${name}"`, ...needles);
      needles.forEach((_n, i) => {
        const n = Number(row?.[`n${i}`] ?? 0);
        if (n > 0) hits[i]![`${name}.${c.name}`] = n;
      });
    }
  }
  return hits;
}

/** Batches created after `afterId`: a refused file may leave only "GAGAL" ones. */
export async function batchesSince(db: Db, afterId: number) {
  return db.importBatch.findMany({ where: { id: { gt: afterId } }, select: { id: true, status: true, rowsInserted: true, rowsUpdated: true } });
}

export async function lastBatchId(db: Db): Promise<number> {
  return (await db.importBatch.findFirst({ orderBy: { id: "desc" }, select: { id: true } }))?.id ?? 0;
}
