// The demo's bulk path for province- and nation-size datasets: generates one
// kab/kota at a time and streams its rows into the database with multi-row
// INSERTs on a direct connection, all in one transaction, then rebuilds the
// rollups in SQL. Memory stays at one kab/kota's rows. Replaces earlier demo
// data and, like persistDemo, refuses a database holding real data.
import type { ActiveRules } from "../queries/rules";
import type { DemoUser } from "./users";
import type { BulkDb } from "./bulk-db";
import { generatePuskesmas, type DemoKelurahan, type DemoPuskesmas } from "./generate-org";
import { generateDemoChunk, type DemoChunk, type DemoPlan } from "./generate";
import { chunkRows, T, type BulkTable, type ChunkIds } from "./bulk-rows";
import { DemoSeedError } from "./persist";
import { num, type SqlValue } from "../rollup/sql";
import { rebuildAllRollupsWith } from "../rollup/rebuild";
import { freshVersionSettings } from "../db/data-version";

/** Rows written and time spent writing them, per table. */
export type TableStats = Map<string, { rows: number; ms: number }>;

export type BulkSeedResult = { stats: TableStats; generateMs: number; rollupMs: number; posyandu: number; kader: number; reports: number; nutrition: number; profiles: number; puskesmas: number };

export type BulkSeedInput = {
  plan: DemoPlan;
  /** Every kelurahan of the dataset, sorted by code. */
  kelurahan: DemoKelurahan[];
  /** The demo logins (with password hashes) for the first chunk's first posyandu and puskesmas. */
  usersFor: (first: Pick<DemoChunk, "posyandu"> & { puskesmas: DemoPuskesmas[] }) => Promise<(DemoUser & { passwordHash: string })[]>;
  rulesFor: (year: number) => Promise<ActiveRules>;
  /** Called after each kab/kota (index from 1, total). */
  onProgress?: (done: number, total: number, kabKotaCode: string) => void;
};

/** Same tables and order as persist.ts wipe(): everything except reference data. */
const WIPE = [
  "ActionProgress", "ActionItem", "AgendaItem", "MeetingAttendee", "Meeting", "AuditLog", "ApiToken", "NameMapping", "KaderSkillResult",
  "KaderTraining", "KaderMembership", "Kader", "MonthlyReport", "NutritionAggregate", "AnnualProfile", "ImportBatch", "User",
  "PosyanduYear", "AreaMonth", "AreaNutrition", "AreaYear", "AreaKader", "Posyandu", "PuskesmasWilayah", "Puskesmas",
];

/** Puskesmas of one kab/kota; names made unique within it (desa names repeat inside a kabupaten). */
function kabPuskesmas(kelurahan: DemoKelurahan[]): DemoPuskesmas[] {
  const seen = new Map<string, number>();
  return generatePuskesmas(kelurahan).map((p) => {
    const n = (seen.get(p.name) ?? 0) + 1;
    seen.set(p.name, n);
    return n === 1 ? p : { ...p, name: `${p.name} ${n}` };
  });
}

/** Groups sorted kelurahan by kab/kota, keeping the order. */
function byKabKota(kelurahan: DemoKelurahan[]): DemoKelurahan[][] {
  const groups: DemoKelurahan[][] = [];
  for (const k of kelurahan) {
    const last = groups[groups.length - 1];
    if (last && last[0]!.kabKotaCode === k.kabKotaCode) last.push(k);
    else groups.push([k]);
  }
  return groups;
}

async function guard(bulk: BulkDb): Promise<void> {
  const [flag] = await bulk.query<{ value: string }>(`SELECT "value" FROM "Setting" WHERE "key" = ?`, ["demo"]);
  const [count] = await bulk.query<{ n: unknown }>(`SELECT COUNT(*) AS n FROM "Posyandu"`);
  if (num(count?.n ?? 0) > 0 && flag?.value !== "1") {
    throw new DemoSeedError("Basis data ini berisi data nyata (bukan demo). Data demo tidak dimuat agar tidak ada data yang hilang.");
  }
}

