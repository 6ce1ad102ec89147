// A writer that finds the database locked past the 5 s busy timeout (a large
// import in another process holds the write lock for its whole transaction)
// is refused whole with an Indonesian message instead of a Prisma error.
// A second connection holding BEGIN IMMEDIATE stands in for that import, so
// the outcome does not depend on timing (tests/crash covers the real one).
import { beforeAll, describe, expect, it } from "vitest";
import Database from "better-sqlite3";
import { demoDb, type DemoDb } from "../helpers/demo-db";
import { whileHolding } from "../helpers/crash-db";
import { BUSY_NOT_SAVED, isDatabaseBusy } from "@/lib/db/busy";
import { saveMonthlyGrid, saveProfile } from "@/lib/actions/reports";
import { saveNutrition } from "@/lib/actions/nutrition";
import { runImport } from "@/lib/import/engine";

const TODAY = "2026-11-23";

describe("isDatabaseBusy", () => {
  it.each([
    ["Prisma, driver adapter", { code: "P1008", meta: { driverAdapterError: { cause: { originalCode: "SQLITE_BUSY", kind: "SocketTimeout" } } } }, true],
    ["better-sqlite3", Object.assign(new Error("database is locked"), { code: "SQLITE_BUSY" }), true],
    ["busy snapshot", Object.assign(new Error("x"), { code: "SQLITE_BUSY_SNAPSHOT" }), true],
    ["another Prisma error", { code: "P2002", meta: { target: ["code"] } }, false],
    ["a plain error", new Error("boom"), false],
    ["nothing", null, false],
  ])("%s → %s", (_name, error, busy) => {
    expect(isDatabaseBusy(error)).toBe(busy);
  });
});

describe("forms and imports while another process holds the write lock", () => {
  let t: DemoDb;
  let own: number;
  beforeAll(async () => {
    t = await demoDb();
    own = (await t.db.posyandu.findFirstOrThrow({ where: { kelurahanCode: "18.72.01.1001", active: true } })).id;
  });

  /** Runs `write` while a second connection holds the write lock; returns its answer, the time taken and what changed. */
  async function whileLocked<T>(write: () => Promise<T>) {
    const holder = new Database(t.path, { fileMustExist: true });
    try {
      return await whileHolding(holder, write);
    } finally {
      holder.close();
    }
  }


  const grid = () => saveMonthlyGrid(t.db, t.viewers.lurah, { periode: "2026-09", rows: [{ posyanduId: own, buka: true, kader_bertugas: "6", s: "95", k: "90", d: "77", n: "40", bgm: "0", t2: "1" }] }, TODAY);

  it.each<[string, () => Promise<{ ok: boolean; message: string }>]>([
    ["monthly grid", grid],
    ["annual profile", () => saveProfile(t.db, t.viewers.lurah, { posyanduId: String(own), tahun: "2025", cakupan_kia: "71", cakupan_kb: "60", cakupan_imunisasi: "90", program_tambahan: "ya", dana_sehat: "50", alat_ukur_lengkap: "ya" }, TODAY)],
    ["nutrition", () => saveNutrition(t.db, t.viewers.lurah, { posyanduId: String(own), periode: "2026-08", sumber: "survei", diukur_tb: "70", sangat_pendek: "3", pendek: "8", diukur_bb_tb: "70", gizi_buruk: "1", gizi_kurang: "4", diukur_bb: "72", bb_sangat_kurang: "2", bb_kurang: "7" }, TODAY)],
  ])("the %s form waits 5 s, then answers in Indonesian and writes nothing", async (_name, save) => {
    const { answer, ms, changed } = await whileLocked(save);
    expect(answer).toMatchObject({ ok: false, message: BUSY_NOT_SAVED });
    expect(BUSY_NOT_SAVED).toBe("Basis data sedang dipakai proses lain (misalnya impor besar) lebih dari 5 detik; tidak ada yang disimpan. Coba lagi sebentar lagi.");
    expect(ms).toBeGreaterThanOrEqual(4900);
    expect(changed).toEqual([]);
  }, 30_000);

  it("an import is rejected with the same reason, records no batch and writes nothing", async () => {
    const code = (await t.db.posyandu.findUniqueOrThrow({ where: { id: own } })).code;
    const csv = `kode_posyandu,periode,buka,kader_bertugas,s,k,d,n,bgm,t2,o,b\n${code},2026-09,ya,6,95,90,77,40,0,1,2,1\n`;
    const { answer, changed } = await whileLocked(() => runImport(t.db, t.viewers.admin, "laporan-bulanan", new TextEncoder().encode(csv), "x.csv", { dryRun: false, today: TODAY }));
    expect(answer.status).toBe("ditolak");
    expect(answer.issues.map((i) => i.message)).toEqual(["basis data sedang dipakai proses lain (misalnya impor besar) lebih dari 5 detik; tidak ada yang disimpan, impor lagi setelah proses itu selesai"]);
    expect(changed).toEqual([]);
  }, 30_000);

  it("once the lock is free the same save lands (it was the lock, not the input)", async () => {
    const r = await grid();
    expect(r.ok, r.message).toBe(true);
  });
});
