// The web import checks a file (dry run) before it offers to save it, and never saves a file whose check failed: a
// refused file must therefore reach *Riwayat impor* ("Ditolak") from the check itself, as docs/import.md promises.
// A check that passes is only a preview and leaves no record.
import { beforeAll, describe, expect, it } from "vitest";
import { demoDb, type DemoDb } from "../helpers/demo-db";
import { runImport } from "@/lib/import/engine";

const TODAY = "2026-11-23";
const enc = (s: string) => new TextEncoder().encode(s);

describe("refused files in the import history", () => {
  let t: DemoDb;
  let code: string;
  beforeAll(async () => {
    t = await demoDb();
    code = t.data.posyandu[0]!.code;
  });
  const check = (text: string, name: string) => runImport(t.db, t.viewers.admin, "laporan-bulanan", enc(text), name, { dryRun: true, today: TODAY });

  it("records a file refused at the check, with its name and error count, and nothing for a preview", async () => {
    const before = await t.db.importBatch.count();
    const bad = await check(`kode_posyandu,periode,buka,s,k\n${code},2026-10,ya,80,90\nTIDAKADA,2026-10,ya,5,5\n`, "laporan-salah.csv");
    expect(bad.status).toBe("ditolak");
    const batch = await t.db.importBatch.findFirstOrThrow({ orderBy: { id: "desc" } });
    expect(batch).toMatchObject({ fileName: "laporan-salah.csv", status: "GAGAL", rowsTotal: 2, rowsInserted: 0, rowsUpdated: 0, message: "2 galat" });
    // A header error is refused before any row is read: recorded too.
    expect((await check("kode,bulan\nx,y\n", "judul-salah.csv")).status).toBe("ditolak");
    expect(await t.db.importBatch.count()).toBe(before + 2);
    expect((await check(`kode_posyandu,periode,buka,s,k\n${code},2026-10,ya,80,70\n`, "laporan-benar.csv")).status).toBe("pratinjau");
    expect(await t.db.importBatch.count()).toBe(before + 2);
  });
});