/** Writes the whole dataset in one transaction on `bulk`; returns per-table counts and times. */
export async function persistDemoBulk(bulk: BulkDb, input: BulkSeedInput): Promise<BulkSeedResult> {
  const { plan } = input;
  const stats: TableStats = new Map();
  const write = async (t: BulkTable, rows: SqlValue[][]) => {
    const started = performance.now();
    await bulk.load(t.table, t.columns, rows);
    const s = stats.get(t.table) ?? { rows: 0, ms: 0 };
    stats.set(t.table, { rows: s.rows + rows.length, ms: s.ms + performance.now() - started });
  };
  const now = new Date();
  const ids: ChunkIds = { posyandu: new Map(), kader: new Map(), puskesmas: new Map() };
  const totals = { generateMs: 0, rollupMs: 0, posyandu: 0, kader: 0, reports: 0, nutrition: 0, profiles: 0, puskesmas: 0 };
  let users: (DemoUser & { passwordHash: string })[] = [];
  let firstPuskesmas = new Map<string, number>();

  await guard(bulk);
  await bulk.begin();
  try {
    for (const table of WIPE) await bulk.execute(`DELETE FROM "${table}"`);
    const groups = byKabKota(input.kelurahan);
    for (const [g, kel] of groups.entries()) {
      const t0 = performance.now();
      const puskesmas = kabPuskesmas(kel);
      const chunk = generateDemoChunk(plan, kel, puskesmas, totals.kader);
      totals.generateMs += performance.now() - t0;
      if (g === 0) users = await input.usersFor({ posyandu: chunk.posyandu.slice(0, 1), puskesmas: puskesmas.slice(0, 1) });

      // Ids are assigned here (the tables were emptied), so rows can refer to each other without reading back.
      ids.posyandu.clear();
      ids.kader.clear();
      ids.puskesmas = new Map(puskesmas.map((p, i) => [p.name, totals.puskesmas + i + 1]));
      if (g === 0) firstPuskesmas = ids.puskesmas;
      for (const p of chunk.posyandu) ids.posyandu.set(p.code, totals.posyandu + ids.posyandu.size + 1);
      for (const k of chunk.kader) ids.kader.set(k.code, totals.kader + ids.kader.size + 1);
      const kabCode = kel[0]!.kabKotaCode;
      await write(T.puskesmas, puskesmas.map((p) => [ids.puskesmas.get(p.name)!, p.name, kabCode, now, now]));
      await write(T.wilayah, puskesmas.flatMap((p) => p.kelurahan.map((code) => [ids.puskesmas.get(p.name)!, code])));
      const rows = chunkRows(chunk, ids, plan.options.endPeriod, now);
      for (const key of ["posyandu", "kader", "membership", "training", "report", "nutrition", "profile"] as const) await write(T[key], rows[key]);

      totals.puskesmas += puskesmas.length;
      totals.posyandu += chunk.posyandu.length;
      totals.kader += chunk.kader.length;
      totals.reports += chunk.reports.length;
      totals.nutrition += chunk.nutrition.length;
      totals.profiles += chunk.profiles.length;
      input.onProgress?.(g + 1, groups.length, kabCode);
    }
    if (bulk.dialect === "postgres") {
      // Explicit ids leave the serial sequences behind: move them past the rows written.
      for (const t of ["Puskesmas", "Posyandu", "Kader"]) await bulk.query(`SELECT setval(pg_get_serial_sequence('"${t}"', 'id'), GREATEST((SELECT MAX("id") FROM "${t}"), 1))`);
    }
    await write(T.user, users.map((u) => [u.username, u.name, u.role, u.scopeAreaCode, u.sector, u.passwordHash, u.puskesmasName ? (firstPuskesmas.get(u.puskesmasName) ?? null) : null, now, now]));

    const r0 = performance.now();
    const rolled = await rebuildAllRollupsWith(bulk, input.rulesFor);
    totals.rollupMs = performance.now() - r0;
    for (const [table, ms] of Object.entries(rolled.ms)) stats.set(table, { rows: rolled[table as keyof typeof rolled.ms], ms });

    // The data version too: a running app must not keep figures cached from the data replaced here.
    const settings: [string, string][] = [["demo", "1"], ["demo_seed", String(plan.options.seed)], ...freshVersionSettings()];
    await bulk.execute(`DELETE FROM "Setting" WHERE "key" IN (${settings.map(() => "?").join(", ")})`, settings.map(([k]) => k));
    await bulk.execute(`INSERT INTO "Setting" ("key", "value", "updatedAt") VALUES ${settings.map(() => "(?, ?, ?)").join(", ")}`, settings.flatMap(([k, v]) => [k, v, now]));
    await bulk.commit();
  } catch (e) {
    await bulk.rollback();
    throw e;
  }
  return { stats, ...totals };
}
