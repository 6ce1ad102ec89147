// SQL, HTML and formula injection strings in every column of every import kind
// (docs/bad-input.md). Each column either refuses them (Indonesian error on
// every row, nothing written), stores them exactly as typed (names and
// addresses: the pages and exports must then stay inert), or reads and
// discards them (e-PPGBM personal fields, boundary names: stored nowhere).
import { beforeAll, describe, expect, it } from "vitest";
import { demoDb, type DemoDb } from "../helpers/demo-db";
import { runImport } from "@/lib/import/engine";
import { formatIssue } from "@/lib/import/issues";
import { importKind } from "@/lib/import/registry";
import { xlsxTemplate } from "@/lib/import/templates";
import { EPPGBM_COLUMNS } from "@/lib/import/eppgbm";
import { INJECTIONS, csvOf } from "../corpus/injection";
import { notIndonesian, tableCounts, whereStored } from "../corpus/checks";

const TODAY = "2026-11-23";
type Fate = "refused" | "stored" | "discarded";
type Row = Record<string, string>;

const STORED: Record<string, Record<string, { max: number; read: (t: DemoDb, key: string) => Promise<string | null | undefined> }>> = {
  posyandu: {
    nama_posyandu: { max: 120, read: async (t, code) => (await t.db.posyandu.findUnique({ where: { code } }))?.name },
    nama_puskesmas: { max: 120, read: async (t, code) => (await t.db.posyandu.findUnique({ where: { code }, include: { puskesmas: true } }))?.puskesmas?.name },
    rw: { max: 40, read: async (t, code) => (await t.db.posyandu.findUnique({ where: { code } }))?.rw },
    alamat: { max: 200, read: async (t, code) => (await t.db.posyandu.findUnique({ where: { code } }))?.address },
  },
  kader: { nama: { max: 120, read: async (t, code) => (await t.db.kader.findUnique({ where: { code } }))?.name } },
};
// e-PPGBM columns that are read only to count (or not at all): their text is never stored.
const EPPGBM_DISCARDED = new Set(["NIK", "Nama", "BB Lahir", "TB Lahir", "Nama Ortu", "Prov", "Kab/Kota", "Kec", "Pukesmas", "RT", "RW", "Alamat", "Usia Saat Ukur", "Cara Ukur", "LiLA", "ZS BB/U", "ZS TB/U", "ZS BB/TB", "Naik Berat Badan", "PMT Diterima (kg)", "Jml Vit A", "KPSP", "KIA"]);

