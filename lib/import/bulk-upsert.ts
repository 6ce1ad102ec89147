// Set-based upsert for the imports that write one table by natural key
// (laporan bulanan, gizi, e-PPGBM, profil tahunan): the file's rows go into a
// temporary table, SQL compares them with the stored rows, and the write is
// three statements per slice (audit before-images, UPDATE … FROM, INSERT …
// SELECT) instead of two round trips per row. Same results as the row-by-row
// writer it replaces: insert/update/unchanged counts, one IMPORT_UPDATE audit
// row per changed row with before and after images of the columns it changed
// (what undo restores), rollups refreshed for what changed.
import type { Tx } from "./kind";
import { appendRows, type SqlRunner, type SqlValue } from "../rollup/sql";
import { refreshRollups, type Touched } from "../rollup/refresh";
import { yearOf } from "../period";
import { jsonOf, literal, same, typeOf, type ImagePart, type UpsertTable } from "./bulk-sql";
import type { Prepared, WriteCounts } from "./kind";
import type { DataFamily } from "../db/data-version";

/** Rows per statement when applying: each slice holds the event loop for a fraction of a second at most. */
const SLICE = 20_000;
const yieldToOthers = () => new Promise<void>((resolve) => setImmediate(resolve));

let stages = 0;

export type BulkPlan = {
  counts: WriteCounts;
  /**
   * Applies the plan inside the import's transaction (the plan's runner must be on that transaction's connection).
   * Written rows and their audit rows get the batch, not the user (NULL): the batch records the uploader
   * (docs/import.md), and NULL keys skip one foreign-key check per row on both databases.
   */
  write: (tx: Tx, stamp: { importBatchId: number }) => Promise<void>;
  /** Drops the staging table (dry runs; `write` drops it itself). */
  discard: () => Promise<void>;
  /** The data family the write changes (the table's). */
  family: DataFamily;
};

export type Stage = {
  /** Appends rows (each `[posyanduId, ...values of dataColumns]`); the caller may drop them afterwards. */
  add: (rows: readonly SqlValue[][]) => Promise<void>;
  /**
   * Compares what was staged with the stored rows; `extra` are constants written on every written row; `keep` are
   * data columns the file did not have: a stored row keeps its values there (a new row gets what was staged, NULL).
   */
  plan: (extra?: Record<string, string>, keep?: readonly string[]) => Promise<BulkPlan>;
};

/** Stages `rows` and plans them in one go (see openStage). */
export async function planBulk(run: SqlRunner, spec: UpsertTable, dataColumns: readonly string[], rows: SqlValue[][], extra: Record<string, string> = {}, keep: readonly string[] = []): Promise<BulkPlan> {
  const stage = await openStage(run, spec, dataColumns);
  await stage.add(rows);
  return stage.plan(extra, keep);
}

/**
 * A staging table for rows of `spec.table`: `dataColumns` name the file's values in the order the audit's
 * after-image lists them and must include the natural key. Rows can be added in pieces as the file is checked,
 * so a large file never holds its parsed rows and their staged form at once.
 */
export async function openStage(run: SqlRunner, spec: UpsertTable, dataColumns: readonly string[]): Promise<Stage> {
  const stage = `_impor_${process.pid}_${++stages}`;
  const cols = ["posyanduId", ...dataColumns];
  const q = (c: string) => `"${c}"`;
  await run.execute(`DROP TABLE IF EXISTS ${q(stage)}`);
  await run.execute(
    `CREATE TEMP TABLE ${q(stage)} AS SELECT 0 AS "ln", CAST(NULL AS INTEGER) AS "rid", 1 AS "chg", ${cols.map(q).join(", ")} FROM ${q(spec.table)} WHERE 1 = 0`,
  );
  let total = 0;
  const add = async (rows: readonly SqlValue[][]) => {
    for (let i = 0; i < rows.length; i += SLICE) {
      // CREATE TABLE … AS keeps no defaults: "chg" (changed until shown unchanged) is written with every row.
      // The line and flag go straight into the statement's parameters: no second copy of each row (1M rows).
      // PostgreSQL: COPY on the transaction's connection (runner.ts), 20× cheaper than INSERTs through Prisma.
      await appendRows(run, stage, ["ln", "chg", ...cols], rows.slice(i, i + SLICE), (j, params) => void params.push(total + i + j, 1));
      await yieldToOthers();
    }
    total += rows.length;
  };
  return { add, plan: (extra = {}, keep = []) => planStaged(run, spec, dataColumns, stage, total, extra, keep) };
}

