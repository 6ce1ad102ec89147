// Runs only via `npm run test:pg`: the per-request reads (lib/db/hot-read.ts) on a real, throwaway PostgreSQL
// database. They go straight to the pool Prisma's adapter uses, so they must answer what Prisma answers, see a
// committed write on the next request (a deactivated user is out at once) and keep working after a disconnect.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { resetEnvCache } from "@/lib/env";
import { db, pgPool, type Db } from "@/lib/db/client";
import { hotRead } from "@/lib/db/hot-read";
import { loadViewer } from "@/lib/queries/auth";
import { bumpDataVersion } from "@/lib/db/data-version";
import { dataVersion } from "@/lib/queries/cache";
import { migratedPg } from "../helpers/pg-db";

const pg = migratedPg("pantau_hotread");
const singleton = globalThis as { pantauDb?: Db };

describe("hotRead (PostgreSQL)", () => {
  let other: Db;
  let id: number;
  beforeAll(async () => {
    other = await pg.open();
    process.env.DATABASE_URL = pg.url;
    resetEnvCache();
    singleton.pantauDb = undefined;
    await other.area.createMany({ data: [{ code: "18.72", level: "KOTA", name: "Kota Metro", source: "uji" }, { code: "18.72.01", level: "KECAMATAN", parentCode: "18.72", name: "Metro Pusat", source: "uji" }] });
    id = (await other.user.create({ data: { username: "camat", name: "Pak Camat", role: "KECAMATAN", scopeAreaCode: "18.72.01", passwordHash: "x" } })).id;
  });
  afterAll(async () => {
    await singleton.pantauDb?.$disconnect();
    singleton.pantauDb = undefined;
    await pg.close();
  });

  it("reads through the app client's own pool, with the values Prisma gives", async () => {
    const viaPool = vi.spyOn(pgPool(db())!, "query");
    const viaPrismaRaw = vi.spyOn(db(), "$queryRawUnsafe");
    const viewer = await loadViewer(id, 0);
    expect([viaPool.mock.calls.length, viaPrismaRaw.mock.calls.length]).toEqual([1, 0]);
    viaPool.mockRestore();
    viaPrismaRaw.mockRestore();
    expect(viewer).toEqual({ id, username: "camat", name: "Pak Camat", role: "KECAMATAN", scopeAreaCode: "18.72.01", puskesmasId: null, wilayahKerja: [] });
    const viaPrisma = await db().user.findUniqueOrThrow({ where: { id }, select: { username: true, active: true, sessionVersion: true } });
    const [row] = await hotRead<{ username: string; active: boolean; sessionVersion: number }>(`SELECT "username", "active", "sessionVersion" FROM "User" WHERE "id" = ? AND "username" = ?`, id, "camat");
    expect(row).toEqual(viaPrisma);
  });

  it("sees a write committed by another client on the next read: sign-out everywhere, deactivation, a new data version", async () => {
    await other.user.update({ where: { id }, data: { sessionVersion: 1 } });
    expect(await loadViewer(id, 0)).toBeNull();
    expect((await loadViewer(id, 1))?.username).toBe("camat");
    await other.user.update({ where: { id }, data: { active: false } });
    expect(await loadViewer(id, 1)).toBeNull();
    const before = await dataVersion();
    await other.$transaction((tx) => bumpDataVersion(tx));
    // dataVersion is memoised per request (React cache); outside a request every call reads again.
    expect(await dataVersion()).not.toBe(before);
  });

  it("falls back to Prisma once the app's client has disconnected (its pool is ended)", async () => {
    await db().$disconnect();
    expect(pgPool(db())).toBeNull();
    const rows = await hotRead<{ n: bigint | number | string }>(`SELECT COUNT(*) AS "n" FROM "User" WHERE "username" = ?`, "camat");
    expect(Number(rows[0]?.n)).toBe(1);
  });
});
