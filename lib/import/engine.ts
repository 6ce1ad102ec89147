// One import pipeline for the CLI and the web page: read → header → cells →
// scoped validation → all-or-nothing write in one transaction. A file with any
// error writes nothing; re-importing the same file changes nothing.
import { createHash } from "node:crypto";
import type { Db } from "../db/client";
import { canEnterData, type Viewer } from "../auth/scope";
import { BUSY, DATABASE_BUSY, unlessBusy } from "../db/busy";
import { bumpDataVersion } from "../db/data-version";
import { mapHeader, rowParser, type ParsedRow } from "./columns";
import { ImportFileError, IssueList, type ImportIssue } from "./issues";
import { readTable, sheetNote, type RowSink } from "./read-table";
import { importKind } from "./registry";
import { runBoundaryImport } from "./boundary-import";
import { importRunner, withDryRunner } from "./runner";
import type { ImportContext, WriteCounts } from "./kind";

export type ImportOutcome = {
  kind: string;
  fileName: string;
  rows: number;
  counts: WriteCounts;
  issues: ImportIssue[];
  /** "pratinjau" = dry run, nothing written; "ditolak" = errors, nothing written; "selesai" = committed. */
  status: "pratinjau" | "ditolak" | "selesai";
  batchId: number | null;
};

export type ImportOptions = { dryRun: boolean; today: string };

const NO_COUNTS: WriteCounts = { inserted: 0, updated: 0, unchanged: 0 };

