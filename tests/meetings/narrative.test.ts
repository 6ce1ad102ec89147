import { describe, expect, it } from "vitest";
import { narrativeSentences, type NarrativeFacts } from "@/lib/meetings/narrative";
import { deltaOf, snapshotDelta } from "@/lib/meetings/delta";
import { EMPTY_SNAPSHOT, readSnapshot, type RateLite } from "@/lib/meetings/snapshot";

const r = (nilai: number | null, n = 318, n_kecil = false): RateLite => ({ nilai, pembilang: nilai === null ? 0 : Math.round((nilai * n) / 100), penyebut: n, n, n_kecil });

const facts = (over: Partial<NarrativeFacts> = {}): NarrativeFacts => ({
  nama: "Metro",
  stunting: { kini: r(21.3), dulu: r(23.4), sejak: "rapat 12 Mei 2026", periode: "Agustus 2026" },
  posyandu: 9,
  pratama: { jumlah: 3, karenaKader: 3, karenaBuka: 0 },
  kaderKurang: 2,
  laporan: { bulan: "Juli 2026", belum: 2 },
  ...over,
});

describe("meeting narrative", () => {
  it("says what the room needs in the brief's words, with n", () => {
    expect(narrativeSentences(facts())).toEqual([
      "Prevalensi stunting turun 2,1 poin sejak rapat 12 Mei 2026, menjadi 21,3% (n = 318).",
      "3 dari 9 posyandu masih Pratama karena rata-rata kader < 5.",
      "2 posyandu memiliki kader aktif kurang dari 5.",
      "Laporan Juli 2026 belum masuk dari 2 posyandu.",
    ]);
  });
  it("names a rise, an unchanged value, a first figure and a small n honestly", () => {
    expect(narrativeSentences(facts({ stunting: { kini: r(25), dulu: r(23.4), sejak: "Februari 2026", periode: "Agustus 2026" } }))[0]).toBe("Prevalensi stunting naik 1,6 poin sejak Februari 2026, menjadi 25,0% (n = 318).");
    expect(narrativeSentences(facts({ stunting: { kini: r(23.42), dulu: r(23.4), sejak: "Februari 2026", periode: null } }))[0]).toBe("Prevalensi stunting tetap 23,4% sejak Februari 2026 (n = 318).");
    expect(narrativeSentences(facts({ stunting: { kini: r(10, 12, true), dulu: null, sejak: null, periode: "Agustus 2026" } }))[0]).toBe("Prevalensi stunting 10,0% (n = 12) pada Agustus 2026. Jumlah balita yang diukur kecil; baca dengan hati-hati.");
    expect(narrativeSentences(facts({ stunting: { kini: r(null, 0), dulu: null, sejak: null, periode: "Agustus 2026" } }))[0]).toBe("Belum ada data stunting untuk Agustus 2026.");
  });
  it("explains Pratama by its reasons and praises complete reporting", () => {
    const s = narrativeSentences(facts({ pratama: { jumlah: 2, karenaKader: 1, karenaBuka: 1 }, kaderKurang: 0, laporan: { bulan: "Oktober 2026", belum: 0 } }));
    expect(s).toContain("2 dari 9 posyandu masih Pratama karena rata-rata kader < 5 atau buka kurang dari 8 bulan.");
    expect(s).toContain("Laporan Oktober 2026 sudah masuk dari semua posyandu.");
    expect(s.some((x) => x.includes("kader aktif kurang"))).toBe(false);
    expect(narrativeSentences(facts({ pratama: { jumlah: 0, karenaKader: 0, karenaBuka: 0 } }))).toContain("Tidak ada posyandu Pratama dari 9 posyandu.");
  });
});

describe("delta since the previous meeting", () => {
  it("judges by polarity and treats a rounding-size change as unchanged", () => {
    expect(deltaOf(r(23.4), r(21.3), "turun-baik")).toMatchObject({ arah: "membaik" });
    expect(deltaOf(r(60), r(55), "naik-baik")).toMatchObject({ arah: "memburuk" });
    expect(deltaOf(r(60), r(60.01), "naik-baik").arah).toBe("tetap");
    expect(deltaOf(null, r(60), "naik-baik")).toEqual({ dulu: null, kini: 60, selisih: null, arah: null });
  });
  it("compares rows by area code and refuses a different indicator", () => {
    const prev = { ...EMPTY_SNAPSHOT("2026-05-12"), indikator: { id: "stunting", label: "Stunting", polaritas: "turun-baik" as const }, total: r(20), baris: [{ kode: "a", nama: "A", rate: r(30) }, { kode: "b", nama: "B", rate: r(10) }] };
    const now = { ...prev, diambil: "2026-11-12", total: r(18), baris: [{ kode: "b", nama: "B", rate: r(12) }, { kode: "c", nama: "C", rate: r(5) }] };
    const d = snapshotDelta(prev, now)!;
    expect(d.total.arah).toBe("membaik");
    expect(d.baris.map((x) => [x.kode, x.arah])).toEqual([["b", "memburuk"], ["c", null]]);
    expect(snapshotDelta({ ...prev, indikator: { id: "d_s", label: "D/S", polaritas: "naik-baik" } }, now)).toBeNull();
  });
  it("reads only valid snapshots back", () => {
    expect(readSnapshot(JSON.stringify(EMPTY_SNAPSHOT("x")))?.versi).toBe(1);
    expect(readSnapshot("{bukan json")).toBeNull();
    expect(readSnapshot(JSON.stringify({ versi: 2 }))).toBeNull();
    expect(readSnapshot(null)).toBeNull();
  });
});
