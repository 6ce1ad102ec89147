// A file without one of the template's optional columns says nothing about that column: the stored values stay
// (only an empty cell means "unknown"). A laporan written with the grid's "2T" heading fills t2. Before, a file
// headed "…,BGM,2T" saved every row's 2T as empty with only an "unknown column" warning.
import { beforeAll, describe, expect, it } from "vitest";
import { demoDb, type DemoDb } from "../helpers/demo-db";
import { runImport } from "@/lib/import/engine";
import { formatIssue } from "@/lib/import/issues";

const TODAY = "2026-11-23";
const enc = (s: string) => new TextEncoder().encode(s);

describe("optional columns a file leaves out", () => {
  let t: DemoDb;
  let code: string;
  let period: string;
  beforeAll(async () => {
    t = await demoDb();
    // A month whose report has every count filled.
    const r = await t.db.monthlyReport.findFirstOrThrow({ where: { t2: { gt: 0 }, o: { gt: 0 }, k: { not: null }, kaderOnDuty: { not: null } }, orderBy: { period: "desc" }, select: { period: true, posyandu: { select: { code: true } } } });
    [code, period] = [r.posyandu.code, r.period];
  });
  const run = (kind: string, text: string) => runImport(t.db, t.viewers.admin, kind, enc(text), "f.csv", { dryRun: false, today: TODAY });
  const errors = (o: Awaited<ReturnType<typeof run>>) => o.issues.filter((i) => i.severity === "error").map(formatIssue);
  const warnings = (o: Awaited<ReturnType<typeof run>>) => o.issues.filter((i) => i.severity === "warning").map(formatIssue);
  const report = () => t.db.monthlyReport.findFirstOrThrow({ where: { posyandu: { code }, period } });

  it("keeps a stored report's 2T, kader and K when the file has no such columns, and says so before saving", async () => {
    const before = await report();
    expect(before.t2).not.toBeNull();
    const out = await run("laporan-bulanan", `kode_posyandu,periode,buka,s,d\n${code},${period},ya,${before.s},${(before.d ?? 0) - 1}\n`);
    expect(errors(out)).toEqual([]);
    expect(warnings(out)).toContain('baris 1, kolom t2: kolom "t2" tidak ada: nilai yang sudah tersimpan tidak diubah, baris baru tanpa nilai ini');
    expect(out.counts).toEqual({ inserted: 0, updated: 1, unchanged: 0 });
    const after = await report();
    expect(after).toMatchObject({ d: (before.d ?? 0) - 1, s: before.s, t2: before.t2, k: before.k, kaderOnDuty: before.kaderOnDuty, bgm: before.bgm });
    // The same file again changes nothing.
    expect((await run("laporan-bulanan", `kode_posyandu,periode,buka,s,d\n${code},${period},ya,${before.s},${(before.d ?? 0) - 1}\n`)).counts).toEqual({ inserted: 0, updated: 0, unchanged: 1 });
  });

  it("checks a row as it will be stored: a D below the stored N is refused, and S is not called empty", async () => {
    const before = await report();
    const low = await run("laporan-bulanan", `kode_posyandu,periode,buka,d\n${code},${period},ya,${(before.n ?? 0) - 1}\n`);
    // The stored O and B count too: N is judged against D − O − B.
    const rest = (before.n ?? 0) - 1 - (before.o ?? 0) - (before.b ?? 0);
    expect(before.o! + before.b!).toBeGreaterThan(0);
    expect(errors(low)).toEqual([`baris 2, kolom n: N (${before.n}) lebih besar dari D − O − B (${rest}) (dengan nilai tersimpan kader_bertugas, s, k, n, o, b, bgm, t2, yang kolomnya tidak ada di berkas)`]);
    expect(await report()).toEqual(before);
    const ok = await run("laporan-bulanan", `kode_posyandu,periode,buka,d\n${code},${period},ya,${before.d}\n`);
    expect(errors(ok)).toEqual([]);
    expect(warnings(ok).filter((w) => w.includes("S kosong"))).toEqual([]);
    expect(warnings(ok)).toContain('baris 1, kolom s: kolom "s" tidak ada: nilai yang sudah tersimpan tidak diubah, baris baru tanpa nilai ini');
  });

  it("reads a column headed 2T as t2", async () => {
    const before = await report();
    const out = await run("laporan-bulanan", `kode_posyandu,periode,buka,S,K,D,N,BGM,2T\n${code},${period},ya,${before.s},${before.k},${before.d},${before.n},0,3\n`);
    expect(errors(out)).toEqual([]);
    expect(warnings(out).filter((w) => w.includes("2t"))).toEqual([]);
    expect((await report()).t2).toBe(3);
  });

  it("keeps a posyandu's coordinates, address and puskesmas when a list of codes and names is imported", async () => {
    const p = await t.db.posyandu.findUniqueOrThrow({ where: { code } });
    const full = await run("posyandu", `kode_posyandu,nama_posyandu,kode_kelurahan,nama_puskesmas,rw,alamat,lintang,bujur,ilp\n${code},${p.name},${p.kelurahanCode},Puskesmas Metro,RW 04,Balai RW 04,"-5,1123","105,3011",ya\n`);
    expect(errors(full)).toEqual([]);
    const before = await t.db.posyandu.findUniqueOrThrow({ where: { code } });
    expect(before).toMatchObject({ lat: -5.1123, address: "Balai RW 04", ilp: true });
    expect(before.puskesmasId).not.toBeNull();
    const out = await run("posyandu", `kode_posyandu,nama_posyandu,kode_kelurahan\n${code},${before.name} Baru,${before.kelurahanCode}\n`);
    expect(errors(out)).toEqual([]);
    expect(await t.db.posyandu.findUniqueOrThrow({ where: { code } })).toMatchObject({ name: `${before.name} Baru`, lat: before.lat, lng: before.lng, address: before.address, rw: before.rw, puskesmasId: before.puskesmasId, ilp: before.ilp });
  });

  it("keeps a kader's level and status when the kader file has no such columns", async () => {
    const k = await t.db.kader.findFirstOrThrow({ where: { level: { not: null }, active: true, memberships: { some: { endDate: null, posyandu: { code } } } }, select: { code: true, name: true, level: true } });
    const out = await run("kader", `kode_kader,kode_posyandu,nama\n${k.code},${code},${k.name} Baru\n`);
    expect(errors(out)).toEqual([]);
    expect(await t.db.kader.findUniqueOrThrow({ where: { code: k.code } })).toMatchObject({ name: `${k.name} Baru`, level: k.level, active: true });
  });

  it("keeps a yearly profile's other figures when a file brings only one of them", async () => {
    const p = await t.db.annualProfile.findFirstOrThrow({ where: { posyandu: { code }, year: 2025 } });
    const out = await run("profil-tahunan", `kode_posyandu,tahun,dana_sehat\n${code},2025,"12,5"\n`);
    expect(errors(out)).toEqual([]);
    expect(await t.db.annualProfile.findFirstOrThrow({ where: { id: p.id } })).toMatchObject({ danaSehat: 12.5, cakupanKia: p.cakupanKia, cakupanKb: p.cakupanKb, programTambahan: p.programTambahan, alatUkurLengkap: p.alatUkurLengkap });
  });
});
