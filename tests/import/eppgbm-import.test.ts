import { beforeAll, describe, expect, it } from "vitest";
import { demoDb, type DemoDb } from "../helpers/demo-db";
import { runImport } from "@/lib/import/engine";
import { formatIssue } from "@/lib/import/issues";
import { saveNameMapping } from "@/lib/import/mapping";
import { EPPGBM_COLUMNS } from "@/lib/import/eppgbm";

const TODAY = "2026-11-23";

/** One export row; the columns not given are left blank. */
function row(v: Partial<Record<(typeof EPPGBM_COLUMNS)[number], string>>): string {
  return EPPGBM_COLUMNS.map((c) => v[c] ?? "").map((x) => (/[;"]/.test(x) ? `"${x}"` : x)).join(";");
}

describe("e-PPGBM export import", () => {
  let t: DemoDb;
  let posyanduName: string;
  beforeAll(async () => {
    t = await demoDb();
    posyanduName = t.data.posyandu.find((p) => p.kelurahanCode === "18.72.01.1003")!.name;
  });
  const child = (nik: string, tbu: string, date = "14/08/2026", desa = "IMOPURO", pos = `POSYANDU ${posyanduName.toUpperCase()}`) =>
    row({ NIK: nik, Nama: `Anak ${nik}`, JK: "L", "Tgl Lahir": "2024-01-10", "Desa/Kel": desa, Posyandu: pos, "Tanggal Pengukuran": date, Berat: "10,5", Tinggi: "80,1", "BB/U": "Berat Badan Normal", "TB/U": tbu, "BB/TB": "Gizi Baik" });
  const file = (...rows: string[]) => new TextEncoder().encode([EPPGBM_COLUMNS.join(";"), ...rows].join("\n"));
  const run = (data: Uint8Array, dryRun = false) => runImport(t.db, t.viewers.admin, "eppgbm", data, "eppgbm.csv", { dryRun, today: TODAY });

  it("aggregates the latest measurement per child into gizi counts, storing no names", async () => {
    const data = file(
      child("1872010101240001", "Pendek", "03/08/2026"),
      child("1872010101240001", "Normal", "20/08/2026"), // same child later in August: only this one counts
      child("1872010101240002", "Sangat Pendek"),
      child("1872010101240003", "Normal"),
    );
    const out = await run(data);
    expect(out.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(out.status).toBe("selesai");
    const g = await t.db.nutritionAggregate.findFirstOrThrow({ where: { period: "2026-08", source: "EPPGBM", posyandu: { kelurahanCode: "18.72.01.1003", name: posyanduName } } });
    expect([g.diukurTb, g.sangatPendek, g.pendek, g.diukurBbTb, g.diukurBb]).toEqual([3, 1, 0, 3, 3]);
    const stored = JSON.stringify(await t.db.nutritionAggregate.findMany()) + JSON.stringify(await t.db.auditLog.findMany());
    expect(stored).not.toContain("Anak 1872");
    expect(stored).not.toContain("1872010101240001");
    expect((await run(data)).counts).toEqual({ inserted: 0, updated: 0, unchanged: 1 });
  });

  it("lists unknown places with their child counts, writes nothing, and uses a mapping saved once", async () => {
    const data = file(child("1872010101240011", "Pendek", "14/08/2026", "IMO PURO"), child("1872010101240012", "Normal", "14/08/2026", "IMO PURO"));
    const before = await t.db.nutritionAggregate.count();
    const out = await run(data);
    expect(out.status).toBe("ditolak");
    expect(out.issues.map(formatIssue)).toEqual(['berkas, kolom Desa/Kel: Desa/Kel "IMO PURO" tidak dikenal di wilayah Anda (2 anak); petakan nama ini di halaman impor lalu impor ulang']);
    expect(await t.db.nutritionAggregate.count()).toBe(before);
    expect(await saveNameMapping(t.db, t.viewers.lurah, { kind: "KELURAHAN", sourceName: "IMO PURO", kelurahanCode: "18.72.01.1003" })).toBe("Kelurahan 18.72.01.1003 di luar wilayah Anda.");
    expect(await saveNameMapping(t.db, t.viewers.admin, { kind: "KELURAHAN", sourceName: "IMO PURO", kelurahanCode: "18.72.01.1003" })).toBeNull();
    const again = await run(data);
    expect(again.status).toBe("selesai");
    expect(again.counts.updated).toBe(1);
  });

  it("rejects unknown status labels and future dates without quoting personal data", async () => {
    const out = await run(file(child("1872010101240021", "Kerdil"), child("1872010101240022", "Normal", "14/12/2026")));
    expect(out.status).toBe("ditolak");
    const text = out.issues.map(formatIssue).join("\n");
    expect(text).toContain("baris 2");
    expect(text).toContain("Kerdil");
    expect(text).toContain("baris 3");
    expect(text).not.toContain("Anak");
    expect(text).not.toContain("1872010101240021");
  });

  it("rejects a row shifted by an unquoted semicolon instead of dropping what spilled past the last column", async () => {
    const before = await t.db.nutritionAggregate.count();
    const out = await run(file(child("1872010101240031", "Normal"), `${child("1872010101240032", "Pendek")};Jl. Melati;No. 4`));
    expect(out.status).toBe("ditolak");
    expect(out.issues.filter((i) => i.severity === "error").map(formatIssue)).toEqual(["baris 3: baris ini berisi 2 sel lebih banyak dari kolom di baris judul; mungkin ada koma atau titik koma di dalam sel tanpa tanda kutip"]);
    expect(await t.db.nutritionAggregate.count()).toBe(before);
  });
});
