// The per-request reads outside Prisma (lib/db/hot-read.ts) on a real SQLite file: they must answer what Prisma
// answers, and see another connection's committed write at once (a deactivated user is out on the next request).
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { freshDb, type TestDb } from "../helpers/db";
import { db, sqliteDrivers } from "@/lib/db/client";
import { hotRead } from "@/lib/db/hot-read";
import { loadViewer } from "@/lib/queries/auth";

describe("hotRead (SQLite)", () => {
  let t: TestDb;
  let id: number;
  beforeAll(async () => {
    t = freshDb();
    id = (await t.db.user.create({ data: { username: "lurah", name: "Bu Lurah", role: "KELURAHAN", passwordHash: "x" } })).id;
  });
  afterAll(async () => {
    await t.db.$disconnect();
  });

  it("answers before the app's client has connected, then from the read connection, with Prisma's values", async () => {
    const sql = `SELECT "username", "name", "active" FROM "User" WHERE "id" = ?`;
    const first = await hotRead<{ username: string; name: string; active: number | bigint }>(sql, id);
    expect(sqliteDrivers(db())?.reads?.open).toBe(true);
    const second = await hotRead<{ username: string; name: string; active: number | bigint }>(sql, id);
    for (const rows of [first, second]) expect(rows.map((r) => [r.username, r.name, Number(r.active)])).toEqual([["lurah", "Bu Lurah", 1]]);
    expect(await hotRead(sql, id + 1000)).toEqual([]);
  });

  it("sees a write committed on another connection on the next read (deactivation, sign-out everywhere)", async () => {
    expect((await loadViewer(id, 0))?.name).toBe("Bu Lurah");
    await t.db.user.update({ where: { id }, data: { sessionVersion: 1 } });
    expect(await loadViewer(id, 0)).toBeNull();
    expect((await loadViewer(id, 1))?.username).toBe("lurah");
    await t.db.user.update({ where: { id }, data: { active: false } });
    expect(await loadViewer(id, 1)).toBeNull();
  });

  it("works when the client was made by another copy of lib/db/client (Next bundles it once per layer)", async () => {
    vi.resetModules();
    const other = await import("@/lib/db/client");
    expect(other.sqliteDrivers).not.toBe(sqliteDrivers);
    expect(other.sqliteDrivers(db())?.reads?.open).toBe(true);
    const fresh = await import("@/lib/db/hot-read");
    expect((await fresh.hotRead<{ username: string }>(`SELECT "username" FROM "User" WHERE "id" = ?`, id)).map((r) => r.username)).toEqual(["lurah"]);
  });

  it("falls back to Prisma after the app's client disconnected", async () => {
    await db().$disconnect();
    expect(sqliteDrivers(db())?.reads?.open).toBe(false);
    const rows = await hotRead<{ n: number | bigint }>(`SELECT COUNT(*) AS "n" FROM "User" WHERE "username" = ?`, "lurah");
    expect(Number(rows[0]?.n)).toBe(1);
  });
});
