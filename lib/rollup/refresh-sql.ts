// refreshRollups for large writes (an import touching thousands of
// kelurahan): the same rows as the row-reading refresh in refresh.ts, computed
// with the rebuild's INSERT … SELECT statements restricted to the touched
// kelurahan (listed in a temporary table) and periods or years, then the
// ancestors re-summed level by level. A 1M-row province import refreshes in
// seconds instead of reading every report back through Prisma.
import type { Tx } from "../import/kind";
import { activeRules } from "../queries/rules";
import { periodRange } from "../period";
import { rebuildPosyanduYears } from "./posyandu-year-bulk";
import { insertAreaNutrition, insertAreaYear, MONTH_COUNTS, NUTRITION_COUNTS, resumAreas, YEAR_COUNTS } from "./rollup-sql";
import { ancestorLevels } from "./levels";
import { appendRows, num, type SqlRunner } from "./sql";
import { refreshAreaMonths } from "./month-delta";
import { DATA_FAMILIES, type DataFamily } from "../db/data-version";

/**
 * Whether a write that changed `changes` can change a rollup of `family` (AreaMonth: reports; AreaNutrition:
 * nutrition). The registry (posyandu moved or deactivated) changes both.
 */
export const rolledFrom = (changes: readonly DataFamily[], family: DataFamily) => changes.includes(family) || changes.includes("registry");

let tables = 0;

/** A temporary one-column table of area codes (dropped by the caller). */
async function codeTable(run: SqlRunner, codes: readonly string[]): Promise<string> {
  const name = `_kode_${process.pid}_${++tables}`;
  // PostgreSQL: the byte order of the code columns it is joined with (migration 20261204000000_code_collation_c), so
  // the join can use either side's index.
  await run.execute(`CREATE TEMP TABLE "${name}" ("code" TEXT${run.dialect === "postgres" ? ' COLLATE "C"' : ""} PRIMARY KEY)`);
  await appendRows(run, name, ["code"], codes.map((c) => [c]));
  return name;
}

/**
 * Whether `periods` are a large share of the months `table` holds. SQLite then still reads their rows through
 * the period index, one random page read per row (≈ 10 s for 1M reports), where reading the table in storage
 * order takes a quarter of that; the index wins below about a sixth of the table.
 */
async function mostOf(run: SqlRunner, table: string, periods: readonly string[]): Promise<boolean> {
  if (run.dialect !== "sqlite" || periods.length < 2) return false;
  const [b] = await run.query<{ lo: string | null; hi: string | null }>(`SELECT MIN("period") AS lo, MAX("period") AS hi FROM "${table}"`);
  if (!b?.lo || !b.hi) return false;
  return periods.length * 6 >= periodRange(b.lo, b.hi).length;
}

/**
 * Recomputes PosyanduYear (every posyandu of `kel`, active or not, at `years`), AreaMonth and AreaNutrition
 * (`kel` × `periods`; each only when `changes` can reach it) and AreaYear (`kel` × `years`), then every ancestor
 * of `kel`; inside the write's transaction.
 */
export async function refreshRollupsSql(run: SqlRunner, tx: Tx, kel: readonly string[], periods: readonly string[], yearList: readonly number[], changes: readonly DataFamily[] = DATA_FAMILIES): Promise<void> {
  const years = [...yearList].sort((a, b) => a - b);
  // No try/finally: a failed statement rolls the transaction back, and the temporary tables with it.
  const made: string[] = [];
  {
    const kelTable = await codeTable(run, kel);
    made.push(kelTable);
    if (years.length) {
      const ids = await run.query<{ id: unknown }>(`SELECT "id" FROM "Posyandu" WHERE "kelurahanCode" IN (SELECT "code" FROM "${kelTable}") ORDER BY "id"`);
      await rebuildPosyanduYears(run, years, (y) => activeRules(tx, y), ids.map((r) => num(r.id)));
    }
    const inList = (n: number) => Array.from({ length: n }, () => "?").join(", ");
    const months = periods.length > 0 && rolledFrom(changes, "reports");
    const nutrition = periods.length > 0 && rolledFrom(changes, "nutrition");
    // Ancestors of AreaMonth already moved by difference (month-delta.ts) need no re-sum below.
    const monthAncestors = months && (await refreshAreaMonths(run, kelTable, periods, await mostOf(run, "MonthlyReport", periods)));
    if (nutrition) {
      await run.execute(`DELETE FROM "AreaNutrition" WHERE "areaCode" IN (SELECT "code" FROM "${kelTable}") AND "period" IN (${inList(periods.length)})`, periods);
      await insertAreaNutrition(run, { kel: kelTable, periods, scan: await mostOf(run, "NutritionAggregate", periods) });
    }
    if (years.length) {
      await run.execute(`DELETE FROM "AreaYear" WHERE "areaCode" IN (SELECT "code" FROM "${kelTable}") AND "year" IN (${inList(years.length)})`, years);
      await insertAreaYear(run, years[0]!, years[years.length - 1]!, { kel: kelTable, years });
    }
    for (const level of ancestorLevels([...kel])) {
      const codes = await codeTable(run, level);
      made.push(codes);
      if (months && !monthAncestors) await resumAreas(run, "AreaMonth", ["period"], MONTH_COUNTS, true, codes, { column: "period", values: periods });
      if (nutrition) await resumAreas(run, "AreaNutrition", ["period", "source"], NUTRITION_COUNTS, true, codes, { column: "period", values: periods });
      if (years.length) await resumAreas(run, "AreaYear", ["year"], YEAR_COUNTS, true, codes, { column: "year", values: years });
    }
  }
  for (const t of made) await run.execute(`DROP TABLE IF EXISTS "${t}"`);
}
