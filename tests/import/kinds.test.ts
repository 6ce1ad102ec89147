import { beforeAll, describe, expect, it } from "vitest";
import { demoDb, type DemoDb } from "../helpers/demo-db";
import { runImport } from "@/lib/import/engine";
import { formatIssue } from "@/lib/import/issues";

const TODAY = "2026-11-23";
const enc = (s: string) => new TextEncoder().encode(s);

describe("posyandu, kader, gizi and profil-tahunan imports", () => {
  let t: DemoDb;
  let own: string;
  beforeAll(async () => {
    t = await demoDb();
    own = t.data.posyandu.find((p) => p.kelurahanCode === "18.72.01.1001")!.code;
  });
  const run = (kind: string, text: string, who: keyof DemoDb["viewers"] = "admin") => runImport(t.db, t.viewers[who], kind, enc(text), "f.csv", { dryRun: false, today: TODAY });
  const errors = (o: Awaited<ReturnType<typeof run>>) => o.issues.filter((i) => i.severity === "error").map(formatIssue);

  describe("posyandu", () => {
    const H = "kode_posyandu,nama_posyandu,kode_kelurahan,nama_puskesmas,rw,alamat,lintang,bujur,ilp";
    it("creates a posyandu with derived kecamatan/kota, then updates it by code", async () => {
      const a = await run("posyandu", `${H}\nPBARU1,Anggrek Baru,18.72.04.1001,Puskesmas Metro,RW 07,"Jl. Mawar 3, Yosodadi","-5,11","105,31",ya\n`);
      expect(a.status).toBe("selesai");
      expect(await t.db.posyandu.findUniqueOrThrow({ where: { code: "PBARU1" } })).toMatchObject({ name: "Anggrek Baru", kecamatanCode: "18.72.04", kabKotaCode: "18.72", lat: -5.11, lng: 105.31, ilp: true, address: "Jl. Mawar 3, Yosodadi" });
      const b = await run("posyandu", `${H}\nPBARU1,Anggrek Raya,18.72.04.1001,Puskesmas Metro,RW 07,"Jl. Mawar 3, Yosodadi","-5,11","105,31",ya\n`);
      expect(b.counts).toEqual({ inserted: 0, updated: 1, unchanged: 0 });
      const c = await run("posyandu", `${H}\nPBARU1,Anggrek Raya,18.72.04.1001,Puskesmas Metro,RW 07,"Jl. Mawar 3, Yosodadi","-5,11","105,31",ya\n`);
      expect(c.counts).toEqual({ inserted: 0, updated: 0, unchanged: 1 });
    });
    it.each([
      ["a kelurahan of another kota", `${H}\nPX,X,18.71.01.1001,,,,,,\n`, "baris 2, kolom kode_kelurahan: kode kelurahan/desa 18.71.01.1001 tidak ada atau di luar wilayah Anda"],
      ["a kecamatan code instead of a kelurahan", `${H}\nPX,X,18.72.01,,,,,,\n`, "baris 2, kolom kode_kelurahan: kode kelurahan/desa 18.72.01 tidak ada atau di luar wilayah Anda"],
      ["coordinates outside Indonesia", `${H}\nPX,X,18.72.01.1001,,,,-5.1,2.35,\n`, "baris 2, kolom bujur: bujur 2.35 di luar wilayah Indonesia (94.5 s.d. 141.5)"],
      ["only one coordinate", `${H}\nPX,X,18.72.01.1001,,,,-5.1,,\n`, "baris 2, kolom bujur: lintang dan bujur harus diisi berdua atau dikosongkan berdua"],
      // Codes end up in URLs and file names: the importer accepts what the form accepts, no more.
      ["a code the form refuses", `${H}\n"'; DROP TABLE x; --",X,18.72.01.1001,,,,,,\n`, `baris 2, kolom kode_posyandu: kode posyandu "'; DROP TABLE x; --" harus 1–50 karakter: huruf, angka, titik, garis bawah atau tanda hubung`],
      // An unquoted comma shifts the rest of the row; the last piece used to be dropped silently.
      ["a row split by an unquoted comma", "kode_posyandu,nama_posyandu,kode_kelurahan,alamat\nPX,X,18.72.01.1001,Jl. Mawar, No. 3\n", "baris 2: baris ini berisi 1 sel lebih banyak dari kolom di baris judul; mungkin ada koma atau titik koma di dalam sel tanpa tanda kutip"],
    ])("rejects %s", async (_l, file, message) => {
      const before = await t.db.posyandu.count();
      const out = await run("posyandu", file);
      expect(errors(out)).toEqual([message]);
      expect(await t.db.posyandu.count()).toBe(before);
    });
    it("lets the lurah place posyandu only in their kelurahan and not take a code used elsewhere", async () => {
      const out = await run("posyandu", `${H}\nPLURAH,X,18.72.01.1002,,,,,,\n`, "lurah");
      expect(errors(out)).toEqual(["baris 2, kolom kode_kelurahan: kode kelurahan/desa 18.72.01.1002 tidak ada atau di luar wilayah Anda"]);
      const taken = t.data.posyandu.find((p) => p.kelurahanCode === "18.72.02.1001")!.code;
      const out2 = await run("posyandu", `${H}\n${taken},X,18.72.01.1001,,,,,,\n`, "lurah");
      expect(errors(out2)).toEqual([`baris 2, kolom kode_posyandu: kode posyandu ${taken} tidak dapat dipakai: di luar wilayah Anda atau sudah terdaftar; pakai kode lain atau hubungi admin dinas`]);
    });
  });

  describe("kader", () => {
    const H = "kode_kader,kode_posyandu,nama,jenis_kelamin,tahun_lahir,mulai_bertugas,aktif,terlatih_dasar,level_kompetensi";
    it("creates a kader with membership, basic training and level; moving posyandu keeps the history", async () => {
      const out = await run("kader", `${H}\nKBARU,${own},Sri Wahyuni,P,1985,2024-02-01,ya,ya,madya\n`);
      expect(out.counts).toEqual({ inserted: 1, updated: 0, unchanged: 0 });
      const k = await t.db.kader.findUniqueOrThrow({ where: { code: "KBARU" }, include: { memberships: true, trainings: true } });
      expect(k).toMatchObject({ name: "Sri Wahyuni", gender: "P", birthYear: 1985, level: "MADYA", levelOrigin: "INPUT", active: true });
      expect(k.memberships).toHaveLength(1);
      expect(k.trainings.map((x) => x.type)).toEqual(["DASAR"]);
      expect((await run("kader", `${H}\nKBARU,${own},Sri Wahyuni,P,1985,2024-02-01,ya,ya,madya\n`)).counts).toEqual({ inserted: 0, updated: 0, unchanged: 1 });
      const next = t.data.posyandu.find((p) => p.kelurahanCode === "18.72.01.1002")!.code;
      await run("kader", `${H}\nKBARU,${next},Sri Wahyuni,P,1985,2026-06-01,ya,ya,madya\n`);
      const moved = await t.db.kaderMembership.findMany({ where: { kader: { code: "KBARU" } }, orderBy: { startDate: "asc" } });
      expect(moved.map((m) => [m.startDate.toISOString().slice(0, 10), m.endDate?.toISOString().slice(0, 10) ?? null])).toEqual([["2024-02-01", "2026-06-01"], ["2026-06-01", null]]);
      await run("kader", `${H}\nKBARU,${next},Sri Wahyuni,P,1985,2026-06-01,tidak,ya,madya\n`);
      expect(await t.db.kaderMembership.count({ where: { kader: { code: "KBARU" }, endDate: null } })).toBe(0);
    });
    it("refuses the lurah a kader code whose kader only ever served in another kelurahan, and takes one who served here", async () => {
      const there = t.data.posyandu.find((p) => p.kelurahanCode === "18.72.01.1002")!.code;
      await run("kader", `${H}\nKLAIN,${there},Dewi Lestari,P,1980,2020-01-01,ya,ya,\n`);
      await run("kader", `${H}\nKLAIN,${there},Dewi Lestari,P,1980,2020-01-01,tidak,ya,\n`); // her service there ended
      const out = await run("kader", `${H}\nKLAIN,${own},Nama Lain,P,1990,2026-01-01,ya,tidak,\n`, "lurah");
      expect(errors(out)).toEqual(["baris 2, kolom kode_kader: kode kader KLAIN tidak dapat dipakai: di luar wilayah Anda atau sudah terdaftar; pakai kode lain atau hubungi admin dinas"]);
      expect(await t.db.kader.findUniqueOrThrow({ where: { code: "KLAIN" }, include: { memberships: true } })).toMatchObject({ name: "Dewi Lestari", active: false, memberships: [{ endDate: expect.any(Date) }] });
      // One who served at the lurah's own posyandu before moving away and stopping is the lurah's to bring back.
      await run("kader", `${H}\nKBALIK,${own},Ani,P,1980,2020-01-01,ya,ya,\n`);
      await run("kader", `${H}\nKBALIK,${there},Ani,P,1980,2024-01-01,ya,ya,\n`);
      await run("kader", `${H}\nKBALIK,${there},Ani,P,1980,2024-01-01,tidak,ya,\n`);
      const back = await run("kader", `${H}\nKBALIK,${own},Ani,P,1980,2026-01-01,ya,ya,\n`, "lurah");
      expect(back.status).toBe("selesai");
      expect(back.counts).toEqual({ inserted: 0, updated: 1, unchanged: 0 });
    });
    it.each([
      ["gender", `${H}\nKX,OWN,A,X,1985,,,,\n`, 'baris 2, kolom jenis_kelamin: jenis kelamin "X" harus L atau P'],
      ["level", `${H}\nKX,OWN,A,P,1985,,,,ahli\n`, 'baris 2, kolom level_kompetensi: level "ahli" harus purwa, madya, utama atau kosong'],
      ["birth year", `${H}\nKX,OWN,A,P,2020,,,,\n`, "baris 2, kolom tahun_lahir: tahun lahir 2020 tidak masuk akal untuk kader"],
      ["date", `${H}\nKX,OWN,A,P,1985,2026-02-30,,,\n`, 'baris 2, kolom mulai_bertugas: tanggal "2026-02-30" tidak ada'],
      ["code", `${H}\n<img src=x>,OWN,A,P,1985,,,,\n`, 'baris 2, kolom kode_kader: kode kader "<img src=x>" harus 1–50 karakter: huruf, angka, titik, garis bawah atau tanda hubung'],
    ])("rejects a bad %s", async (_l, file, message) => {
      expect(errors(await run("kader", file.replace("OWN", own)))).toEqual([message]);
    });
  });

  describe("gizi and profil-tahunan", () => {
    const G = "kode_posyandu,periode,sumber,diukur_tb,sangat_pendek,pendek,diukur_bb_tb,gizi_buruk,gizi_kurang,diukur_bb,bb_sangat_kurang,bb_kurang";
    it("keeps e-PPGBM and survey figures of the same month apart", async () => {
      // (Not the template's example row, which is refused as left in: 71 children measured, not 70.)
      const out = await run("gizi", `${G}\n${own},2026-08,eppgbm,71,3,8,71,1,4,72,2,7\n${own},2026-08,survei,40,4,6,40,1,2,40,2,3\n`);
      expect(errors(out)).toEqual([]);
      expect(out.counts.inserted + out.counts.updated).toBe(2);
      const rows = await t.db.nutritionAggregate.findMany({ where: { posyandu: { code: own }, period: "2026-08" }, orderBy: { source: "asc" } });
      expect(rows.map((r) => [r.source, r.diukurTb, r.sangatPendek + r.pendek])).toEqual([["EPPGBM", 71, 11], ["SURVEI", 40, 10]]);
    });
    it.each([
      ["stunted above measured", `${G}\nOWN,2026-08,eppgbm,10,6,5,10,0,0,10,0,0\n`, "baris 2, kolom sangat_pendek+pendek: sangat_pendek + pendek (11) lebih besar dari diukur_tb (10)"],
      ["unknown source", `${G}\nOWN,2026-08,ssgi,10,1,1,10,0,0,10,0,0\n`, 'baris 2, kolom sumber: sumber "ssgi" harus eppgbm, manual atau survei'],
    ])("rejects %s", async (_l, file, message) => {
      expect(errors(await run("gizi", file.replace("OWN", own)))).toEqual([message]);
    });
    it("warns about a month that is not a weighing month", async () => {
      const out = await run("gizi", `${G}\n${own},2026-05,manual,10,1,1,10,0,0,10,0,0\n`);
      expect(out.status).toBe("selesai");
      expect(out.issues.map(formatIssue)).toEqual(["baris 2, kolom periode: 2026-05 bukan bulan penimbangan (Februari/Agustus)"]);
    });
    it("imports an annual profile with percent commas and rejects a percentage above 100", async () => {
      const P = "kode_posyandu,tahun,cakupan_kia,cakupan_kb,cakupan_imunisasi,program_tambahan,dana_sehat,alat_ukur_lengkap";
      const ok = await run("profil-tahunan", `${P}\n${own},2025,"72,5",65,88,ya,"55,5",tidak\n`);
      expect(ok.status).toBe("selesai");
      expect(await t.db.annualProfile.findFirstOrThrow({ where: { posyandu: { code: own }, year: 2025 } })).toMatchObject({ cakupanKia: 72.5, danaSehat: 55.5, programTambahan: true, alatUkurLengkap: false });
      expect(errors(await run("profil-tahunan", `${P}\n${own},2025,120,65,88,ya,55,ya\n`))).toEqual(["baris 2, kolom cakupan_kia: persentase harus 0–100 (120)"]);
      expect(errors(await run("profil-tahunan", `${P}\n${own},2027,70,65,88,ya,55,ya\n`))).toEqual(["baris 2, kolom tahun: tahun 2027 belum terjadi"]);
    });
  });
});
