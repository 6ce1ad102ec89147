// Rebuilds every rollup table from the base tables in SQL: the kelurahan level
// with INSERT … SELECT … GROUP BY over the base rows, then each ancestor level
// from its children. Gives the same rows as refreshRollups(tx, { all: true })
// over every kelurahan (tests compare both), at a fraction of the cost, for
// SQLite and PostgreSQL alike. PosyanduYear needs the strata rules, so it is
// computed in JS per chunk of posyandu (posyandu-year-bulk.ts).
import type { Tx } from "../import/kind";
import { activeRules, type ActiveRules } from "../queries/rules";
import { dialectOf, num, prismaRunner, type SqlRunner } from "./sql";
import { rebuildPosyanduYears } from "./posyandu-year-bulk";
import { coveredPeriods, decemberOf, monthEnd, writeAncestors } from "./kader";
import type { Db } from "../db/client";
import { periodRange } from "../period";
import { codesBelow } from "../wilayah/codes";
import { MIN_KADER } from "../indicators/kader";
import { ancestors, flag, insertAreaMonth, insertAreaNutrition, insertAreaYear, KADER_COUNTS, MONTH_COUNTS, NUTRITION_COUNTS, parentSql, q, YEAR_COUNTS } from "./rollup-sql";

type RollupTable = "PosyanduYear" | "AreaMonth" | "AreaNutrition" | "AreaYear" | "AreaKader";
/** Rows per rollup table, and milliseconds spent on each. */
export type RebuildCounts = Record<RollupTable, number> & { ms: Record<RollupTable, number> };

/**
 * Replaces PosyanduYear, AreaMonth, AreaNutrition, AreaYear and AreaKader with values
 * recomputed from every base row; run it inside the writing transaction.
 */
export async function rebuildAllRollupsWith(run: SqlRunner, rulesFor: (year: number) => Promise<ActiveRules>): Promise<RebuildCounts> {
  for (const t of ["PosyanduYear", "AreaMonth", "AreaNutrition", "AreaYear", "AreaKader"]) await run.execute(`DELETE FROM "${t}"`);
  const ms = { PosyanduYear: 0, AreaMonth: 0, AreaNutrition: 0, AreaYear: 0, AreaKader: 0 };
  let t0 = performance.now();
  const lap = (t: RollupTable) => {
    const t1 = performance.now();
    ms[t] = t1 - t0;
    t0 = t1;
  };

  // Same span as refreshRollups({ all: true }): every year from the first to the last monthly report.
  const [bounds] = await run.query<{ lo: string | null; hi: string | null }>(`SELECT MIN("period") AS lo, MAX("period") AS hi FROM "MonthlyReport"`);
  const years: number[] = [];
  if (bounds?.lo && bounds.hi) for (let y = Number(bounds.lo.slice(0, 4)); y <= Number(bounds.hi.slice(0, 4)); y++) years.push(y);
  const posyanduYear = years.length ? await rebuildPosyanduYears(run, years, rulesFor) : 0;
  lap("PosyanduYear");

  await insertAreaMonth(run);
  await ancestors(run, "AreaMonth", ["period"], MONTH_COUNTS);
  lap("AreaMonth");

  await insertAreaNutrition(run);
  await ancestors(run, "AreaNutrition", ["period", "source"], NUTRITION_COUNTS);
  lap("AreaNutrition");

  if (years.length) {
    await insertAreaYear(run, years[0]!, years[years.length - 1]!);
    await ancestors(run, "AreaYear", ["year"], YEAR_COUNTS);
  }
  lap("AreaYear");

  // Kader counts: the months refreshRollups({ all: true }) covers (every report month, gizi months) and their Decembers.
  const nutritionPeriods = await run.query<{ period: string }>(`SELECT DISTINCT "period" FROM "NutritionAggregate"`);
  const months = bounds?.lo && bounds.hi ? periodRange(bounds.lo, bounds.hi) : [];
  const kaderPeriods = [...new Set([...months, ...nutritionPeriods.map((n) => n.period)])];
  await rebuildAreaKader(run, [...new Set([...kaderPeriods, ...kaderPeriods.map(decemberOf)])].sort());
  lap("AreaKader");

  const count = async (t: string) => num((await run.query<{ n: unknown }>(`SELECT COUNT(*) AS n FROM "${t}"`))[0]?.n ?? 0);
  return { PosyanduYear: posyanduYear, AreaMonth: await count("AreaMonth"), AreaNutrition: await count("AreaNutrition"), AreaYear: await count("AreaYear"), AreaKader: await count("AreaKader"), ms };
}

/**
 * AreaKader for every kelurahan of each kab/kota holding a posyandu (zero rows
 * included) at each month end of `periods`, then the ancestors; the same rule
 * as lib/rollup/kader.ts (serving at the month end, DASAR training dated on or
 * before it, active posyandu only).
 */