/** Runs an import as `viewer`; never throws for bad input (problems come back as issues). */
export async function runImport(db: Db, viewer: Viewer, kindId: string, data: Uint8Array, fileName: string, opts: ImportOptions): Promise<ImportOutcome> {
  const issues = new IssueList();
  const base = { kind: kindId, fileName, rows: 0, counts: NO_COUNTS, batchId: null };
  if (kindId === "batas-wilayah") {
    return runBoundaryImport(db, viewer, data, fileName, opts.dryRun, createHash("sha256").update(data).digest("hex"));
  }
  const kind = importKind(kindId);
  if (!kind) {
    issues.error(0, null, `jenis impor "${kindId}" tidak dikenal`);
    return { ...base, issues: issues.items, status: "ditolak" };
  }
  if (!canEnterData(viewer.role)) {
    issues.error(0, null, "peran Anda tidak dapat mengimpor data");
    return { ...base, issues: issues.items, status: "ditolak" };
  }
  let table;
  let rows: ParsedRow[] = [];
  let absent: ReadonlySet<string> = new Set();
  // A header that fails leaves no rows to check further; the table kinds (e-PPGBM) check their own header.
  let headerOk = Boolean(kind.table);
  // Template kinds check the header and parse each row as it is read (a 1M-row file is never held as cells).
  const sink: RowSink | undefined = kind.table ? undefined : (head) => {
    const index = mapHeader(head, kind.columns, issues, sheetNote(head.sheet, kind.sheet));
    if (!index) return () => undefined;
    headerOk = true;
    absent = new Set([...index].filter(([, i]) => i === -1).map(([name]) => name));
    const parse = rowParser(head, kind.columns, index, issues);
    return (row) => {
      const parsed = parse(row);
      if (parsed) rows.push(parsed);
    };
  };
  try {
    table = await readTable(data, fileName, kind.sheet, sink);
  } catch (e) {
    if (!(e instanceof ImportFileError)) throw e;
    // What the header and rows read so far gave is moot when the file itself cannot be read.
    issues.items.splice(0);
    issues.error(0, null, e.message);
    return { ...base, issues: issues.items, status: "ditolak" };
  }
  const rowsTotal = table.rowCount;
  let parsed = kind.table?.parse(table, opts.today, issues);
  // Prepare runs once per import; what it stages it no longer needs here (a 1M-row file's cells and
  // parsed rows are hundreds of MB the write phase would otherwise keep alive).
  table.rows = [];
  const prepare = (client: ImportContext["client"], sql: ImportContext["sql"]) => {
    const ctx = { client, viewer, today: opts.today, sql, absent };
    const [r, p] = [rows, parsed];
    [rows, parsed] = [[], undefined];
    return kind.table ? kind.table.prepare(p, ctx, issues) : kind.prepare(r, ctx, issues);
  };
  const fileHash = createHash("sha256").update(data).digest("hex");

  const reject = async (counts: WriteCounts) => {
    // The rejection is only history: with the database busy it goes unrecorded rather than failing the answer.
    await unlessBusy(() => db.importBatch.create({
      data: { userId: viewer.id, kind: kind.dbKind, fileName, fileHash, rowsTotal, rowsRejected: rowsTotal, warnings: issues.warnings.length, status: "GAGAL", message: `${issues.errors.length} galat`, finishedAt: new Date() },
    }));
    return { ...base, rows: rowsTotal, counts, issues: issues.items, status: "ditolak" as const };
  };
  // A file refused at the check is history too ("Ditolak" in Riwayat impor): the web page only ever saves a file
  // whose check passed, so its refusals are recorded here or nowhere.
  if (issues.hasErrors) {
    // The rows whose cells parsed still go through the rules and the database (K ≤ S, future periods, unknown codes)
    // in a dry run, so one upload reports every problem instead of a second round after the cells are fixed.
    if (headerOk) {
      await withDryRunner(db, async (client, sql) => {
        const p = await prepare(client, sql);
        await p.discard?.();
      });
    }
    return reject(NO_COUNTS);
  }

  if (opts.dryRun) {
    const prepared = await withDryRunner(db, async (client, sql) => {
      const p = await prepare(client, sql);
      await p.discard?.();
      return p;
    });
    if (issues.hasErrors) return reject(prepared.counts);
    return { ...base, rows: rowsTotal, counts: prepared.counts, issues: issues.items, status: "pratinjau" };
  }

  // Validation and writes share one transaction: what was checked is what is written, and a crash or
  // kill anywhere before the commit leaves the database as it was (tests/crash).
  const result = await unlessBusy(() => db.$transaction(
    async (tx) => {
      const prepared = await prepare(tx, await importRunner(db, tx));
      if (issues.hasErrors) {
        await prepared.discard?.();
        return { counts: prepared.counts, batchId: null };
      }
      const batch = await tx.importBatch.create({
        data: {
          userId: viewer.id, kind: kind.dbKind, fileName, fileHash, rowsTotal, rowsInserted: prepared.counts.inserted, rowsUpdated: prepared.counts.updated,
          rowsUnchanged: prepared.counts.unchanged, warnings: issues.warnings.length, status: "SELESAI", finishedAt: new Date(),
        },
      });
      await prepared.write(tx, batch.id, viewer.id);
      // A re-import that changes nothing leaves the cached figures (and the data version) alone.
      if (prepared.counts.inserted + prepared.counts.updated > 0) await bumpDataVersion(tx, prepared.changes);
      await tx.auditLog.create({ data: { userId: viewer.id, importBatchId: batch.id, action: "IMPORT", entity: "ImportBatch", entityId: String(batch.id), after: JSON.stringify({ kind: kind.id, fileName, ...prepared.counts }) } });
      return { counts: prepared.counts, batchId: batch.id };
    },
    { timeout: 600_000, maxWait: 30_000 },
  ));
  if (result === BUSY) {
    issues.error(0, null, `${DATABASE_BUSY}; tidak ada yang disimpan, impor lagi setelah proses itu selesai`);
    return { ...base, rows: rowsTotal, issues: issues.items, status: "ditolak" };
  }
  if (result.batchId === null) return reject(result.counts);
  return { ...base, rows: rowsTotal, counts: result.counts, issues: issues.items, status: "selesai", batchId: result.batchId };
}
