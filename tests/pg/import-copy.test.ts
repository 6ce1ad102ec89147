// Imports on PostgreSQL stage their rows with COPY on the connection of the
// import's own Prisma transaction (lib/import/runner.ts, lib/db/pg-copy.ts):
// the values must arrive exactly, the rows must belong to that transaction
// (rolled back with it, invisible to others before the commit), and a
// re-import of the same file must still find every row unchanged.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { runImport } from "@/lib/import/engine";
import { importRunner } from "@/lib/import/runner";
import type { SqlValue } from "@/lib/rollup/sql";
import type { Viewer } from "@/lib/auth/scope";
import { migratedPg } from "../helpers/pg-db";
import { seedMetroDemo, tableHash } from "../helpers/pg-demo";

const pg = migratedPg("pantau_copy");
const HEADER = "kode_posyandu,periode,buka,kader_bertugas,s,k,d,n,bgm,t2";
const TODAY = "2026-11-23";

const WRITTEN = ["MonthlyReport", "AuditLog", "ImportBatch", "AreaMonth", "AreaYear", "PosyanduYear"];
const snapshot = async (db: Db) => Object.fromEntries(await Promise.all(WRITTEN.map(async (t) => [t, await tableHash(db, t)] as const)));

/** Text the COPY text format reserves or that CSV-minded code gets wrong. */
const AWKWARD = ["", "a,b;c", `say "hi", 'yo'`, "tab\there", "back\\slash\\", "new\nline", "cr\rlf\r\n", "\\N", "\\.", "Rp 1.000 — é ✓", " lead and trail "];

