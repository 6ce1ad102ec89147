import { describe, expect, it } from "vitest";
import {
  EPPGBM_COLUMNS, aggregateEppgbm, matchEppgbmHeader, normalizePlaceName, parseAge, parseEppgbmDate,
  parseEppgbmRows, parseStatus, type EppgbmColumn, type EppgbmTable,
} from "@/lib/import/eppgbm";
import { formatIssue } from "@/lib/import/issues";

type Cells = Partial<Record<EppgbmColumn, string>>;
const TODAY = "2024-12-31";
const BASE: Cells = {
  Nama: "Budi Santoso", JK: "L", "Tgl Lahir": "2023-01-10", "Desa/Kel": "Metro", Posyandu: "Melati I",
  "Tanggal Pengukuran": "2024-08-14", "Usia Saat Ukur": "", Berat: "10,5", Tinggi: "80,1",
  "TB/U": "Normal", "BB/TB": "Gizi Baik", "BB/U": "Berat Badan Normal",
};
const table = (rows: Cells[], headers: string[] = [...EPPGBM_COLUMNS]): EppgbmTable => ({
  headers,
  // Merge each row with BASE once, not once per column: per column it was 33 spreads a row, most of the 100,000-row test's time.
  rows: rows.map((r, i) => {
    const merged = { ...BASE, ...r };
    return { line: i + 2, cells: EPPGBM_COLUMNS.map((c) => merged[c] ?? "") };
  }),
});
const parse = (...rows: Cells[]) => parseEppgbmRows(table(rows), TODAY);
const texts = (r: ReturnType<typeof parse>) => r.issues.items.map(formatIssue);

describe("parseAge", () => {
  it.each([
    ["1 Tahun - 3 Bulan - 4 Hari", 15, 4],
    ["0 Tahun - 11 Bulan - 2 Hari", 11, 2],
    ["  4  tahun -  0 bulan - 30 hari ", 48, 30],
    ["2 TAHUN - 1 BULAN - 0 HARI", 25, 0],
    ["5 Bulan - 3 Hari", 5, 3],
    ["15 bulan", 15, 0],
  ])("%j → %i bulan %i hari", (raw, months, days) => {
    expect(parseAge(raw)).toEqual({ ok: true, value: { months, days } });
  });
  it.each([["", "harus berbentuk"], ["15 hari 2 bulan", "harus berbentuk"], ["1 Tahun - 12 Bulan - 0 Hari", "bagian bulan"], ["1 Tahun - 2 Bulan - 31 Hari", "bagian hari"], ["satu tahun", "harus berbentuk"]])(
    "%j is rejected", (raw, message) => {
      const p = parseAge(raw);
      expect(p.ok).toBe(false);
      if (!p.ok) expect(p.message).toContain(message);
    },
  );
});

describe("parseEppgbmDate", () => {
  it.each([
    ["2024-08-14", "2024-08-14"], ["14-08-2024", "2024-08-14"], ["14/08/2024", "2024-08-14"], ["14.8.2024", "2024-08-14"],
    ["2024-08-14 00:00:00", "2024-08-14"], ["45518", "2024-08-14"], ["14 Agustus 2024", "2024-08-14"],
    ["14 agu 2024", "2024-08-14"], ["14 Agt 2024", "2024-08-14"], ["14-Aug-2024", "2024-08-14"], ["1 Januari 2023", "2023-01-01"],
    ["29 Pebruari 2024", "2024-02-29"], [" 5 Mei 2022 ", "2022-05-05"], ["31 Des 2021", "2021-12-31"], ["3 Okt. 2020", "2020-10-03"],
  ])("%j → %s", (raw, iso) => expect(parseEppgbmDate(raw)).toEqual({ ok: true, value: iso }));
  it.each([
    ["31/02/2024", 'tanggal pengukuran "31/02/2024" tidak ada'],
    ["2024-13-01", 'tanggal pengukuran "2024-13-01" tidak ada'],
    ["30 Februari 2024", 'tanggal pengukuran "30 Februari 2024" tidak ada'],
    ["14 Agustusan 2024", 'nama bulan "agustusan" tidak dikenal'],
    ["kemarin", "harus berbentuk"],
    ["14/08/24", "harus berbentuk"],
  ])("%j is rejected: %s", (raw, message) => {
    const p = parseEppgbmDate(raw, "tanggal pengukuran");
    expect(p.ok).toBe(false);
    if (!p.ok) expect(p.message).toContain(message);
  });
});