async function planStaged(run: SqlRunner, spec: UpsertTable, dataColumns: readonly string[], stage: string, total: number, extra: Record<string, string>, keep: readonly string[]): Promise<BulkPlan> {
  const d = run.dialect;
  const cols = ["posyanduId", ...dataColumns];
  const q = (c: string) => `"${c}"`;
  const kept = new Set(keep.filter((c) => dataColumns.includes(c) && !spec.keys.includes(c)));

  const keyMatch = ["posyanduId", ...spec.keys].map((k) => `r.${q(k)} = s.${q(k)}`).join(" AND ");
  // A kept column takes the stored value, so it never makes a row "changed" (nor enters the audit images below).
  const unchanged = dataColumns.filter((c) => !kept.has(c)).map((c) => same(d, `r.${q(c)}`, `s.${q(c)}`)).join(" AND ") || "1 = 1";
  const staged = (c: string) => (kept.has(c) ? `CASE WHEN r."id" IS NULL THEN s.${q(c)} ELSE r.${q(c)} END AS ${q(c)}` : `s.${q(c)}`);
  if (d === "postgres") {
    // PostgreSQL: the marked stage as one join (a hash join instead of 1M index lookups, and no dead row
    // versions from updating the stage). The statement runs on the server, so the app's event loop is free
    // meanwhile: nothing to yield for. Not ANALYZEd: with row estimates the slices below hash-join the whole
    // stored table once per slice (≈ 1 s each) instead of looking their 20,000 rows up by index.
    // The staged rows in key order: each lookup then lands next to the previous one in the unique index and, as
    // rows were mostly stored posyandu by posyandu, in the table (a file month by month jumps across the whole
    // table per row: 1M lookups 5.2–5.9 s in file order, 3.2 s sorted, in psql on the nasional bench copy).
    const marked = q(`${stage}_m`);
    await run.execute(`CREATE TEMP TABLE ${marked} AS SELECT s."ln", r."id" AS "rid", CASE WHEN r."id" IS NULL THEN 1 WHEN ${unchanged} THEN 0 ELSE 1 END AS "chg", ${cols.map(staged).join(", ")}
       FROM (SELECT * FROM ${q(stage)} ORDER BY ${["posyanduId", ...spec.keys].map(q).join(", ")}) AS s LEFT JOIN ${q(spec.table)} AS r ON ${keyMatch}`);
    await run.execute(`DROP TABLE ${q(stage)}`);
    await run.execute(`ALTER TABLE ${marked} RENAME TO ${q(stage)}`);
    // No index on the file lines yet: only new rows are written by line (write below), and a file of changes
    // to stored rows never needs it (0.7 s for 1M rows).
  } else {
    await run.execute(`CREATE INDEX ${q(`${stage}_ln`)} ON ${q(stage)} ("ln")`);
    // One pass: each stored row is looked up once (by its unique key) for its id and its values.
    const keptSets = [...kept].map((c) => `, ${q(c)} = r.${q(c)}`).join("");
    await slicesOn(run, total, `UPDATE ${q(stage)} AS s SET "rid" = r."id", "chg" = CASE WHEN ${unchanged} THEN 0 ELSE 1 END${keptSets} FROM ${q(spec.table)} AS r WHERE ${keyMatch}`);
  }
  const [c] = await run.query<{ inserted: unknown; unchanged: unknown }>(
    `SELECT SUM(CASE WHEN "rid" IS NULL THEN 1 ELSE 0 END) AS inserted, SUM(1 - "chg") AS unchanged FROM ${q(stage)}`,
  );
  const inserted = Number(c?.inserted ?? 0);
  const same_ = Number(c?.unchanged ?? 0);
  const counts: WriteCounts = { inserted, updated: total - inserted - same_, unchanged: same_ };
  const discard = async () => void (await run.execute(`DROP TABLE IF EXISTS ${q(stage)}`));

  const write = async (tx: Tx, stamp: { importBatchId: number }) => {
    const now = new Date();
    const lit = (v: number | string | Date, column: string) => literal(d, v, typeOf(spec, column));
    const stamps: [string, string][] = [
      ["importBatchId", lit(stamp.importBatchId, "importBatchId")],
      ["enteredById", "NULL"],
      ...Object.entries(extra).map(([k, v]): [string, string] => [k, lit(v, k)]),
    ];
    // Images of what the write changes, not of whole rows: the identity (id, posyandu, natural key), the file's
    // values that differ from the stored ones, and the batch columns every write stamps. Undo restores the keys a
    // before-image holds and nothing else; the audit page lists the keys of the after-image. Whole rows cost a
    // 1M-row import on PostgreSQL seconds of JSON and WAL for values it did not touch (docs/import.md).
    const changed = (k: string) => (spec.keys.includes(k) ? undefined : `NOT (${same(d, `r.${q(k)}`, `s.${q(k)}`)})`);
    const always = new Set(["id", "posyanduId", ...spec.keys, ...stamps.map(([k]) => k)]);
    const before = jsonOf(d, spec.columns.flatMap(([k, t]): ImagePart[] => (always.has(k) ? [[k, `r.${q(k)}`, t]] : dataColumns.includes(k) ? [[k, `r.${q(k)}`, t, changed(k)]] : [])));
    // A constant the kind stamps (laporan: source IMPOR) is a change too where it replaces another value.
    const stampedAfter = Object.entries(extra).filter(([k]) => !dataColumns.includes(k)).map(([k, v]): ImagePart => [k, lit(v, k), typeOf(spec, k), `NOT (${same(d, `r.${q(k)}`, lit(v, k))})`]);
    const after = jsonOf(d, [...dataColumns.map((k): ImagePart => [k, `s.${q(k)}`, typeOf(spec, k), changed(k)]), ...stampedAfter]);
    // Stored-id order for the audit rows too: their (entity, entityId) index then takes its keys in order instead of
    // at random. The audit page lists by audit id, so an import's entries follow the stored rows, not the file's lines.
    await run.execute(`CREATE INDEX ${q(`${stage}_rid`)} ON ${q(stage)} ("rid") WHERE "chg" = 1`);
    // Before-images first: the UPDATE below overwrites them.
    await slicesById(run, stage, counts.updated, `INSERT INTO "AuditLog" ("userId", "at", "action", "entity", "entityId", "before", "after", "importBatchId")
       SELECT NULL, ${literal(d, now, "date")}, 'IMPORT_UPDATE', '${spec.table}', CAST(r."id" AS TEXT), ${before}, ${after}, ${lit(stamp.importBatchId, "importBatchId")}
       FROM ${q(stage)} AS s JOIN ${q(spec.table)} AS r ON r."id" = s."rid" WHERE s."chg" = 1`, `ORDER BY s."rid"`);
    const sets = [...dataColumns.filter((c) => !spec.keys.includes(c)).map((c) => `${q(c)} = s.${q(c)}`), ...stamps.map(([k, v]) => `${q(k)} = ${v}`), `"updatedAt" = ${literal(d, now, "date")}`];
    // In the stored rows' order, not the file's: a month's rows are spread over the whole table, so file order
    // rewrites every page once per month in the file (and spills them to the WAL each time); id order rewrites each once.
    await slicesById(run, stage, counts.updated, `UPDATE ${q(spec.table)} AS r SET ${sets.join(", ")} FROM ${q(stage)} AS s WHERE r."id" = s."rid" AND s."chg" = 1`);
    const times: [string, string][] = [...(spec.enteredAt ? [["enteredAt", literal(d, now, "date")] as [string, string]] : []), ["updatedAt", literal(d, now, "date")]];
    const insertCols = [...cols.map((c) => [c, `s.${q(c)}`] as [string, string]), ...stamps.filter(([k]) => !dataColumns.includes(k)), ...times];
    // Not when nothing is new: each empty slice still walks its 20,000 staged rows (≈ 3.7 s for 1M updates on PostgreSQL).
    if (counts.inserted > 0 && d === "postgres") await run.execute(`CREATE INDEX ${q(`${stage}_ln`)} ON ${q(stage)} ("ln")`);
    if (counts.inserted > 0) await slicesOn(run, total, `INSERT INTO ${q(spec.table)} (${insertCols.map(([k]) => q(k)).join(", ")})
       SELECT ${insertCols.map(([, v]) => v).join(", ")} FROM ${q(stage)} AS s WHERE s."rid" IS NULL`, `ORDER BY s."ln"`);
    const touched = await touchedIn(run, stage, spec);
    await discard();
    await refreshRollups(tx, { ...touched, kaderUnchanged: true, changes: [spec.family] }, { run });
  };
  return { counts, write, discard, family: spec.family };
}

