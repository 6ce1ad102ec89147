// The rollup statements in SQL, shared by the full rebuild (rebuild.ts: every
// kelurahan) and the set-based refresh of large writes (refresh-sql.ts: the
// kelurahan listed in a temporary table, some periods or years). Kelurahan
// rows come from the base rows with INSERT … SELECT … GROUP BY; ancestors are
// re-summed from their children. Same statements on SQLite and PostgreSQL.
import { num, type SqlRunner, type SqlValue } from "./sql";

/** Parent of an area code in SQL: drop the last segment ("35.01.01.2001" → "35.01.01"; "35" → NULL). Codes are digits and dots. */
export const parentSql = (col: string) => `NULLIF(rtrim(rtrim(${col}, '0123456789'), '.'), '')`;
/** Number of dots in an area code (3 for a kelurahan, 0 for a provinsi). */
const dotsSql = (col: string) => `(length(${col}) - length(replace(${col}, '.', '')))`;
export const flag = (cond: string) => `SUM(CASE WHEN ${cond} THEN 1 ELSE 0 END)`;
const pair = (a: string, b: string, take: string) => `SUM(CASE WHEN r."${a}" IS NOT NULL AND r."${b}" IS NOT NULL THEN r."${take}" ELSE 0 END)`;

const BOTH_ND = 'r."n" IS NOT NULL AND r."d" IS NOT NULL';
/** N/D's denominator D − O − B (lib/indicators/skdn.ts: a blank O or B subtracts nothing). */
const ND_DENOMINATOR = `SUM(CASE WHEN ${BOTH_ND} THEN r."d" - COALESCE(r."o", 0) - COALESCE(r."b", 0) ELSE 0 END)`;

export const MONTH_COUNTS = ["melapor", "buka", "ks_k", "ks_s", "ds_d", "ds_s", "nd_n", "nd_d", "ndTanpaOb", "bgm", "bgm_d", "t2", "t2_d", "dMelebihiS"] as const;
export const NUTRITION_COUNTS = ["diukurTb", "sangatPendek", "pendek", "diukurBbTb", "giziBuruk", "giziKurang", "diukurBb", "bbSangatKurang", "bbKurang"] as const;
export const KADER_COUNTS = ["posyanduAktif", "kaderAktif", "posyanduKaderCukup", "kaderTerlatih", "purwa", "madya", "utama"] as const;
export const YEAR_COUNTS = ["pratama", "madya", "purnama", "mandiri", "aktif", "dinilai"] as const;
export const q = (cols: readonly string[], prefix = "") => cols.map((c) => `${prefix}"${c}"`).join(", ");

/**
 * Which kelurahan and periods a statement covers: `kel` names a table with a "code" column (null: every
 * kelurahan), `periods` a list (null: every period).
 */
export type Scope = {
  kel: string | null;
  periods: readonly string[] | null;
  /** SQLite: read the whole base table in storage order instead of through its period index (many periods). */
  scan?: boolean;
};
const ALL: Scope = { kel: null, periods: null };

/** `AND …` conditions restricting posyandu `p` and rows `r` to the scope, with their parameters. */
function within(scope: Scope, periodCol = 'r."period"'): { sql: string; params: SqlValue[] } {
  const parts: string[] = [];
  if (scope.kel) parts.push(`p."kelurahanCode" IN (SELECT "code" FROM "${scope.kel}")`);
  if (scope.periods) parts.push(`${periodCol} IN (${scope.periods.map(() => "?").join(", ")})`);
  return { sql: parts.map((x) => ` AND ${x}`).join(""), params: [...(scope.periods ?? [])] };
}

/** `NOT INDEXED` when the scope asks for a full scan (SQLite only; PostgreSQL's planner chooses for itself). */
const scanned = (run: SqlRunner, scope: Scope) => (scope.scan && run.dialect === "sqlite" ? " NOT INDEXED" : "");

/** AreaMonth rows of the kelurahan in scope, from their active posyandu's monthly reports, into `into` (AreaMonth or a table shaped like it). */
export async function insertAreaMonth(run: SqlRunner, scope: Scope = ALL, into = "AreaMonth"): Promise<void> {
  const w = within(scope);
  await run.execute(
    `INSERT INTO "${into}" ("areaCode", "period", "parentCode", ${q(MONTH_COUNTS)}, "lastEntered")
     SELECT p."kelurahanCode", r."period", ${parentSql('p."kelurahanCode"')}, COUNT(*), ${flag('r."opened"')},
       ${pair("k", "s", "k")}, ${pair("k", "s", "s")}, ${pair("d", "s", "d")}, ${pair("d", "s", "s")}, ${pair("n", "d", "n")}, ${ND_DENOMINATOR}, ${flag(`${BOTH_ND} AND (r."o" IS NULL OR r."b" IS NULL)`)},
       ${pair("bgm", "d", "bgm")}, ${pair("bgm", "d", "d")}, ${pair("t2", "d", "t2")}, ${pair("t2", "d", "d")},
       ${flag('r."d" IS NOT NULL AND r."s" IS NOT NULL AND r."d" > r."s"')}, MAX(r."enteredAt")
     FROM "MonthlyReport" r${scanned(run, scope)} JOIN "Posyandu" p ON p."id" = r."posyanduId"
     WHERE p."active"${w.sql} GROUP BY p."kelurahanCode", r."period"`,
    w.params,
  );
}