describe("parseStatus", () => {
  it.each([
    ["TB/U", "Sangat Pendek", "sangat_pendek"], ["TB/U", " pendek ", "pendek"], ["TB/U", "Normal", "other"], ["TB/U", "TINGGI", "other"],
    ["BB/TB", "Gizi Buruk", "gizi_buruk"], ["BB/TB", "gizi  kurang", "gizi_kurang"], ["BB/TB", "Gizi Baik", "other"],
    ["BB/TB", "Normal", "other"], ["BB/TB", "Berisiko Gizi Lebih", "other"], ["BB/TB", "Risiko Gizi Lebih", "other"],
    ["BB/TB", "Gizi Lebih", "other"], ["BB/TB", "Obesitas", "other"],
    ["BB/U", "Berat Badan Sangat Kurang", "bb_sangat_kurang"], ["BB/U", "BB Sangat Kurang", "bb_sangat_kurang"],
    ["BB/U", "Sangat Kurang", "bb_sangat_kurang"], ["BB/U", "Berat Badan Kurang", "bb_kurang"], ["BB/U", "BB Kurang", "bb_kurang"],
    ["BB/U", "kurang", "bb_kurang"], ["BB/U", "Berat Badan Normal", "other"], ["BB/U", "Normal", "other"],
    ["BB/U", "Risiko Berat Badan Lebih", "other"], ["BB/U", "Risiko BB Lebih", "other"],
    ["TB/U", "", null], ["BB/TB", "  ", null], ["BB/U", "-", null],
  ] as const)("%s %j → %s", (column, raw, category) => {
    expect(parseStatus(column, raw)).toEqual({ ok: true, value: category });
  });
  it.each([["TB/U", "Kerdil"], ["BB/TB", "Pendek"], ["BB/U", "Gizi Buruk"]] as const)("%s %j is unknown", (column, raw) => {
    const p = parseStatus(column, raw);
    expect(p).toEqual({ ok: false, message: expect.stringContaining(`status ${column} "${raw}" tidak dikenal`) });
  });
  it("unknown status text is a row error naming the column and the value", () => {
    const r = parse({ "BB/TB": "Gizi Sedang" });
    expect(r.measurements).toEqual([]);
    expect(texts(r)).toEqual([expect.stringMatching(/^baris 2, kolom BB\/TB: status BB\/TB "Gizi Sedang" tidak dikenal/)]);
  });
});

describe("headers", () => {
  it.each([
    ["  tgl   LAHIR ", "Tgl Lahir"], ["Pukesmas", "Pukesmas"], ["PUSKESMAS", "Pukesmas"], ["desa / kel", "Desa/Kel"],
    ["\uFEFFNIK", "NIK"], ["zs bb/u", "ZS BB/U"], ["BB/U", "BB/U"], ["Tanggal  Pengukuran", "Tanggal Pengukuran"],
    ["Bulan Pengukuran", null], ["", null],
  ])("%j → %s", (raw, column) => expect(matchEppgbmHeader(raw)).toBe(column));

  it("a messy but complete header parses", () => {
    const headers = EPPGBM_COLUMNS.map((c) => ` ${c.toUpperCase().replace(" ", "   ")} `.replace("PUKESMAS", "Puskesmas"));
    const r = parseEppgbmRows(table([{}], headers), TODAY);
    expect(r.issues.items).toEqual([]);
    expect(r.measurements).toHaveLength(1);
  });

  it("a missing required column is one file-level error naming it; NIK may be missing", () => {
    const headers = EPPGBM_COLUMNS.map((c) => (c === "BB/TB" ? "Status Gizi" : c === "NIK" ? "x" : c));
    const r = parseEppgbmRows(table([{}], headers), TODAY);
    expect(r.measurements).toEqual([]);
    expect(r.issues.items).toEqual([{ row: 0, column: "BB/TB", severity: "error", message: 'kolom wajib "BB/TB" tidak ada di baris judul' }]);
    expect(formatIssue(r.issues.items[0]!)).toBe('berkas, kolom BB/TB: kolom wajib "BB/TB" tidak ada di baris judul');
  });
});

