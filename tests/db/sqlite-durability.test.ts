// SQLite under several processes: WAL journal, busy timeout, and two writers
// at once from two processes (the app and a CLI import) both landing.
import { describe, expect, it } from "vitest";
import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import Database from "better-sqlite3";
import { createDb } from "@/lib/db/client";
import { SQLITE_BUSY_TIMEOUT_MS } from "@/lib/db/sqlite";
import { freshDb, runDir } from "../helpers/db";

type Writer = { ready: Promise<void>; done: Promise<string>; start: () => void };

/** Starts a writer process (tests/helpers/sqlite-writer.ts) that waits for a start signal. */
function writer(url: string, holdMs: number, mode = ""): Writer {
  const child = spawn(process.execPath, ["node_modules/tsx/dist/cli.mjs", "tests/helpers/sqlite-writer.ts", url, String(holdMs), mode], {
    stdio: ["pipe", "pipe", "inherit"],
  });
  let out = "";
  let signalReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => (signalReady = resolve));
  child.stdout.on("data", (chunk: Buffer) => {
    out += chunk.toString();
    if (out.includes("siap")) signalReady();
  });
  const done = new Promise<string>((resolve) => child.on("close", () => resolve(out.replace("siap", "").trim())));
  return { ready, done, start: () => child.stdin.end("mulai\n") };
}

/** Two processes each read the counter, hold their transaction, then write counter + 1. */
async function twoWriters(mode = "") {
  const t = freshDb();
  await t.db.setting.create({ data: { key: "penghitung", value: "0" } });
  await t.db.$disconnect();
  const writers = [writer(t.url, 400, mode), writer(t.url, 400, mode)];
  await Promise.all(writers.map((w) => w.ready));
  writers.forEach((w) => w.start());
  const results = await Promise.all(writers.map((w) => w.done));
  const check = createDb(t.url);
  const counter = (await check.setting.findUniqueOrThrow({ where: { key: "penghitung" } })).value;
  await check.$disconnect();
  return { results, counter };
}

describe("SQLite durability", () => {
  it("a migrated database is in WAL mode, on disk and on every app connection, with the busy timeout", async () => {
    const t = freshDb();
    const raw = new Database(t.path, { readonly: true });
    expect(raw.pragma("journal_mode", { simple: true })).toBe("wal");
    raw.close();
    const [mode] = await t.db.$queryRawUnsafe<{ journal_mode: string }[]>("PRAGMA journal_mode");
    const [busy] = await t.db.$queryRawUnsafe<{ timeout: bigint | number }[]>("PRAGMA busy_timeout");
    expect(mode?.journal_mode).toBe("wal");
    expect(Number(busy?.timeout)).toBe(SQLITE_BUSY_TIMEOUT_MS);
    await t.db.$disconnect();
  });

  it("switches a file made elsewhere (e.g. a restored backup in rollback mode) to WAL on connect", async () => {
    const path = `${runDir()}/${randomUUID()}.db`;
    const raw = new Database(path);
    raw.exec("CREATE TABLE t (x INTEGER)");
    expect(raw.pragma("journal_mode", { simple: true })).toBe("delete");
    raw.close();
    const db = createDb(`file:./${path}`);
    await db.$queryRawUnsafe("SELECT 1");
    await db.$disconnect();
    const after = new Database(path, { readonly: true });
    expect(after.pragma("journal_mode", { simple: true })).toBe("wal");
    after.close();
  });

  it("two processes writing at once both land: no lost or failed write", async () => {
    const { results, counter } = await twoWriters();
    expect(results).toEqual(["ok", "ok"]);
    expect(counter).toBe("2");
  });

  it("control: with the bare adapter (deferred BEGIN) one of the same two writes fails", async () => {
    const { results, counter } = await twoWriters("plain");
    // SQLITE_BUSY (Prisma's P1008) if the other still holds the write lock, SQLITE_BUSY_SNAPSHOT if it has
    // committed; which one depends on timing, so either counts.
    expect(results.sort()).toEqual([expect.stringMatching(/^gagal (P1008|SQLITE_BUSY)/), "ok"]);
    expect(counter).toBe("1");
  });
});
