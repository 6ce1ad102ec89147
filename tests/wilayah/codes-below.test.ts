// codesBelow (lib/wilayah/codes.ts) on a real SQLite database: exactly the rows of the prefix it replaces, and the
// hot reads that filter by code prefix search an index instead of scanning the table (LIKE never could: SQLite's
// LIKE ignores case, so it cannot use a BINARY index).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import Database from "better-sqlite3";
import type { Db } from "@/lib/db/client";
import { areaWhere } from "@/lib/auth/scope";
import { codesBelow } from "@/lib/wilayah/codes";
import { sqlitePathFromUrl } from "@/lib/db/url";
import { freshDb } from "../helpers/db";
import { HOT_READS, loggingDb, seedTrickyAreas, type Logged } from "../helpers/code-range";

describe("codesBelow on SQLite", () => {
  let db: Db;
  let url: string;
  beforeAll(async () => {
    ({ db, url } = freshDb());
    await seedTrickyAreas(db);
  });
  afterAll(() => db.$disconnect());

  const codes = async (where: object) => (await db.area.findMany({ where, select: { code: true }, orderBy: { code: "asc" } })).map((a) => a.code);

  it.each(["18", "18.72", "18.72.1", "18.72.10", "19"])("below %s: the same rows as startsWith", async (root) => {
    expect(await codes({ code: codesBelow(root) })).toEqual(await codes({ code: { startsWith: `${root}.` } }));
  });

  it("18.72.1 takes its child, not its sibling 18.72.10 nor 18.721", async () => {
    expect(await codes({ code: codesBelow("18.72.1") })).toEqual(["18.72.1.2001"]);
    expect(await codes(areaWhere({ kind: "subtree", root: "18.72.1" }))).toEqual(["18.72.1", "18.72.1.2001"]);
  });

  it.each(Object.keys(HOT_READS))("%s searches an index, never scans the table", async (name) => {
    const log: Logged[] = [];
    const client = loggingDb(url, log);
    await HOT_READS[name]!(client);
    await client.$disconnect();
    const file = new Database(sqlitePathFromUrl(url), { readonly: true });
    try {
      // "WHERE 1=0": Prisma's read of an empty IN list, which reads nothing.
      const filtered = log.filter((q) => /WHERE/.test(q.sql) && !/WHERE 1=0/.test(q.sql));
      expect(filtered.length).toBeGreaterThan(0);
      for (const q of filtered) {
        const plan = (file.prepare(`EXPLAIN QUERY PLAN ${q.sql}`).all(...(q.params as never[])) as { detail: string }[]).map((r) => r.detail);
        expect(plan.filter((d) => /^SCAN /.test(d)), `${q.sql}\n${plan.join("\n")}`).toEqual([]);
      }
    } finally {
      file.close();
    }
  });
});
