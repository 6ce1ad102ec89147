// Transactions and other queries of ONE process on a SQLite file
// (lib/db/sqlite-writer.ts). The app serves pages while a web import holds a
// transaction open for a minute; before, those pages ran inside it.
import { describe, expect, it } from "vitest";
import Database from "better-sqlite3";
import { freshDb } from "../helpers/db";
import { isDatabaseBusy } from "@/lib/db/busy";
import type { Db } from "@/lib/db/client";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const keys = async (db: Db) => (await db.setting.findMany({ orderBy: { key: "asc" } })).map((s) => s.key);

/** Starts a transaction that writes `key`, waits `holdMs`, then commits (or throws, rolling back). */
function longTransaction(db: Db, key: string, holdMs: number, fail = false) {
  return db.$transaction(
    async (tx) => {
      await tx.setting.create({ data: { key, value: "1" } });
      await sleep(holdMs);
      if (fail) throw new Error("dibatalkan");
    },
    { timeout: holdMs + 10_000 },
  );
}

describe("one process: a transaction and everything else", () => {
  it("a read outside the transaction sees only committed rows, never the transaction's half", async () => {
    const { db } = freshDb();
    const tx = longTransaction(db, "impor", 400);
    await sleep(100);
    expect(await keys(db)).toEqual([]);
    await tx;
    expect(await keys(db)).toEqual(["impor"]);
    await db.$disconnect();
  });

  it("a write outside the transaction waits for it and survives its rollback", async () => {
    const { db } = freshDb();
    const tx = longTransaction(db, "impor", 400, true).catch((e: Error) => e.message);
    await sleep(100);
    await db.setting.create({ data: { key: "formulir", value: "1" } });
    expect(await tx).toBe("dibatalkan");
    expect(await keys(db)).toEqual(["formulir"]);
    await db.$disconnect();
  });

  it("a second transaction queues behind the first; one that would wait past the busy timeout gets the busy error", async () => {
    const { db } = freshDb();
    const first = longTransaction(db, "pertama", 300);
    const second = longTransaction(db, "kedua", 10);
    await Promise.all([first, second]);
    expect(await keys(db)).toEqual(["kedua", "pertama"]);
    const long = longTransaction(db, "panjang", 6000);
    await sleep(50);
    const started = Date.now();
    const error = await longTransaction(db, "terlambat", 10).catch((e: unknown) => e);
    expect(isDatabaseBusy(error), String(error)).toBe(true);
    expect(Date.now() - started).toBeGreaterThanOrEqual(4900);
    await long;
    expect(await keys(db)).toEqual(["kedua", "panjang", "pertama"]);
    await db.$disconnect();
  }, 30_000);

  it("waiting for another process's write lock keeps the event loop running, and the client works again afterwards", async () => {
    const t = freshDb();
    const holder = new Database(t.path);
    holder.exec("BEGIN IMMEDIATE");
    let ticks = 0;
    let longestGap = 0;
    let last = Date.now();
    const ticker = setInterval(() => {
      longestGap = Math.max(longestGap, Date.now() - last);
      last = Date.now();
      ticks++;
    }, 10);
    const error = await longTransaction(t.db, "ditolak", 10).catch((e: unknown) => e);
    clearInterval(ticker);
    holder.exec("ROLLBACK");
    holder.close();
    expect(isDatabaseBusy(error), String(error)).toBe(true);
    // Other requests of the app kept being served while this one waited 5 s.
    expect(ticks).toBeGreaterThan(100);
    expect(longestGap).toBeLessThan(1000);
    // Before, the adapter kept its lock after the failed BEGIN and every later transaction hung.
    await longTransaction(t.db, "sesudahnya", 10);
    expect(await keys(t.db)).toEqual(["sesudahnya"]);
    await t.db.$disconnect();
  }, 30_000);
});