/** A kind's Prepared from a bulk plan: the import's batch stamped on every written row (the batch names the user). */
export function bulkPrepared(plan: BulkPlan): Prepared {
  return { counts: plan.counts, write: (tx, batchId) => plan.write(tx, { importBatchId: batchId }), discard: plan.discard, changes: [plan.family] };
}

/** Runs `sql` (ending in a WHERE clause) over the staged rows slice by slice, yielding between slices. */
async function slicesOn(run: SqlRunner, total: number, sql: string, tail = ""): Promise<void> {
  for (let lo = 0; lo < total; lo += SLICE) {
    await run.execute(`${sql} AND s."ln" >= ? AND s."ln" < ? ${tail}`, [lo, lo + SLICE]);
    await yieldToOthers();
  }
}

/** Runs `sql` (ending in a WHERE clause, then `tail`) over the changed staged rows in slices of their stored id, yielding between slices. */
async function slicesById(run: SqlRunner, stage: string, changed: number, sql: string, tail = ""): Promise<void> {
  if (changed === 0) return;
  const [b] = await run.query<{ lo: unknown; hi: unknown }>(`SELECT MIN("rid") AS lo, MAX("rid") AS hi FROM "${stage}" WHERE "chg" = 1`);
  const lo = Number(b?.lo);
  const hi = Number(b?.hi) + 1;
  // Equal id ranges: close to SLICE rows each unless the changed rows bunch up, which only makes a slice longer.
  const width = Math.max(1, Math.ceil((hi - lo) / Math.ceil(changed / SLICE)));
  for (let from = lo; from < hi; from += width) {
    await run.execute(`${sql} AND s."rid" >= ? AND s."rid" < ? ${tail}`, [from, from + width]);
    await yieldToOthers();
  }
}

/** The kelurahan and periods (or years) whose rows the import inserted or changed, for the rollups. */
async function touchedIn(run: SqlRunner, stage: string, spec: UpsertTable): Promise<Touched> {
  // Kelurahan straight from SQL: listing 46k posyandu ids for refreshRollups to look up cost a province import 4 s.
  const kel = await run.query<{ k: string }>(`SELECT DISTINCT p."kelurahanCode" AS k FROM "${stage}" AS s JOIN "Posyandu" AS p ON p."id" = s."posyanduId" WHERE s."chg" = 1`);
  const kelurahanCodes = kel.map((r) => r.k);
  if (spec.keys.includes("year")) {
    const years = await run.query<{ y: unknown }>(`SELECT DISTINCT "year" AS y FROM "${stage}" WHERE "chg" = 1`);
    return { kelurahanCodes, years: years.map((r) => Number(r.y)) };
  }
  const periods = (await run.query<{ p: string }>(`SELECT DISTINCT "period" AS p FROM "${stage}" WHERE "chg" = 1`)).map((r) => r.p);
  return { kelurahanCodes, periods, years: spec.table === "MonthlyReport" ? periods.map(yearOf) : [] };
}