/** AreaNutrition rows of the kelurahan in scope, per source. */
export async function insertAreaNutrition(run: SqlRunner, scope: Scope = ALL): Promise<void> {
  const w = within(scope);
  await run.execute(
    `INSERT INTO "AreaNutrition" ("areaCode", "period", "source", "parentCode", ${q(NUTRITION_COUNTS)}, "lastEntered")
     SELECT p."kelurahanCode", r."period", r."source", ${parentSql('p."kelurahanCode"')}, ${NUTRITION_COUNTS.map((c) => `SUM(r."${c}")`).join(", ")}, MAX(r."enteredAt")
     FROM "NutritionAggregate" r${scanned(run, scope)} JOIN "Posyandu" p ON p."id" = r."posyanduId"
     WHERE p."active"${w.sql} GROUP BY p."kelurahanCode", r."period", r."source"`,
    w.params,
  );
}

/** AreaYear rows of the kelurahan in scope for years `from`–`to` (or the listed years), from PosyanduYear. */
export async function insertAreaYear(run: SqlRunner, from: number, to: number, scope: { kel: string | null; years?: readonly number[] } = { kel: null }): Promise<void> {
  const kel = scope.kel ? ` AND p."kelurahanCode" IN (SELECT "code" FROM "${scope.kel}")` : "";
  const years = scope.years ? ` AND y."year" IN (${scope.years.map(() => "?").join(", ")})` : "";
  // "Data terakhir" of a kelurahan-year is its latest monthly entry that year (AreaMonth of the kelurahan). The
  // months as a key range ("2026-01" … "2026-12"), not substr(period): a range seek on AreaMonth's primary key
  // instead of every month of the kelurahan. PostgreSQL, 6,500 desa × 2 years: 4.0–4.4 s → 0.65–0.75 s on the
  // committed tables, 3.7 → 3.0 s inside the 1M laporan import (whose AreaMonth rows were just rewritten).
  await run.execute(
    `INSERT INTO "AreaYear" ("areaCode", "year", "parentCode", ${q(YEAR_COUNTS)}, "lastEntered")
     SELECT p."kelurahanCode", y."year", ${parentSql('p."kelurahanCode"')},
       ${flag(`y."stratum" = 'PRATAMA'`)}, ${flag(`y."stratum" = 'MADYA'`)}, ${flag(`y."stratum" = 'PURNAMA'`)}, ${flag(`y."stratum" = 'MANDIRI'`)},
       ${flag('y."aktif"')}, COUNT(*),
       (SELECT MAX(m."lastEntered") FROM "AreaMonth" m WHERE m."areaCode" = p."kelurahanCode" AND m."period" >= CAST(y."year" AS TEXT) || '-01' AND m."period" <= CAST(y."year" AS TEXT) || '-12')
     FROM "PosyanduYear" y JOIN "Posyandu" p ON p."id" = y."posyanduId"
     WHERE p."active" AND y."year" >= ? AND y."year" <= ?${kel}${years} GROUP BY p."kelurahanCode", y."year"`,
    [from, to, ...(scope.years ?? [])],
  );
}

/** Fills `table` above the kelurahan from each level's children, deepest first (the table holds only kelurahan rows). */
export async function ancestors(run: SqlRunner, table: string, keys: readonly string[], counts: readonly string[], withLast = true): Promise<void> {
  const depth = await run.query<{ d: unknown }>(`SELECT MAX(${dotsSql('"areaCode"')}) AS d FROM "${table}"`);
  for (let d = num(depth[0]?.d ?? 0); d >= 1; d--) await sumChildren(run, table, keys, counts, withLast, `${dotsSql('c."areaCode"')} = ?`, [d]);
}

/**
 * Re-sums the rows of the areas listed in table `codes` from their children, for the rows whose `key.column`
 * is one of `key.values` (e.g. some periods); their old rows go first. Call it level by level, deepest first.
 */
export async function resumAreas(run: SqlRunner, table: string, keys: readonly string[], counts: readonly string[], withLast: boolean, codes: string, key: { column: string; values: readonly SqlValue[] }): Promise<void> {
  const inList = (alias: string) => `${alias}"${key.column}" IN (${key.values.map(() => "?").join(", ")})`;
  await run.execute(`DELETE FROM "${table}" WHERE "areaCode" IN (SELECT "code" FROM "${codes}") AND ${inList("")}`, key.values);
  await sumChildren(run, table, keys, counts, withLast, `c."parentCode" IN (SELECT "code" FROM "${codes}") AND ${inList("c.")}`, key.values);
}

async function sumChildren(run: SqlRunner, table: string, keys: readonly string[], counts: readonly string[], withLast: boolean, where: string, params: readonly SqlValue[]): Promise<void> {
  await run.execute(
    `INSERT INTO "${table}" ("areaCode", ${q(keys)}, "parentCode", ${q(counts)}${withLast ? `, "lastEntered"` : ""})
     SELECT c."parentCode", ${q(keys, "c.")}, ${parentSql('c."parentCode"')}, ${counts.map((k) => `SUM(c."${k}")`).join(", ")}${withLast ? `, MAX(c."lastEntered")` : ""}
     FROM "${table}" c WHERE c."parentCode" IS NOT NULL AND ${where}
     GROUP BY c."parentCode", ${q(keys, "c.")}`,
    params,
  );
}
