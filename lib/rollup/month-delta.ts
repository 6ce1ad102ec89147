// AreaMonth for a large write (refresh-sql.ts): the touched kelurahan's rows
// are recomputed from their reports, and when the write only added reports or
// changed their counts (an import), each ancestor row is moved by the
// difference between its touched children's new and old rows instead of being
// re-summed from every child. The counts are integers, so adding the
// difference gives exactly the re-sum; "data terakhir" (lastEntered, a MAX)
// is exact as long as no touched kelurahan's latest entry went back or its row
// went away, which is checked first. At nasional scale the re-sum read the
// 5.5M-row AreaMonth twice per ancestor level (≈ 8 s of a 1M-row import).
import { insertAreaMonth, MONTH_COUNTS, parentSql, q } from "./rollup-sql";
import type { SqlRunner } from "./sql";

let tables = 0;
const COLS = ["areaCode", "period", "parentCode", ...MONTH_COUNTS, "lastEntered"] as const;

/** The later of two nullable times, in SQL (SQLite's two-argument max() is NULL when either is). */
const later = (a: string, b: string) => `CASE WHEN ${a} IS NULL THEN ${b} WHEN ${b} IS NULL OR ${a} >= ${b} THEN ${a} ELSE ${b} END`;

/**
 * Replaces the AreaMonth rows of the kelurahan listed in table `kel` at `periods` with rows computed from
 * their reports (`scan`: see Scope). Returns true when it has also brought every ancestor row up to date
 * (by difference); false when the caller must re-sum the ancestors (a kelurahan row went away or its
 * "data terakhir" went back: an undo, a posyandu deactivated).
 */
export async function refreshAreaMonths(run: SqlRunner, kel: string, periods: readonly string[], scan: boolean): Promise<boolean> {
  const name = (what: string) => `_am_${what}_${process.pid}_${++tables}`;
  const made: string[] = [];
  const shaped = async (what: string) => {
    const t = name(what);
    made.push(t);
    await run.execute(`CREATE TEMP TABLE "${t}" AS SELECT ${q(COLS)} FROM "AreaMonth" WHERE 1 = 0`);
    return t;
  };
  const fresh = await shaped("new");
  const old = await shaped("old");
  await insertAreaMonth(run, { kel, periods, scan }, fresh);
  const where = `"areaCode" IN (SELECT "code" FROM "${kel}") AND "period" IN (${periods.map(() => "?").join(", ")})`;
  if (run.dialect === "postgres") {
    // One pass over AreaMonth for both: the old rows are what the DELETE removes.
    await run.execute(`WITH gone AS (DELETE FROM "AreaMonth" WHERE ${where} RETURNING ${q(COLS)}) INSERT INTO "${old}" (${q(COLS)}) SELECT ${q(COLS)} FROM gone`, [...periods]);
  } else {
    await run.execute(`INSERT INTO "${old}" (${q(COLS)}) SELECT ${q(COLS)} FROM "AreaMonth" WHERE ${where}`, [...periods]);
    await run.execute(`DELETE FROM "AreaMonth" WHERE ${where}`, [...periods]);
  }
  await run.execute(`INSERT INTO "AreaMonth" (${q(COLS)}) SELECT ${q(COLS)} FROM "${fresh}"`);
  const [back] = await run.query<{ n: unknown }>(
    `SELECT COUNT(*) AS n FROM "${old}" o LEFT JOIN "${fresh}" f ON f."areaCode" = o."areaCode" AND f."period" = o."period"
     WHERE f."areaCode" IS NULL OR (o."lastEntered" IS NOT NULL AND (f."lastEntered" IS NULL OR f."lastEntered" < o."lastEntered"))`,
  );
  const byDelta = Number(back?.n ?? 0) === 0;
  if (byDelta) {
    // The kecamatan's change: the touched kelurahan's new rows minus their old ones; each level above sums the one below.
    const sums = (source: string) => `SELECT c."parentCode", c."period", ${parentSql('c."parentCode"')}, ${MONTH_COUNTS.map((k) => `SUM(c."${k}")`).join(", ")}, MAX(c."lastEntered")
       FROM ${source} c WHERE c."parentCode" IS NOT NULL GROUP BY c."parentCode", c."period"`;
    let level = await shaped("delta");
    const negated = `SELECT "parentCode", "period", ${MONTH_COUNTS.map((k) => `-"${k}" AS "${k}"`).join(", ")}, NULL AS "lastEntered" FROM "${old}"`;
    await run.execute(`INSERT INTO "${level}" (${q(COLS)}) ${sums(`(SELECT "parentCode", "period", ${q(MONTH_COUNTS)}, "lastEntered" FROM "${fresh}" UNION ALL ${negated})`)}`);
    for (;;) {
      await applyDelta(run, level);
      const next = await shaped("delta");
      await run.execute(`INSERT INTO "${next}" (${q(COLS)}) ${sums(`"${level}"`)}`);
      const [left] = await run.query<{ n: unknown }>(`SELECT COUNT(*) AS n FROM "${next}"`);
      if (Number(left?.n ?? 0) === 0) break;
      level = next;
    }
  }
  for (const t of made) await run.execute(`DROP TABLE IF EXISTS "${t}"`);
  return byDelta;
}

/** Adds the change rows of `delta` to their AreaMonth rows (new ancestors are inserted: their old sums were 0). */
async function applyDelta(run: SqlRunner, delta: string): Promise<void> {
  const set = MONTH_COUNTS.map((k) => `"${k}" = "AreaMonth"."${k}" + excluded."${k}"`);
  // WHERE true: SQLite would otherwise read ON CONFLICT as part of the SELECT's join.
  await run.execute(
    `INSERT INTO "AreaMonth" (${q(COLS)}) SELECT ${q(COLS)} FROM "${delta}" WHERE true
     ON CONFLICT ("areaCode", "period") DO UPDATE SET ${set.join(", ")}, "lastEntered" = ${later('"AreaMonth"."lastEntered"', 'excluded."lastEntered"')}`,
  );
}