describe("normalizePlaceName", () => {
  it.each([
    ["POSYANDU MELATI  I", "melati i"], ["Melati I", "melati i"], ["Pos Yandu Melati I", "melati i"], ["Kel. Metro", "metro"],
    ["Kelurahan Metro", "metro"], ["DESA Sumbersari", "sumbersari"], ["Posyandu Al-Ikhlas", "al ikhlas"], ["Nur'aini", "nuraini"],
    ["Kémuning II", "kemuning ii"], ["Posyandu", "posyandu"], ["Kelapa Gading", "kelapa gading"],
  ])("%j → %j", (raw, key) => expect(normalizePlaceName(raw)).toBe(key));
});

describe("parseEppgbmRows: rows", () => {
  it("produces a measurement with period, age and decimal-comma measures", () => {
    const r = parse({ NIK: "3573014501230001", "Usia Saat Ukur": "1 Tahun - 7 Bulan - 4 Hari" });
    expect(r.issues.items).toEqual([]);
    expect(r.measurements).toEqual([{
      line: 2, childKey: "3573014501230001", jk: "L", desaKel: "Metro", posyandu: "Melati I", measuredOn: "2024-08-14",
      period: "2024-08", ageMonths: 19, weightKg: 10.5, heightCm: 80.1, tbu: "other", bbtb: "other", bbu: "other",
    }]);
  });

  it.each([
    [{ NIK: "3573014501230001" }, "3573014501230001"],
    [{ NIK: "'3573 0145 0123 0001" }, "3573014501230001"],
    [{ NIK: "" }, "budi santoso|2023-01-10"],
    [{ NIK: "3.57301E+15", Nama: "  BUDI   santoso " }, "budi santoso|2023-01-10"],
    [{ NIK: "0000000000000000" }, "budi santoso|2023-01-10"],
    [{ NIK: "3573010000000000" }, "budi santoso|2023-01-10"],
  ])("key of %j is %s", (cells, key) => expect(parse(cells).measurements[0]?.childKey).toBe(key));

  it("a row without NIK borrows the NIK of the same name and birth date; a NIK with two birth dates is not trusted", () => {
    const linked = parse({ NIK: "3573014501230001" }, { NIK: "", Nama: "budi  SANTOSO" });
    expect(linked.measurements.map((m) => m.childKey)).toEqual(["3573014501230001", "3573014501230001"]);
    const shared = parse({ NIK: "3573014501230001" }, { NIK: "3573014501230001", Nama: "Ani", "Tgl Lahir": "2022-02-02" });
    expect(shared.measurements.map((m) => m.childKey)).toEqual(["budi santoso|2023-01-10", "ani|2022-02-02"]);
    expect(shared.issues.warnings.map((i) => i.row)).toEqual([2, 3]);
  });

  it.each([
    [{ "Tanggal Pengukuran": "31/02/2024" }, 'baris 2, kolom Tanggal Pengukuran: tanggal pengukuran "31/02/2024" tidak ada'],
    [{ "Tgl Lahir": "" }, "baris 2, kolom Tgl Lahir: tanggal lahir kosong"],
    [{ "Tanggal Pengukuran": "2022-12-01" }, "baris 2, kolom Tanggal Pengukuran: tanggal pengukuran 2022-12-01 lebih awal dari tanggal lahir"],
    [{ "Tanggal Pengukuran": "2025-01-01" }, "baris 2, kolom Tanggal Pengukuran: tanggal pengukuran 2025-01-01 ada di masa depan (hari ini 2024-12-31)"],
    [{ "Desa/Kel": " " }, "baris 2, kolom Desa/Kel: desa/kelurahan kosong"],
    [{ Posyandu: "" }, "baris 2, kolom Posyandu: posyandu kosong"],
    [{ JK: "X" }, 'baris 2, kolom JK: jenis kelamin "X" harus L atau P'],
    [{ Berat: "10500" }, "baris 2, kolom Berat: berat 10500 kg tidak masuk akal"],
    [{ Nama: "", NIK: "" }, "baris 2, kolom Nama: nama kosong dan NIK tidak ada; anak tidak dapat dikenali"],
  ])("%j → error %s", (cells, message) => {
    const r = parse(cells);
    expect(r.measurements).toEqual([]);
    expect(texts(r)).toEqual([message]);
  });

  it("the future bound is the injected today, not the clock", () => {
    const rows = table([{ "Tanggal Pengukuran": "2024-08-14" }]);
    expect(parseEppgbmRows(rows, "2024-08-14").measurements).toHaveLength(1);
    expect(parseEppgbmRows(rows, "2024-08-13").issues.errors).toHaveLength(1);
    expect(() => parseEppgbmRows(rows, "13/08/2024")).toThrow();
  });

  it.each([
    ["2023-01-10", 0], ["2027-12-10", 59], ["2028-01-09", 59],
  ])("measured %s at %i months is a balita", (on, months) => {
    const r = parseEppgbmRows(table([{ "Tanggal Pengukuran": on, "Usia Saat Ukur": "" }]), "2030-01-01");
    expect(r.measurements[0]?.ageMonths).toBe(months);
  });

  it("60 months or more is a warning and the row is excluded", () => {
    const r = parseEppgbmRows(table([{ "Tanggal Pengukuran": "2028-01-10", "Usia Saat Ukur": "" }]), "2030-01-01");
    expect(r.measurements).toEqual([]);
    expect(r.issues.hasErrors).toBe(false);
    expect(texts(r)).toEqual(["baris 2, kolom Tanggal Pengukuran: usia saat ukur 60 bulan: bukan balita (0–59 bulan), baris tidak dihitung"]);
  });

  it("a stated age that disagrees with the dates is a warning; the dates win", () => {
    const r = parse({ "Usia Saat Ukur": "3 Tahun - 0 Bulan - 0 Hari" });
    expect(r.measurements[0]?.ageMonths).toBe(19);
    expect(r.issues.warnings.map((i) => i.column)).toEqual(["Usia Saat Ukur"]);
  });

  it("blank lines are skipped and every problem in a row is reported", () => {
    const blank = Object.fromEntries(EPPGBM_COLUMNS.map((c) => [c, ""]));
    const r = parse(blank, { "TB/U": "x", "BB/U": "y", Posyandu: "" });
    expect(r.issues.items.map((i) => [i.row, i.column])).toEqual([[3, "Posyandu"], [3, "TB/U"], [3, "BB/U"]]);
  });
});

