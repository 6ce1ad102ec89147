// Runs only via `npm run test:pg`: area codes compare byte by byte on PostgreSQL too (migration
// 20261204000000_code_collation_c), so codesBelow's range is exactly the code prefix and the hot reads that filter
// by it use an index whatever the database's own collation (this cluster's C.UTF-8 counts as non-C for LIKE).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import type { Db } from "@/lib/db/client";
import { pgConfigFromUrl } from "@/lib/db/url";
import { codesBelow } from "@/lib/wilayah/codes";
import { migratedPg } from "../helpers/pg-db";
import { HOT_READS, loggingDb, seedTrickyAreas, type Logged } from "../helpers/code-range";

const pgDb = migratedPg("pantau_collation");

/** Columns holding an area code: every one of them must compare in byte order. */
const CODE_COLUMN = /^(code|areaCode|parentCode|kelurahanCode|kecamatanCode|kabKotaCode|kotaCode|scopeAreaCode)$/;
/** Columns named like one that hold other codes (posyandu, kader, skill, puskesmas facility codes). */
const NOT_AREA = new Set(["Posyandu.code", "Kader.code", "Skill.code", "Puskesmas.code"]);

describe("area codes in byte order (PostgreSQL)", () => {
  let db: Db;
  beforeAll(async () => {
    db = await pgDb.open();
    await seedTrickyAreas(db);
  }, 180_000);
  afterAll(() => pgDb.close());

  it("every column holding an area code is COLLATE \"C\"", async () => {
    const cols = await db.$queryRawUnsafe<{ t: string; c: string; coll: string | null }[]>(
      `SELECT table_name::text AS t, column_name::text AS c, collation_name::text AS coll FROM information_schema.columns
        WHERE table_schema = 'public' AND data_type = 'text' ORDER BY 1, 2`,
    );
    const area = cols.filter((r) => CODE_COLUMN.test(r.c) && !NOT_AREA.has(`${r.t}.${r.c}`));
    expect(area.length).toBe(22);
    expect(area.filter((r) => r.coll !== "C").map((r) => `${r.t}.${r.c}`)).toEqual([]);
  });

  const codes = async (where: object) => (await db.area.findMany({ where, select: { code: true }, orderBy: { code: "asc" } })).map((a) => a.code);

  it.each(["18", "18.72", "18.72.1", "18.72.10", "19"])("below %s: the same rows as startsWith", async (root) => {
    expect(await codes({ code: codesBelow(root) })).toEqual(await codes({ code: { startsWith: `${root}.` } }));
  });

  it("18.72.1 takes its child, not its sibling 18.72.10 nor 18.721, and sorts as SQLite does", async () => {
    expect(await codes({ code: codesBelow("18.72.1") })).toEqual(["18.72.1.2001"]);
    expect(await codes({ code: codesBelow("18.72") })).toEqual(["18.72.01", "18.72.01.1001", "18.72.1", "18.72.1.2001", "18.72.10", "18.72.10.1001"]);
  });

  // The tables are tiny, so sequential scans are priced out: a plan that still scans has no index it can use.
  it.each(Object.keys(HOT_READS))("%s uses an index, never a sequential scan", async (name) => {
    const log: Logged[] = [];
    const client = loggingDb(pgDb.url, log);
    await HOT_READS[name]!(client);
    await client.$disconnect();
    const filtered = log.filter((q) => /WHERE/.test(q.sql) && !/WHERE 1=0/.test(q.sql));
    expect(filtered.length).toBeGreaterThan(0);
    const conn = new pg.Client(pgConfigFromUrl(pgDb.url));
    await conn.connect();
    try {
      await conn.query("SET enable_seqscan = off");
      for (const q of filtered) {
        const plan = (await conn.query<{ "QUERY PLAN": string }>(`EXPLAIN ${q.sql}`, q.params)).rows.map((r) => r["QUERY PLAN"]);
        const text = `${q.sql}\n${plan.join("\n")}`;
        expect(plan.filter((l) => /Seq Scan/.test(l)), text).toEqual([]);
        // Not a whole-index walk filtering each row (what LIKE gets under a non-C collation): the range bounds the scan.
        expect(plan.some((l) => /Index Cond: .*>= /.test(l)), text).toBe(true);
        expect(plan.filter((l) => /Filter: .*~~/.test(l)), text).toEqual([]);
      }
    } finally {
      await conn.end();
    }
  });
});
