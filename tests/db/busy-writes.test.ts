// Every form of the app answers a busy database in Indonesian and writes nothing.
// A second connection holding BEGIN IMMEDIATE stands in for a large import in
// another process; every server action's core (tests/security/write-scope-cases.ts,
// which write-scope.test.ts keeps equal to the app's server actions) is called as
// its allowed role at home, on a client that gives up after 200 ms instead of 5 s.
// Then the lock is released and the same call must land: it was the lock, not the input.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import Database from "better-sqlite3";
import { createDb } from "@/lib/db/client";
import { BUSY_NOT_SAVED } from "@/lib/db/busy";
import { signOutOwnSessions } from "@/lib/actions/account";
import { whileHolding } from "../helpers/crash-db";
import { WRITE_CASES, type Answer, type Ctx } from "../security/write-scope-cases";
import { writeScopeCtx } from "../security/write-scope-ctx";

const BUSY_MS = 200;

describe("every form while another connection holds the write lock", () => {
  let home: Ctx;
  let holder: Database.Database;

  beforeAll(async () => {
    const c = await writeScopeCtx();
    home = { ...c, t: { ...c.t, db: createDb(c.t.url, { busyTimeoutMs: BUSY_MS }) } };
    holder = new Database(c.t.path, { fileMustExist: true });
  });
  afterAll(async () => {
    holder?.close();
    await home?.t.db.$disconnect();
  });

  const dataVersion = () => holder.pragma("data_version", { simple: true }) as number;

  /** Runs `write` while `holder` has the write lock; then frees it and reports what changed at all. */
  async function whileLocked(write: () => Promise<Answer>) {
    const version = dataVersion();
    const held = await whileHolding(holder, write, 100);
    return { ...held, committed: dataVersion() !== version };
  }


  it.each(Object.entries(WRITE_CASES))("%s: busy → the Indonesian message, nothing written; free → saved", async (_name, wc) => {
    const busy = await whileLocked(() => wc.run(home, wc.control, home.places.own));
    expect(busy.answer).toMatchObject({ ok: false, message: BUSY_NOT_SAVED });
    expect(busy.committed, "another connection committed while or after the lock was held").toBe(false);
    expect(busy.changed).toEqual([]);
    expect(busy.ms).toBeGreaterThanOrEqual(BUSY_MS - 20);
    const free = await wc.run(home, wc.control, home.places.own);
    expect(free.ok, free.message).toBe(true);
  });

  it("signOutOwnSessionsAction: busy → the Indonesian message, the session version is not bumped", async () => {
    const viewer = home.t.viewers.camat;
    const version = async () => (await home.t.db.user.findUniqueOrThrow({ where: { id: viewer.id } })).sessionVersion;
    const start = await version();
    const busy = await whileLocked(() => signOutOwnSessions(home.t.db, viewer));
    expect(busy.answer).toEqual({ ok: false, message: BUSY_NOT_SAVED });
    expect([busy.committed, busy.changed]).toEqual([false, []]);
    expect(await version()).toBe(start);
    expect((await signOutOwnSessions(home.t.db, viewer)).ok).toBe(true);
    expect(await version()).toBe(start + 1);
  });

  it("the message is Indonesian and says nothing was saved", () => {
    expect(BUSY_NOT_SAVED).toBe("Basis data sedang dipakai proses lain (misalnya impor besar) lebih dari 5 detik; tidak ada yang disimpan. Coba lagi sebentar lagi.");
  });
});