describe("personal data", () => {
  it("no name, NIK or valid birth date appears in any issue message", () => {
    const who = { Nama: "Siti Aminah Rahmawati", NIK: "3573014501230001", "Nama Ortu": "Joko Susilo" };
    const r = parse(
      { ...who, "Tanggal Pengukuran": "31/02/2024" }, { ...who, "Tanggal Pengukuran": "2022-12-01" },
      { ...who, "Tanggal Pengukuran": "2025-03-01" }, { ...who, "TB/U": "Kerdil" }, { ...who, "Desa/Kel": "" },
      { ...who, "Tanggal Pengukuran": "2028-06-01" }, { ...who, NIK: "357301450123" }, { ...who, "Usia Saat Ukur": "9 Tahun" },
      { ...who, "Tgl Lahir": "2022-03-03", Nama: "" }, { ...who, Nama: "", NIK: "" },
    );
    expect(r.issues.items.length).toBeGreaterThanOrEqual(10);
    for (const text of [...texts(r), ...r.issues.items.map((i) => i.message)]) {
      for (const secret of ["siti", "aminah", "rahmawati", "joko", "3573014501230001", "357301450123", "2023-01-10", "2022-03-03"]) {
        expect(text.toLowerCase()).not.toContain(secret);
      }
    }
  });
});