describe("injection strings in every column of every import kind", () => {
  let t: DemoDb;
  let own: string;
  let ownName: string;
  beforeAll(async () => {
    t = await demoDb();
    const p = t.data.posyandu.find((x) => x.kelurahanCode === "18.72.01.1003")!;
    [own, ownName] = [p.code, p.name];
  });

  /** A valid row of `kind` (row number i gives distinct keys). */
  const baseline = (kind: string, i: number, field: string): Row => {
    const key = `INJ.${field.replace(/[^A-Za-z0-9]/g, "").toUpperCase()}.${i}`; // codes are stored in capitals
    switch (kind) {
      case "posyandu": return { kode_posyandu: key, nama_posyandu: "Mawar Uji", kode_kelurahan: "18.72.01.1001", nama_puskesmas: "", rw: "RW 01", alamat: "Balai RW", lintang: "", bujur: "", ilp: "" };
      case "kader": return { kode_kader: key, kode_posyandu: own, nama: "Siti Uji", jenis_kelamin: "P", tahun_lahir: "1985", mulai_bertugas: "2024-01-02", aktif: "ya", terlatih_dasar: "", level_kompetensi: "" };
      case "laporan-bulanan": return { kode_posyandu: own, periode: `20${10 + (i % 16)}-0${1 + (i % 9)}`, buka: "ya", kader_bertugas: "5", s: "80", k: "75", d: "60", n: "50", bgm: "1", t2: "2" };
      case "gizi": return { kode_posyandu: own, periode: `20${10 + (i % 16)}-02`, sumber: "manual", diukur_tb: "70", sangat_pendek: "3", pendek: "8", diukur_bb_tb: "70", gizi_buruk: "1", gizi_kurang: "4", diukur_bb: "72", bb_sangat_kurang: "2", bb_kurang: "7" };
      case "profil-tahunan": return { kode_posyandu: own, tahun: String(2005 + i), cakupan_kia: "72,5", cakupan_kb: "65", cakupan_imunisasi: "88", program_tambahan: "ya", dana_sehat: "55", alat_ukur_lengkap: "ya" };
      default: return {
        NIK: `18720101012409${String(i).padStart(2, "0")}`, Nama: `Anak Uji ${i}`, JK: "L", "Tgl Lahir": "2024-01-10", "Desa/Kel": "IMOPURO", Posyandu: `POSYANDU ${ownName}`,
        "Tanggal Pengukuran": "2026-08-14", Berat: "10,5", Tinggi: "80,1", "BB/U": "Berat Badan Normal", "TB/U": "Normal", "BB/TB": "Gizi Baik",
      };
    }
  };
  const columnsOf = (kind: string) => (kind === "eppgbm" ? [...EPPGBM_COLUMNS] : importKind(kind)!.columns.map((c) => c.name));
  const fateOf = (kind: string, column: string): Fate => (STORED[kind]?.[column] ? "stored" : kind === "eppgbm" && EPPGBM_DISCARDED.has(column) ? "discarded" : "refused");
  const fileOf = (kind: string, column: string, values: readonly string[]) => {
    const header = columnsOf(kind);
    const rows = values.map((v, i) => header.map((c) => (c === column ? v : (baseline(kind, i, column)[c] ?? ""))));
    return new TextEncoder().encode(csvOf(header, rows, kind === "eppgbm" ? ";" : ","));
  };
  const run = (kind: string, data: Uint8Array, fileName = "injeksi.csv") => runImport(t.db, t.viewers.admin, kind, data, fileName, { dryRun: false, today: TODAY });

  const cases = ["posyandu", "kader", "laporan-bulanan", "gizi", "profil-tahunan", "eppgbm"].flatMap((kind) => columnsOf(kind).map((column) => [kind, column, fateOf(kind, column)] as const));

  it.each(cases)("%s · %s: %s", async (kind, column, fate) => {
    const max = STORED[kind]?.[column]?.max ?? Infinity;
    const fits = INJECTIONS.filter((s) => s.trim().length <= max);
    const tooLong = INJECTIONS.filter((s) => s.trim().length > max);
    const refused = fate === "refused" ? [...INJECTIONS] : tooLong;
    if (refused.length > 0) {
      const before = await tableCounts(t.db);
      const out = await run(kind, fileOf(kind, column, refused));
      expect(out.status).toBe("ditolak");
      const errors = out.issues.filter((i) => i.severity === "error");
      for (const e of errors) expect(notIndonesian(formatIssue(e))).toBeNull();
      // Every hostile row is named, or the whole file is (e-PPGBM place names are summed up per name).
      // Database checks run only once every cell parses, so rows the first pass let through go alone.
      const lines = new Set(errors.map((e) => e.row));
      for (const s of lines.has(0) ? [] : refused.filter((_s, i) => !lines.has(i + 2))) {
        const alone = await run(kind, fileOf(kind, column, [s]));
        expect(alone.status, s).toBe("ditolak");
        const e = alone.issues.filter((i) => i.severity === "error");
        expect(e.some((x) => x.row === 2 || x.row === 0), s).toBe(true);
        for (const x of e) expect(notIndonesian(formatIssue(x))).toBeNull();
      }
      expect(await tableCounts(t.db)).toEqual(before);
    }
    if (fate === "refused") return;
    const seen = await whereStored(t.db, fits.map((s) => s.trim()));
    const out = await run(kind, fileOf(kind, column, fits));
    expect(out.issues.filter((i) => i.severity === "error").map(formatIssue)).toEqual([]);
    expect(out.status).toBe("selesai");
    const after = fate === "discarded" ? await whereStored(t.db, fits.map((s) => s.trim())) : [];
    for (const [i, s] of fits.entries()) {
      if (fate === "stored") {
        const row = baseline(kind, i, column);
        expect(await STORED[kind]![column]!.read(t, (kind === "posyandu" ? row.kode_posyandu : row.kode_kader)!), s).toBe(s.trim());
        if (/^[=+\-@]/.test(s.trim())) expect(out.issues.some((x) => x.row === i + 2 && x.severity === "warning" && x.message.includes("bukan rumus"))).toBe(true);
      } else expect(after[i], s).toEqual(seen[i]);
    }
  });

  it("stores a hostile file name verbatim in the import history, and hostile XLSX text cells as text", async () => {
    const name = `<img src=x onerror=alert(1)>'; DROP TABLE "ImportBatch"; --.csv`;
    const out = await run("laporan-bulanan", fileOf("laporan-bulanan", "s", ["80"]), name);
    expect(out.status).toBe("selesai");
    expect((await t.db.importBatch.findUniqueOrThrow({ where: { id: out.batchId! } })).fileName).toBe(name);
    const kind = importKind("posyandu")!;
    const rows = INJECTIONS.filter((s) => s.trim().length <= 120).map((s, i) => kind.columns.map((c) => (c.name === "nama_posyandu" ? s : (baseline("posyandu", i, "xlsx")[c.name] ?? ""))));
    const xlsx = await run("posyandu", new Uint8Array(await xlsxTemplate(kind, rows)), "injeksi.xlsx");
    expect(xlsx.status).toBe("selesai");
    for (const [i, r] of rows.entries()) expect((await t.db.posyandu.findUniqueOrThrow({ where: { code: r[0] } })).name, `baris ${i + 2}`).toBe(INJECTIONS.filter((s) => s.trim().length <= 120)[i]!.trim());
  });

  it("boundary files: a hostile code is refused, a hostile name is warned about and stored nowhere", async () => {
    const square = (dx: number) => [[[105.3 + dx, -5.11], [105.301 + dx, -5.11], [105.301 + dx, -5.109], [105.3 + dx, -5.109], [105.3 + dx, -5.11]]];
    const codes = (await t.db.area.findMany({ where: { level: "KELURAHAN" }, orderBy: { code: "asc" }, select: { code: true } })).map((a) => a.code);
    const geojson = (props: (i: number, s: string) => Record<string, string>) =>
      new TextEncoder().encode(JSON.stringify({ type: "FeatureCollection", features: INJECTIONS.map((s, i) => ({ type: "Feature", properties: props(i, s), geometry: { type: "Polygon", coordinates: square(i * 0.002) } })) }));
    const before = await tableCounts(t.db);
    const bad = await run("batas-wilayah", geojson((_i, s) => ({ KDEPUM: s })), "batas.geojson");
    expect(bad.status).toBe("ditolak");
    expect(new Set(bad.issues.filter((i) => i.severity === "error").map((i) => i.row))).toEqual(new Set(INJECTIONS.map((_s, i) => i + 1)));
    for (const e of bad.issues) expect(notIndonesian(e.message)).toBeNull();
    expect(await tableCounts(t.db)).toEqual(before);
    const seen = await whereStored(t.db, INJECTIONS.map((s) => s.trim()));
    const named = await run("batas-wilayah", geojson((i, s) => ({ KDEPUM: codes[i]!, WADMKD: s })), "batas.geojson");
    expect(named.status).toBe("selesai");
    expect(await whereStored(t.db, INJECTIONS.map((s) => s.trim()))).toEqual(seen);
  });
});
