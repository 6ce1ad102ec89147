import { describe, expect, it } from "vitest";
import { EPPGBM_COLUMNS, completedMonths, normalizePersonName, normalizePlaceName, parseEppgbmRows, type EppgbmColumn } from "@/lib/import/eppgbm";
import { isoMonthsBetween } from "@/lib/import/eppgbm-cells";
import { formatIssue } from "@/lib/import/issues";

type Cells = Partial<Record<EppgbmColumn, string>>;
const BASE: Cells = {
  NIK: "3573014501230001", Nama: "Budi", JK: "L", "Tgl Lahir": "2023-01-10", "Desa/Kel": "Metro", Posyandu: "Melati I",
  "Tanggal Pengukuran": "2024-08-14", "TB/U": "Normal", "BB/TB": "Gizi Baik", "BB/U": "Berat Badan Normal",
};
const parse = (...rows: Cells[]) =>
  parseEppgbmRows({ headers: [...EPPGBM_COLUMNS], rows: rows.map((r, i) => ({ line: i + 2, cells: EPPGBM_COLUMNS.map((c) => ({ ...BASE, ...r })[c] ?? "") })) }, "2024-12-31");

describe("cells repeated across rows (parsed once per file)", () => {
  it("a bad value repeated on several rows is reported on each of them", () => {
    const bad = { "Tgl Lahir": "31/02/2023", "TB/U": "aneh", Berat: "0" };
    const r = parse(bad, { NIK: "3573014501230002" }, { ...bad, NIK: "3573014501230003" });
    expect(r.issues.items.map(formatIssue)).toEqual([
      'baris 2, kolom Tgl Lahir: tanggal lahir tidak ada di kalender',
      "baris 2, kolom Berat: berat 0 kg tidak masuk akal",
      'baris 2, kolom TB/U: status TB/U "aneh" tidak dikenal; yang diterima: Sangat Pendek, Pendek, Normal, Tinggi',
      'baris 4, kolom Tgl Lahir: tanggal lahir tidak ada di kalender',
      "baris 4, kolom Berat: berat 0 kg tidak masuk akal",
      'baris 4, kolom TB/U: status TB/U "aneh" tidak dikenal; yang diterima: Sangat Pendek, Pendek, Normal, Tinggi',
    ]);
    expect(r.measurements.map((m) => m.line)).toEqual([3]);
  });

  it("the same date text in the birth and measurement columns keeps each column's message; a birth date is never quoted", () => {
    const r = parse({ "Tgl Lahir": "kemarin", "Tanggal Pengukuran": "kemarin" });
    expect(r.issues.items.map((i) => i.message)).toEqual([
      'tanggal lahir harus berbentuk TTTT-BB-HH, HH-BB-TTTT, HH/BB/TTTT atau "14 Agustus 2024"',
      'tanggal pengukuran "kemarin" harus berbentuk TTTT-BB-HH, HH-BB-TTTT, HH/BB/TTTT atau "14 Agustus 2024"',
    ]);
  });

  it("rows sharing a place spelling and a date each become their own measurement", () => {
    const r = parse({}, { NIK: "3573014501230002", Berat: "9,5" });
    expect(r.measurements.map((m) => [m.line, m.desaKel, m.posyandu, m.measuredOn, m.weightKg])).toEqual([
      [2, "Metro", "Melati I", "2024-08-14", null],
      [3, "Metro", "Melati I", "2024-08-14", 9.5],
    ]);
  });
});

describe("isoMonthsBetween", () => {
  const days = ["2020-02-29", "2021-01-31", "2021-02-28", "2021-03-01", "2023-12-31", "2024-01-01", "2024-02-29", "2024-08-14", "2024-08-15", "2025-08-13"];
  it.each(days.flatMap((a) => days.filter((b) => b >= a).map((b) => [a, b] as const)))("%s → %s as completedMonths counts it", (birth, on) => {
    expect(isoMonthsBetween(birth, on)).toBe(completedMonths(birth, on));
  });
});

describe("name keys: already-clean names and names that need cleaning agree", () => {
  it.each([
    ["melati i", "melati i"], ["MELATI I", "melati i"], ["Melati  I", "melati i"], [" melati i", "melati i"], ["melati i ", "melati i"],
    ["SOKA\"AN", "soka an"], ["Soka'an", "sokaan"], ["sōka an", "soka an"], ["\u212Aemuning", "kemuning"], ["posyandu melati", "melati"],
    ["POSYANDU", "posyandu"], ["desa  ", "desa"], ["kel.metro", "metro"], ["", ""], ["--", ""],
  ])("place %j → %j", (raw, key) => expect(normalizePlaceName(raw)).toBe(key));
  it.each([["BUDI SANTOSO", "budi santoso"], ["budi santoso", "budi santoso"], ["Budi\tSantoso", "budi santoso"], ["JOSÉ-MARÍA", "jose maria"], ["anak 12", "anak 12"]])(
    "person %j → %j", (raw, key) => expect(normalizePersonName(raw)).toBe(key),
  );
});