describe("COPY staging on PostgreSQL", () => {
  let db: Db;
  let admin: Viewer;
  let codes: string[];
  beforeAll(async () => {
    db = await pg.open();
    admin = await seedMetroDemo(db);
    codes = (await db.posyandu.findMany({ where: { active: true }, select: { code: true }, orderBy: { code: "asc" } })).map((p) => p.code);
  }, 240_000);
  afterAll(() => pg.close());

  const imp = (csv: string, dryRun = false) => runImport(db, admin, "laporan-bulanan", Buffer.from(csv), "laporan.csv", { dryRun, today: TODAY });

  it("loads awkward values exactly, on the transaction's own connection, and rolls them back with it", async () => {
    const rows: SqlValue[][] = [
      ...AWKWARD.map((t, i): SqlValue[] => [i, t, i % 2 === 0, i === 0 ? 7 : -i, i + 0.5, new Date(Date.UTC(2026, 0, i + 1, 12, 30, 15, 250))]),
      [99, null, null, null, null, null],
    ];
    const gone = Symbol("rollback");
    let seen: Record<string, unknown>[] = [];
    let outside = -1;
    const err = await db.$transaction(async (tx) => {
      const run = await importRunner(db, tx);
      // Without load() the import silently falls back to INSERTs through Prisma (20× slower, not wrong).
      expect(run.load).toBeTypeOf("function");
      await tx.$executeRawUnsafe(`CREATE TABLE "copy_probe" ("ln" INTEGER, "t" TEXT, "b" BOOLEAN, "i" INTEGER, "r" DOUBLE PRECISION, "at" TIMESTAMP(3))`);
      await run.load!("copy_probe", ["ln", "t", "b", "i", "r", "at"], rows.slice(0, 4));
      // The leading column from `lead`, as the import stages its line numbers.
      const rest = rows.slice(4);
      await run.load!("copy_probe", ["ln", "t", "b", "i", "r", "at"], rest.map((r) => r.slice(1)), (i, out) => void out.push(rest[i]![0]!));
      seen = await tx.$queryRawUnsafe(`SELECT "ln", "t", "b", "i", "r", "at" FROM "copy_probe" ORDER BY "ln"`);
      // Another connection sees neither the table nor its rows before the commit.
      outside = Number((await db.$queryRawUnsafe<{ n: bigint }[]>(`SELECT COUNT(*) AS n FROM pg_tables WHERE tablename = 'copy_probe'`))[0]!.n);
      throw gone;
    }).catch((e: unknown) => e);
    expect(err).toBe(gone);
    expect(outside).toBe(0);
    expect(seen.map((r) => [r.ln, r.t, r.b, r.i, r.r, (r.at as Date | null)?.toISOString() ?? null])).toEqual(
      rows.map((r) => [r[0], r[1], r[2], r[3], r[4], (r[5] as Date | null)?.toISOString() ?? null]),
    );
    expect(await db.$queryRawUnsafe(`SELECT 1 FROM pg_tables WHERE tablename = 'copy_probe'`)).toEqual([]);
  }, 60_000);

  it("a failing COPY in a later chunk rolls back the earlier chunks and the transaction's other writes; the pool stays usable", async () => {
    const before = await snapshot(db);
    for (const bad of [
      // Rejected by PostgreSQL mid-stream (text in an integer column).
      (run: Awaited<ReturnType<typeof importRunner>>) => run.load!("AreaYear", ["areaCode", "year", "pratama", "madya", "purnama", "mandiri", "aktif", "dinilai"], [["18.72.99", "dua ribu", 0, 0, 0, 0, 0, 0]]),
      // Refused by our writer before the row is sent (wrong width): the COPY is cancelled, not half-sent.
      (run: Awaited<ReturnType<typeof importRunner>>) => run.load!("AreaYear", ["areaCode", "year"], [["18.72.98", 2020, 1]]),
    ]) {
      const err = await db.$transaction(async (tx) => {
        const run = await importRunner(db, tx);
        await tx.auditLog.create({ data: { action: "PROBE", entity: "Probe" } });
        await run.load!("AreaYear", ["areaCode", "year", "pratama", "madya", "purnama", "mandiri", "aktif", "dinilai"], [["18.72.97", 2001, 1, 2, 3, 4, 5, 6]]);
        await bad(run);
      }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(Error);
      expect(await snapshot(db)).toEqual(before);
    }
    // Every pooled connection still works (a connection left mid-COPY would fail the next statement on it).
    await Promise.all(Array.from({ length: 12 }, () => db.$transaction(async (tx) => tx.$queryRawUnsafe("SELECT 1"))));
  }, 60_000);

  it("an import rejected by a row of a later staging chunk writes nothing", async () => {
    const before = await snapshot(db);
    const lines: string[] = [];
    // More than one staging chunk (20,000 rows): every posyandu × the months from 2000 on.
    for (let m = 0; lines.length < 20_500; m++) {
      const period = `${2000 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, "0")}`;
      for (const code of codes) lines.push(`${code},${period},ya,5,40,30,20,10,0,0`);
    }
    expect(lines.length).toBeGreaterThan(20_000);
    lines.push(lines.pop()!.replace(",40,30,", ",40,41,")); // K > S: an error found after the first chunk was staged
    const out = await imp(`${HEADER}\n${lines.join("\n")}\n`);
    expect(out.status).toBe("ditolak");
    expect(out.issues.filter((i) => i.severity === "error")).toHaveLength(1);
    const after = await snapshot(db);
    // Only the record of the rejected file ("Ditolak") is written.
    expect({ ...after, ImportBatch: before.ImportBatch }).toEqual(before);
    expect(await db.importBatch.count({ where: { status: "SELESAI" } })).toBe(0);
  }, 180_000);

  it("writes nulls, booleans and quality flags as in the file, and a re-import finds every row unchanged", async () => {
    const [a, b, c] = codes;
    const stored = await db.monthlyReport.findFirstOrThrow({ where: { posyandu: { code: a }, period: "2026-08" } });
    await db.monthlyReport.deleteMany({ where: { posyandu: { code: { in: [b!, c!] } }, period: "2026-10" } });
    const csv = [
      HEADER,
      `${a},2026-08,ya,,${(stored.s ?? 50) + 3},,,,,`, // update: blanks become NULL
      `${b},2026-10,tidak,0,60,50,0,0,0,0`, // insert: closed month
      `${c},2026-10,ya,4,10,8,12,5,1,2`, // insert: D > S → D_GT_S
    ].join("\n");
    const first = await imp(csv);
    expect(first).toMatchObject({ status: "selesai", counts: { inserted: 2, updated: 1, unchanged: 0 } });
    const row = (code: string, period: string) => db.monthlyReport.findFirstOrThrow({ where: { posyandu: { code }, period } });
    expect(await row(a!, "2026-08")).toMatchObject({ opened: true, kaderOnDuty: null, s: (stored.s ?? 50) + 3, k: null, d: null, n: null, bgm: null, t2: null, qualityFlags: null, source: "IMPOR", importBatchId: first.batchId });
    expect(await row(b!, "2026-10")).toMatchObject({ opened: false, kaderOnDuty: 0, s: 60, k: 50, d: 0, qualityFlags: null });
    expect(await row(c!, "2026-10")).toMatchObject({ opened: true, kaderOnDuty: 4, s: 10, d: 12, n: 5, bgm: 1, t2: 2, qualityFlags: "D_GT_S" });
    const audit = await db.auditLog.findFirstOrThrow({ where: { importBatchId: first.batchId!, action: "IMPORT_UPDATE" } });
    // The after-image holds the period and the columns whose value the file changed, blanks as JSON null.
    const written = { opened: true, kaderOnDuty: null, s: (stored.s ?? 50) + 3, k: null, d: null, n: null, bgm: null, t2: null, qualityFlags: null };
    const changed = Object.entries(written).filter(([k, v]) => stored[k as keyof typeof written] !== v);
    expect(changed.map(([k]) => k)).toEqual(expect.arrayContaining(["s", "k", "d"]));
    expect(audit.after).toBe(JSON.stringify({ period: "2026-08", ...Object.fromEntries(changed), ...(stored.source === "IMPOR" ? {} : { source: "IMPOR" }) }));

    const before = await snapshot(db);
    const again = await imp(csv);
    expect(again).toMatchObject({ status: "selesai", counts: { inserted: 0, updated: 0, unchanged: 3 } });
    const after = await snapshot(db);
    expect(after.MonthlyReport).toBe(before.MonthlyReport);
    expect(after.AreaMonth).toBe(before.AreaMonth);
    expect(after.PosyanduYear).toBe(before.PosyanduYear);
    // Only the batch and its IMPORT entry: no IMPORT_UPDATE rows for unchanged rows.
    expect(await db.auditLog.findMany({ where: { importBatchId: again.batchId! }, select: { action: true } })).toEqual([{ action: "IMPORT" }]);
  }, 120_000);
});
