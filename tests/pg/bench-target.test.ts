// Runs only via `npm run test:pg`: the bench's PostgreSQL target on a real, throwaway database — created through
// the maintenance database, marked seeded per skala, read with the same metadata SQL as SQLite, copied by
// TEMPLATE only while nothing else is connected, and dropped.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { createDb } from "@/lib/db/client";
import { pgConfigFromUrl } from "@/lib/db/url";
import { loadWilayah } from "@/lib/wilayah/load";
import { migrate } from "../../scripts/db-migrate";
import { postgresTarget, pgRead } from "../../scripts/bench/target-pg";
import { eppgbmPosyandu, firstReport, laporanRows, pgSettings, readMeta } from "../../scripts/bench/meta";
import type { PgNames } from "../../scripts/bench/target";
import { metroKelurahan } from "../helpers/demo-db";
import { seedBulk } from "../helpers/bulk-seed";
import { throwawayPg } from "../helpers/pg-db";
import { dropDatabaseForced } from "@/lib/db/pg-drop";

const { base, name, url, admin } = throwawayPg("pantau_test_bench");
const names: PgNames = { adminUrl: base, adminDatabase: pgConfigFromUrl(base).database, database: name, url, label: `PostgreSQL ${name}` };
const kota = postgresTarget(names, "kota");

async function databases(): Promise<string[]> {
  const c = new pg.Client(pgConfigFromUrl(base));
  await c.connect();
  try {
    return (await c.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname LIKE $1", [`${name}%`])).rows.map((r) => r.datname).sort();
  } finally {
    await c.end();
  }
}

describe("PostgreSQL bench target", () => {
  beforeAll(async () => {
    expect(await kota.prepare()).toBe(false); // created, not seeded
    migrate(url, true);
    const db = createDb(url);
    try {
      await loadWilayah(db, "18.72");
      await seedBulk(db, url, metroKelurahan());
    } finally {
      await db.$disconnect();
    }
  }, 300_000);
  afterAll(async () => {
    for (const d of await databases()) await dropDatabaseForced(admin, d);
  });

  it("creates the bench database once and reuses it only after a seed of the same skala finished", async () => {
    expect(await databases()).toEqual([name]);
    expect(await kota.prepare()).toBe(false);
    await kota.markSeeded();
    expect(await kota.prepare()).toBe(true);
    expect(await postgresTarget(names, "provinsi").prepare()).toBe(false);
  });

  it("reads the same metadata as on SQLite (quoted identifiers, boolean parameters)", async () => {
    const sql = await kota.open();
    try {
      expect(await readMeta(sql)).toMatchObject({ root: "18.72", latest: "2026-10", kecamatan: "18.72.01" });
      // The settings printed with the figures are the server's own (as SHOW gives them, units included).
      const c = new pg.Client(pgConfigFromUrl(url));
      await c.connect();
      const show = await c.query<{ max_wal_size: string }>("SHOW max_wal_size").finally(() => c.end());
      const settings = await pgSettings(sql);
      expect(settings.max_wal_size).toBe(show.rows[0]!.max_wal_size);
      expect(settings.shared_buffers).toMatch(/^\d+(kB|MB|GB)$/);
      const r = await firstReport(sql, "18.72", "2026-10");
      expect(r).toMatchObject({ period: "2026-10", opened: true });
      // PostgreSQL folds unquoted camelCase: the probe would then restore the report with an empty kader_bertugas.
      expect(Object.keys(r!)).toEqual(["code", "period", "opened", "kaderOnDuty", "s", "k", "d", "n", "o", "b", "bgm", "t2"]);
      const posyandu = await eppgbmPosyandu(sql, "18.72");
      expect(posyandu.length).toBeGreaterThan(100);
      expect(posyandu[0]).toHaveProperty("kelurahanCode");
    } finally {
      await sql.close();
    }
  });

  it("streams large results through a cursor, in order, across fetches", async () => {
    const all = await kota.open();
    const small = await pgRead(url, 7);
    try {
      const expected = await all.query<{ code: string; period: string }>(
        `SELECT p.code, r.period FROM "MonthlyReport" r JOIN "Posyandu" p ON p.id = r."posyanduId" WHERE r.opened = ? AND r.s IS NOT NULL AND r.s > 0 AND p."kelurahanCode" LIKE ? ORDER BY r.period DESC, p.code LIMIT ?`, [true, "18.72.%", 50]);
      const streamed = [];
      for await (const r of laporanRows(small, "18.72", 50)) streamed.push({ code: r.code, period: r.period });
      expect(streamed).toEqual(expected);
      expect(streamed).toHaveLength(50);
      // The connection is usable again after the cursor's transaction.
      expect(await small.query("SELECT 1 AS one")).toEqual([{ one: 1 }]);
    } finally {
      await all.close();
      await small.close();
    }
  });

  it("copies by TEMPLATE only while nobody else is connected, and drops the copy", async () => {
    const reader = await kota.open();
    await expect(kota.copy("impor_eppgbm")).rejects.toThrow(/koneksi lain/);
    await reader.close();
    await expect(kota.copy("Impor-Laporan")).rejects.toThrow(/tidak sah/);

    const copy = await kota.copy("impor_eppgbm");
    expect(copy.url).toBe(url.replace(name, `${name}_impor_eppgbm`));
    expect(await databases()).toEqual([name, `${name}_impor_eppgbm`]);
    const sql = await pgRead(copy.url);
    try {
      expect((await readMeta(sql)).root).toBe("18.72");
    } finally {
      await sql.close();
    }
    // A leftover copy of a killed run is replaced, not an error.
    const again = await kota.copy("impor_eppgbm");
    await again.drop();
    expect(await databases()).toEqual([name]);
    expect(await kota.prepare()).toBe(true);
  }, 120_000);
});