describe("aggregateEppgbm", () => {
  const counts = (over: object = {}) => ({
    diukurTb: 0, sangatPendek: 0, pendek: 0, diukurBbTb: 0, giziBuruk: 0, giziKurang: 0, diukurBb: 0, bbSangatKurang: 0, bbKurang: 0, rows: 0, ...over,
  });
  const A = { NIK: "3573010101230001" };

  it("keeps the latest measurement per child per month (by date, then line)", () => {
    const later = parse({ ...A, "Tanggal Pengukuran": "2024-08-20", "TB/U": "Pendek" }, { ...A, "Tanggal Pengukuran": "2024-08-05", "TB/U": "Normal" });
    expect(aggregateEppgbm(later.measurements)).toMatchObject([counts({ period: "2024-08", rows: 1, diukurTb: 1, pendek: 1, diukurBbTb: 1, diukurBb: 1 })]);
    const tie = parse({ ...A, "TB/U": "Normal" }, { ...A, "TB/U": "Sangat Pendek" });
    expect(aggregateEppgbm(tie.measurements)[0]).toMatchObject({ rows: 1, sangatPendek: 1 });
    const months = parse({ ...A, "Tanggal Pengukuran": "2024-08-20", "TB/U": "Pendek" }, { ...A, "Tanggal Pengukuran": "2024-09-05", "TB/U": "Pendek" });
    expect(aggregateEppgbm(months.measurements).map((g) => [g.period, g.rows, g.pendek])).toEqual([["2024-08", 1, 1], ["2024-09", 1, 1]]);
  });

  it("blank statuses do not count in their denominators", () => {
    const r = parse({ Nama: "A", "TB/U": "", "BB/U": "Kurang" }, { Nama: "B", "BB/TB": "", "BB/U": "" }, { Nama: "C", "TB/U": "Pendek" });
    expect(aggregateEppgbm(r.measurements)).toMatchObject([counts({ rows: 3, diukurTb: 2, pendek: 1, diukurBbTb: 2, diukurBb: 2, bbKurang: 1 })]);
  });

  it("matches a hand-computed aggregate of a small file", () => {
    const r = parse(
      { ...A, "Tanggal Pengukuran": "2024-08-05", "TB/U": "Pendek", "BB/TB": "Gizi Baik", "BB/U": "BB Kurang" },
      { ...A, "Desa/Kel": "Kel. Metro", Posyandu: "POSYANDU MELATI  I", "Tanggal Pengukuran": "2024-08-20", "TB/U": "Sangat Pendek", "BB/TB": "Gizi Kurang", "BB/U": "Normal" },
      { ...A, "Tanggal Pengukuran": "2024-09-02", "TB/U": "Normal", "BB/TB": "", "BB/U": "Normal" },
      { Nama: "Ani", "Tgl Lahir": "2022-05-01", "TB/U": "Pendek", "BB/TB": "Gizi Buruk", "BB/U": "Sangat Kurang" },
      { Nama: "Dewi", "Tgl Lahir": "2021-03-03", Posyandu: "Mawar", "TB/U": "", "BB/TB": "Obesitas", "BB/U": "Risiko BB Lebih" },
      { Nama: "Eka", "Desa/Kel": "Yosomulyo", "Tanggal Pengukuran": "2024-08-10", "TB/U": "Sangat Pendek", "BB/U": "Berat Badan Sangat Kurang" },
    );
    expect(r.issues.items).toEqual([]);
    const place = (d: string, p: string, dn: string, pn: string, period: string) => ({ desaKelKey: d, posyanduKey: p, desaKelName: dn, posyanduName: pn, period });
    expect(aggregateEppgbm(r.measurements)).toEqual([
      { ...place("metro", "mawar", "Metro", "Mawar", "2024-08"), ...counts({ rows: 1, diukurBbTb: 1, diukurBb: 1 }) },
      {
        ...place("metro", "melati i", "Kel. Metro", "POSYANDU MELATI  I", "2024-08"),
        ...counts({ rows: 2, diukurTb: 2, sangatPendek: 1, pendek: 1, diukurBbTb: 2, giziBuruk: 1, giziKurang: 1, diukurBb: 2, bbSangatKurang: 1 }),
      },
      { ...place("metro", "melati i", "Metro", "Melati I", "2024-09"), ...counts({ rows: 1, diukurTb: 1, diukurBb: 1 }) },
      { ...place("yosomulyo", "melati i", "Yosomulyo", "Melati I", "2024-08"), ...counts({ rows: 1, diukurTb: 1, sangatPendek: 1, diukurBbTb: 1, diukurBb: 1, bbSangatKurang: 1 }) },
    ]);
  });

  it("100,000 synthetic rows aggregate to consistent totals", () => {
    const TB = ["Sangat Pendek", "Pendek", "Normal", "Tinggi", ""];
    const BBTB = ["Gizi Buruk", "Gizi Kurang", "Gizi Baik", "", "Obesitas", "Normal"];
    const DATES = ["2024-02-20", "2024-02-05", "2024-03-10", "2024-08-14"]; // index 1 is superseded by index 0
    const children = 25_000;
    const rows: Cells[] = [];
    for (const k of [0, 1, 2, 3]) {
      for (let i = 0; i < children; i++) {
        rows.push({
          NIK: `3573${String(i).padStart(8, "0")}0001`, "Tgl Lahir": `2022-01-${String((i % 28) + 1).padStart(2, "0")}`,
          "Desa/Kel": `Desa ${i % 10}`, Posyandu: `Posyandu ${i % 7}`, "Tanggal Pengukuran": DATES[k], "Usia Saat Ukur": "",
          "TB/U": TB[(i + k) % 5], "BB/TB": BBTB[(i + k) % 6],
        });
      }
    }
    const r = parseEppgbmRows(table(rows), TODAY);
    expect(r.issues.items).toEqual([]);
    expect(r.measurements).toHaveLength(100_000);
    const groups = aggregateEppgbm(r.measurements);
    const sum = (f: (g: (typeof groups)[number]) => number) => groups.reduce((s, g) => s + f(g), 0);

    let sp = 0, tb = 0, gb = 0, bbtb = 0;
    for (let i = 0; i < children; i++) {
      for (const k of [0, 2, 3]) {
        sp += TB[(i + k) % 5] === "Sangat Pendek" ? 1 : 0;
        tb += TB[(i + k) % 5] !== "" ? 1 : 0;
        gb += BBTB[(i + k) % 6] === "Gizi Buruk" ? 1 : 0;
        bbtb += BBTB[(i + k) % 6] !== "" ? 1 : 0;
      }
    }
    expect(groups).toHaveLength(10 * 7 * 3);
    expect(sum((g) => g.rows)).toBe(children * 3);
    expect([sum((g) => g.sangatPendek), sum((g) => g.diukurTb), sum((g) => g.giziBuruk), sum((g) => g.diukurBbTb)]).toEqual([sp, tb, gb, bbtb]);
    expect(sum((g) => g.diukurBb)).toBe(children * 3);
    for (const g of groups) {
      expect(g.sangatPendek + g.pendek).toBeLessThanOrEqual(g.diukurTb);
      expect(g.diukurTb).toBeLessThanOrEqual(g.rows);
    }
  });
});
