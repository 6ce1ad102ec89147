import { describe, expect, it } from "vitest";
import { computeStrata, type StrataMonth } from "@/lib/indicators/strata";
import { computeAktif } from "@/lib/indicators/posyandu-aktif";
import { strataCountsOf, strataIndicators, ZERO_STRATA } from "@/lib/indicators/strata-distribution";
import { sumCounts } from "@/lib/indicators/rate";
import { STRATA_2011 } from "@/lib/reference/seed";

/** `open` months with `kader` on duty, S 100 and D `d`; the rest of 12 months closed. */
const months = (open: number, kader: number, d = 60): StrataMonth[] =>
  Array.from({ length: 12 }, (_, i) => (i < open ? { opened: true, kaderOnDuty: kader, s: 100, d } : { opened: false, kaderOnDuty: 0, s: 100, d: 0 }));
const good = { cakupanKia: 60, cakupanKb: 60, cakupanImunisasi: 60, programTambahan: true, danaSehat: 60 };

describe("strata rule table (domain.md §1)", () => {
  it.each([
    ["never opened", months(0, 0), good, "PRATAMA", ["buka 0 bulan < 8", "tidak ada bulan buka untuk menghitung kader"]],
    ["7 months open", months(7, 6), good, "PRATAMA", ["buka 7 bulan < 8"]],
    ["exactly 8 months, exactly 5 kader", months(8, 5), good, "MANDIRI", []],
    ["average kader 4,9", [...months(8, 5).slice(0, 7), { opened: true, kaderOnDuty: 4, s: 100, d: 60 }, ...months(0, 0).slice(0, 4)], good, "PRATAMA", ["kader rata-rata 4,9 < 5"]],
    ["D/S exactly 50%", months(8, 5, 50), good, "MANDIRI", []],
    ["D/S 49,9%", [...months(9, 5, 50).slice(0, 8), { opened: true, kaderOnDuty: 5, s: 100, d: 49 }, ...months(0, 0).slice(0, 3)], good, "MADYA", ["D/S tahunan 49,9% < 50%"]],
    ["KB coverage 49%", months(10, 6), { ...good, cakupanKb: 49 }, "MADYA", ["cakupan KB 49,0% < 50%"]],
    ["coverage exactly 50%", months(10, 6), { ...good, cakupanKia: 50, cakupanKb: 50, cakupanImunisasi: 50 }, "MANDIRI", []],
    ["no profile", months(10, 6), null, "MADYA", ["cakupan KIA belum diisi", "cakupan KB belum diisi", "cakupan imunisasi belum diisi"]],
    ["no additional programme", months(10, 6), { ...good, programTambahan: false }, "PURNAMA", ["belum ada program tambahan"]],
    ["dana sehat exactly 50%", months(10, 6), { ...good, danaSehat: 50 }, "MANDIRI", []],
    ["dana sehat 30%", months(10, 6), { ...good, danaSehat: 30 }, "PURNAMA", ["dana sehat 30,0% KK < 50%"]],
  ])("%s → %s", (_label, m, profile, stratum, kurang) => {
    const r = computeStrata(m, profile, STRATA_2011);
    expect(r.stratum).toBe(stratum);
    expect(r.kurang).toEqual(kurang);
  });

  it("computes frekuensi, average kader and annual D/S over open months only", () => {
    const r = computeStrata([...months(8, 6, 60).slice(0, 8), { opened: false, kaderOnDuty: 0, s: 100, d: 0 }], good, STRATA_2011);
    expect(r).toMatchObject({ frekuensi: 8, rerataKader: 6, dsTahunan: 60 });
  });

  it("distributes strata of an area and the Purnama + Mandiri share", () => {
    const c = sumCounts([strataCountsOf("PRATAMA", false), strataCountsOf("PURNAMA", true), strataCountsOf("MANDIRI", true), strataCountsOf("MANDIRI", false)], ZERO_STRATA);
    expect(c).toMatchObject({ pratama: 1, madya: 0, purnama: 1, mandiri: 2, dinilai: 4 });
    expect(strataIndicators(c).purnama_mandiri).toMatchObject({ pembilang: 3, penyebut: 4, nilai: 75 });
    expect(strataIndicators(c).posyandu_aktif).toMatchObject({ pembilang: 2, penyebut: 4, nilai: 50 });
  });
});

describe("Posyandu Aktif (five criteria)", () => {
  const profile = { ...good, alatUkurLengkap: true };
  it("is aktif when all five hold, with exactly 8 months and exactly 5 kader with SK", () => {
    expect(computeAktif({ months: months(8, 5, 50), profile, kaderSk: 5 })).toMatchObject({ aktif: true, layananTercapai: 4, kurang: [] });
  });
  it("accepts 3 of 4 services and names every missing criterion", () => {
    expect(computeAktif({ months: months(12, 5), profile: { ...profile, cakupanKb: 20 }, kaderSk: 6 }).aktif).toBe(true);
    const r = computeAktif({ months: months(7, 5, 40), profile: { ...profile, cakupanKb: 20, alatUkurLengkap: false, programTambahan: null }, kaderSk: 4 });
    expect(r.aktif).toBe(false);
    expect(r.kurang).toEqual(["buka 7 bulan < 8", "kader ber-SK 4 < 5", "layanan tercapai 2 dari 4 < 3", "alat ukur belum lengkap", "kegiatan tambahan belum diisi"]);
  });
});