async function rebuildAreaKader(run: SqlRunner, periods: string[]): Promise<void> {
  if (periods.length === 0) return;
  await insertKelurahanKader(run, periods, null);
  await ancestors(run, "AreaKader", ["period"], KADER_COUNTS, false);
}

/** Inserts the kelurahan rows of AreaKader at `periods`, for one kab/kota or (null) every kab/kota holding a posyandu. */
async function insertKelurahanKader(run: SqlRunner, periods: string[], kota: string | null): Promise<void> {
  // Dates compare as Prisma's ISO text on SQLite; PostgreSQL needs the parameter typed.
  const at = run.dialect === "postgres" ? "CAST(? AS timestamp(3))" : "?";
  await run.execute(
    `WITH pe ("period", "e") AS (VALUES ${periods.map(() => `(?, ${at})`).join(", ")}),
     dasar AS (SELECT "kaderId", MIN("date") AS d FROM "KaderTraining" WHERE "type" = 'DASAR' GROUP BY "kaderId"),
     pp AS (
       SELECT p."kelurahanCode" AS kel, pe."period" AS period, COUNT(m."id") AS n, ${flag('t.d <= pe."e"')} AS trained,
         ${flag(`k."level" = 'PURWA'`)} AS purwa, ${flag(`k."level" = 'MADYA'`)} AS madya, ${flag(`k."level" = 'UTAMA'`)} AS utama
       FROM "Posyandu" p CROSS JOIN pe
       LEFT JOIN "KaderMembership" m ON m."posyanduId" = p."id" AND m."startDate" <= pe."e" AND (m."endDate" IS NULL OR m."endDate" >= pe."e")
       LEFT JOIN "Kader" k ON k."id" = m."kaderId"
       LEFT JOIN dasar t ON t."kaderId" = m."kaderId"
       WHERE p."active"${kota ? ` AND p."kabKotaCode" = ?` : ""} GROUP BY p."id", p."kelurahanCode", pe."period"
     )
     INSERT INTO "AreaKader" ("areaCode", "period", "parentCode", ${q(KADER_COUNTS)})
     SELECT a."code", pe."period", ${parentSql('a."code"')}, COUNT(pp.kel), COALESCE(SUM(pp.n), 0), ${flag(`pp.n >= ${MIN_KADER}`)},
       COALESCE(SUM(pp.trained), 0), COALESCE(SUM(pp.purwa), 0), COALESCE(SUM(pp.madya), 0), COALESCE(SUM(pp.utama), 0)
     FROM "Area" a JOIN "Area" kec ON kec."code" = a."parentCode" CROSS JOIN pe
     LEFT JOIN pp ON pp.kel = a."code" AND pp.period = pe."period"
     WHERE a."level" IN ('KELURAHAN', 'DESA', 'DESA_ADAT') AND ${kota ? `kec."parentCode" = ?` : `kec."parentCode" IN (SELECT DISTINCT "kabKotaCode" FROM "Posyandu")`}
     GROUP BY a."code", pe."period"`,
    [...periods.flatMap((p) => [p, monthEnd(p)]), ...(kota ? [kota, kota] : [])],
  );
}

/** rebuildAllRollupsWith over a Prisma transaction, with the rule sets stored in the database. */
export function rebuildAllRollups(tx: Tx): Promise<RebuildCounts> {
  return rebuildAllRollupsWith(prismaRunner(tx, dialectOf(tx)), (year) => activeRules(tx, year));
}

/**
 * One-time fill of AreaKader on a database migrated from before the table
 * (`npm run db:migrate`): each kab/kota holding posyandu but no AreaKader row
 * gets every month refreshRollups({ all: true }) covers, one transaction per
 * kab/kota (resumable; until then the engine reads memberships). Returns the
 * number of kab/kota filled.
 */
export async function backfillAreaKader(db: Db, onKota?: (kota: string, done: number, total: number) => void): Promise<number> {
  const kotas = (await db.posyandu.findMany({ select: { kabKotaCode: true }, distinct: ["kabKotaCode"] })).map((p) => p.kabKotaCode);
  const filled = new Set((await db.areaKader.findMany({ where: { areaCode: { in: kotas } }, select: { areaCode: true }, distinct: ["areaCode"] })).map((r) => r.areaCode));
  const todo = kotas.filter((k) => !filled.has(k));
  const periods = todo.length ? await coveredPeriods(db) : [];
  if (periods.length === 0) return 0;
  for (const [i, kota] of todo.entries()) {
    await db.$transaction(async (tx) => {
      await insertKelurahanKader(prismaRunner(tx, dialectOf(tx)), periods, kota);
      const kel = await tx.areaKader.findMany({ where: { areaCode: codesBelow(kota), period: periods[0]! }, select: { areaCode: true } });
      await writeAncestors(tx, kel.map((k) => k.areaCode).filter((c) => c.split(".").length === 4), periods);
    }, { timeout: 600_000, maxWait: 30_000 });
    onKota?.(kota, i + 1, todo.length);
  }
  return todo.length;
}
