// What `npm run bench` reads from its database before measuring: the pimpinan's
// area (the dashboards' root), the latest month, the first kecamatan (the
// camat's page), the lurah's kelurahan, a meeting and the stored boundary size.
// Plain SQL that runs on SQLite and PostgreSQL alike: identifiers double-quoted
// (PostgreSQL folds unquoted camelCase), booleans as parameters.
import { normalizePlaceName } from "../../lib/import/eppgbm-fields";
import type { ReadDb } from "./target";

export type BenchMeta = {
  /** The pimpinan's scope: the kota or provinsi every dashboard page shows (nasional: the first provinsi). */
  root: string;
  latest: string;
  kecamatan: string;
  lurahArea: string;
  meeting: number | null;
  boundaryKb: number;
};

/** Reads the bench metadata; fails with a hint when the database holds no demo seed. */
export async function readMeta(db: ReadDb): Promise<BenchMeta> {
  const one = async <T>(sql: string, params: (string | number)[] = []) => (await db.query<{ v: T }>(sql, params))[0]?.v ?? null;
  const root = await one<string>(`SELECT "scopeAreaCode" AS v FROM "User" WHERE username = ?`, ["pimpinan"]);
  const lurahArea = await one<string>(`SELECT "scopeAreaCode" AS v FROM "User" WHERE username = ?`, ["lurah"]);
  if (!root || !lurahArea) throw new Error("Basis data bench tidak berisi data demo (pengguna pimpinan/lurah tidak ada): hapus basis data itu lalu jalankan bench lagi.");
  const latest = (await one<string>(`SELECT max(period) AS v FROM "AreaMonth" WHERE "areaCode" = ?`, [root])) ?? "2026-10";
  const kecamatan = await one<string>(`SELECT code AS v FROM "Area" WHERE level = 'KECAMATAN' AND code LIKE ? ORDER BY code LIMIT 1`, [`${root}.%`]);
  if (!kecamatan) throw new Error(`Tidak ada kecamatan di bawah ${root} dalam basis data bench.`);
  const meeting = await one<number>(`SELECT id AS v FROM "Meeting" ORDER BY "date" LIMIT 1`);
  const boundary = await one<number | string>(`SELECT coalesce(sum(length(geojson)), 0) AS v FROM "AreaBoundary" WHERE "areaCode" LIKE ?`, [`${root}.%`]);
  return { root, latest, kecamatan, lurahArea, meeting: meeting === null ? null : Number(meeting), boundaryKb: Number(boundary ?? 0) / 1024 };
}

/**
 * The PostgreSQL server settings the import figures depend on most (docs/deploy.md "PostgreSQL notes": with
 * max_wal_size 1 GB a 1M-row import checkpoints every few seconds), so that two runs are compared only when they match.
 */
export async function pgSettings(db: ReadDb): Promise<{ max_wal_size: string; shared_buffers: string }> {
  const [row] = await db.query<{ w: string; b: string }>(`SELECT current_setting('max_wal_size') AS w, current_setting('shared_buffers') AS b`);
  return { max_wal_size: row?.w ?? "?", shared_buffers: row?.b ?? "?" };
}

export type BenchReport = { code: string; period: string; opened: number | boolean; kaderOnDuty: number | null; s: number | null; k: number | null; d: number | null; n: number | null; o: number | null; b: number | null; bgm: number | null; t2: number | null };

/** The first opened, counted report of `period` under `root` (the freshness probe changes and restores it). */
export async function firstReport(db: ReadDb, root: string, period: string): Promise<BenchReport | undefined> {
  const rows = await db.query<BenchReport>(
    `SELECT p.code, r.period, r.opened, r."kaderOnDuty", r.s, r.k, r.d, r.n, r.o, r.b, r.bgm, r.t2 FROM "MonthlyReport" r JOIN "Posyandu" p ON p.id = r."posyanduId"
     WHERE r.period = ? AND p.active = ? AND p."kelurahanCode" LIKE ? AND r.opened = ? AND r.s IS NOT NULL AND r.d IS NOT NULL ORDER BY p.code LIMIT 1`,
    [period, true, `${root}.%`, true],
  );
  return rows[0];
}

export type EppgbmPosyandu = { name: string; kelurahanCode: string; kelurahan: string };

/**
 * Active posyandu under `root` that an e-PPGBM row (which names places, not codes) matches exactly, as the importer
 * matches them (running as the demo admin, whose area is `root`): the desa/kelurahan name is unique under `root` and
 * the posyandu name unique in its desa, both after the importer's normalisation ("MESJID BARO" = "Mesjid Baro",
 * "PU'UK" = "PUUK"; a country repeats such names across kecamatan and provinsi).
 */
export async function eppgbmPosyandu(db: ReadDb, root: string): Promise<EppgbmPosyandu[]> {
  const under = `${root}.%`;
  const villages = await db.query<{ name: string }>(`SELECT name FROM "Area" WHERE level IN ('KELURAHAN', 'DESA', 'DESA_ADAT') AND code LIKE ?`, [under]);
  const posyandu = await db.query<EppgbmPosyandu>(
    `SELECT p.name, p."kelurahanCode", a.name AS kelurahan FROM "Posyandu" p JOIN "Area" a ON a.code = p."kelurahanCode"
     WHERE p.active = ? AND p."kelurahanCode" LIKE ? ORDER BY p.code`,
    [true, under],
  );
  const counts = (keys: string[]) => keys.reduce((m, k) => m.set(k, (m.get(k) ?? 0) + 1), new Map<string, number>());
  const village = counts(villages.map((v) => normalizePlaceName(v.name)));
  const key = (p: EppgbmPosyandu) => `${p.kelurahanCode}|${normalizePlaceName(p.name)}`;
  const inVillage = counts(posyandu.map(key));
  return posyandu.filter((p) => village.get(normalizePlaceName(p.kelurahan)) === 1 && inVillage.get(key(p)) === 1);
}

export type LaporanRow = { code: string; period: string; s: number; k: number | null; d: number | null; n: number | null };

/** Up to `rows` opened reports with a count, newest month first (the laporan-bulanan import run rewrites them). */
export function laporanRows(db: ReadDb, root: string, rows: number): AsyncIterable<LaporanRow> {
  // Only posyandu under `root`, the admin's area the importer runs as: at nasional scale the database holds every
  // provinsi and the importer refuses codes outside its area ("di luar wilayah Anda").
  return db.iterate<LaporanRow>(
    `SELECT p.code, r.period, r.s, r.k, r.d, r.n FROM "MonthlyReport" r JOIN "Posyandu" p ON p.id = r."posyanduId"
     WHERE r.opened = ? AND r.s IS NOT NULL AND r.s > 0 AND p."kelurahanCode" LIKE ? ORDER BY r.period DESC, p.code LIMIT ?`,
    [true, `${root}.%`, rows],
  );
}
