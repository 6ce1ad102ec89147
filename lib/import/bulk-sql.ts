// The tables a set-based import upserts, and the SQL fragments both dialects
// need for them: null-safe equality, JSON images of a row for the audit log
// (the same keys and value types as JSON.stringify of the Prisma row, which
// undo reads back), and literals for the values the import stamps on rows.
import type { Dialect } from "../rollup/sql";
import type { DataFamily } from "../db/data-version";

export type ColType = "int" | "real" | "text" | "bool" | "date" | "source";
export type UpsertTable = {
  table: "MonthlyReport" | "NutritionAggregate" | "AnnualProfile";
  /** Every column in schema order: the before-image lists them all, like the Prisma row did. */
  columns: readonly (readonly [string, ColType])[];
  /** The natural key besides posyanduId. */
  keys: readonly string[];
  /** Whether the table has enteredAt (set on insert only). */
  enteredAt: boolean;
  /** The data family its rows belong to (lib/db/data-version.ts): what an import of it can change. */
  family: DataFamily;
};

const AUDIT_TAIL = [["importBatchId", "int"], ["enteredById", "int"]] as const;
const STAMPS = [["enteredAt", "date"], ["updatedAt", "date"]] as const;
const counts = (names: string[]) => names.map((n) => [n, "int"] as const);

export const MONTHLY_REPORT: UpsertTable = {
  table: "MonthlyReport",
  columns: [
    ["id", "int"], ["posyanduId", "int"], ["period", "text"], ["opened", "bool"], ...counts(["kaderOnDuty", "s", "k", "d", "n", "o", "b", "bgm", "t2"]),
    ["qualityFlags", "text"], ["source", "source"], ...AUDIT_TAIL, ...STAMPS,
  ],
  keys: ["period"],
  enteredAt: true,
  family: "reports",
};

export const NUTRITION_AGGREGATE: UpsertTable = {
  table: "NutritionAggregate",
  columns: [
    ["id", "int"], ["posyanduId", "int"], ["period", "text"], ["source", "source"],
    ...counts(["diukurTb", "sangatPendek", "pendek", "diukurBbTb", "giziBuruk", "giziKurang", "diukurBb", "bbSangatKurang", "bbKurang"]),
    ["qualityFlags", "text"], ...AUDIT_TAIL, ...STAMPS,
  ],
  keys: ["period", "source"],
  enteredAt: true,
  family: "nutrition",
};

/** Gizi and e-PPGBM values in the order the audit's after-image lists them. */
export const NUTRITION_COLUMNS = ["period", "source", "diukurTb", "sangatPendek", "pendek", "diukurBbTb", "giziBuruk", "giziKurang", "diukurBb", "bbSangatKurang", "bbKurang"] as const;

export const ANNUAL_PROFILE: UpsertTable = {
  table: "AnnualProfile",
  columns: [
    ["id", "int"], ["posyanduId", "int"], ["year", "int"], ["cakupanKia", "real"], ["cakupanKb", "real"], ["cakupanImunisasi", "real"],
    ["programTambahan", "bool"], ["danaSehat", "real"], ["alatUkurLengkap", "bool"], ...AUDIT_TAIL, ["updatedAt", "date"],
  ],
  keys: ["year"],
  enteredAt: false,
  family: "reports",
};

export const typeOf = (spec: UpsertTable, column: string): ColType => {
  const c = spec.columns.find(([name]) => name === column);
  if (!c) throw new Error(`${spec.table} has no column ${column}`);
  return c[1];
};

/** `a` equals `b`, NULL equal to NULL. */
export const same = (dialect: Dialect, a: string, b: string) => (dialect === "sqlite" ? `${a} IS ${b}` : `${a} IS NOT DISTINCT FROM ${b}`);

/**
 * One key of an audit image: its name, the SQL expression of its value, its type, and optionally an SQL condition
 * (never NULL) under which the key is written at all; without one it always is.
 */
export type ImagePart = readonly [key: string, expr: string, type: ColType, when?: string];

/**
 * A JSON object of `pairs` as compact text, like JSON.stringify: booleans as true/false (SQLite stores 0/1), dates as
 * ISO UTC with milliseconds and "Z". A pair with a condition is left out where it is false (an import's images
 * hold only the columns it changed); the first pair must be unconditional.
 */
export function jsonOf(dialect: Dialect, pairs: readonly ImagePart[]): string {
  if (pairs[0]?.[3] !== undefined) throw new Error("the first key of an audit image must always be written");
  if (dialect === "sqlite") {
    const value = (e: string, t: ColType) =>
      t === "bool" ? `json(CASE WHEN ${e} IS NULL THEN 'null' WHEN ${e} THEN 'true' ELSE 'false' END)` : t === "date" ? `replace(${e}, '+00:00', 'Z')` : e;
    const whole = `json_object(${pairs.map(([k, e, t]) => `'${k}', ${value(e, t)}`).join(", ")})`;
    // Removing a path that is not there changes nothing, so a kept key names a path no image has.
    const dropped = pairs.flatMap(([k, , , when]) => (when === undefined ? [] : [`CASE WHEN ${when} THEN '$."-"' ELSE '$.${k}' END`]));
    return dropped.length ? `json_remove(${whole}, ${dropped.join(", ")})` : whole;
  }
  // PostgreSQL's json_build_object writes "key" : value with spaces; undo and its "changed since" check read the
  // compact form, so the text is assembled from to_json of each value.
  // Integers and booleans print as their JSON already (text output 12, true/false); to_json on 20 columns × 1M rows
  // was a third of building the images.
  const value = (e: string, t: ColType) =>
    t === "date" ? `to_json(to_char(${e}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))` : t === "int" || t === "bool" ? `${e}` : `to_json(${e})`;
  const part = ([k, e, t, when]: ImagePart, i: number) => {
    const text = `'${i ? "," : ""}"${k}":' || COALESCE(${value(e, t)}::text, 'null')`;
    return when === undefined ? text : `(CASE WHEN ${when} THEN ${text} ELSE '' END)`;
  };
  return `('{' || ${pairs.map(part).join(" || ")} || '}')`;
}

/** A constant written into every row of an import (batch id, user id, source, time) as an SQL literal. */
export function literal(dialect: Dialect, value: number | string | Date | null, type: ColType): string {
  if (value === null) return "NULL";
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new Error(`not a finite number: ${value}`);
    return String(value);
  }
  if (value instanceof Date) {
    const iso = value.toISOString();
    return dialect === "sqlite" ? `'${iso.replace("Z", "+00:00")}'` : `CAST('${iso.replace("T", " ").replace("Z", "")}' AS timestamp(3))`;
  }
  // Only code constants reach here (enum names); refuse anything that could break out of the quotes.
  if (!/^[A-Z_]+$/.test(value)) throw new Error(`unexpected literal ${value}`);
  return dialect === "postgres" && type === "source" ? `CAST('${value}' AS "DataSource")` : `'${value}'`;
}
