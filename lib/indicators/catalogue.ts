// The indicator catalogue: one entry per id used by the engine, the CLI, the API
// and the UI, with what is counted, the period grain, the source and polarity.
// docs/indicators.md renders this table (npm run docs:indikator).
import type { Polarity } from "./change";

export type IndicatorDef = {
  id: string;
  label: string;
  pembilang: string;
  penyebut: string;
  periode: "bulan" | "penimbangan" | "tahun" | "saat ini";
  sumber: string;
  polaritas: Polarity;
  /** Reference threshold from the domain brief, where one exists (percent). */
  acuan?: { nilai: number; keterangan: string };
};

export const INDICATORS: IndicatorDef[] = [
  { id: "d_s", label: "D/S (partisipasi penimbangan)", pembilang: "ΣD (balita ditimbang)", penyebut: "ΣS (balita di wilayah), posyandu yang melapor", periode: "bulan", sumber: "laporan bulanan (SIP)", polaritas: "naik-baik", acuan: { nilai: 80, keterangan: "SPM/Renstra lama 80–85% [U]; uji Posyandu Aktif ≥ 50%" } },
  { id: "k_s", label: "K/S (kepemilikan KMS/buku KIA)", pembilang: "ΣK", penyebut: "ΣS", periode: "bulan", sumber: "laporan bulanan (SIP)", polaritas: "naik-baik", acuan: { nilai: 100, keterangan: "[U]" } },
  { id: "n_d", label: "N/D (naik berat badan)", pembilang: "ΣN (berat badan naik)", penyebut: "Σ(D − O − B): balita ditimbang yang dapat dinilai (tanpa O: tidak ditimbang bulan lalu, B: baru pertama kali); laporan tanpa O/B memakai D", periode: "bulan", sumber: "laporan bulanan (SIP)", polaritas: "naik-baik", acuan: { nilai: 80, keterangan: "sekitar 80% [U]" } },
  { id: "bgm_d", label: "BGM/D", pembilang: "ΣBGM", penyebut: "ΣD", periode: "bulan", sumber: "laporan bulanan (SIP)", polaritas: "turun-baik" },
  { id: "t2_d", label: "2T/D", pembilang: "Σ2T", penyebut: "ΣD", periode: "bulan", sumber: "laporan bulanan (SIP)", polaritas: "turun-baik" },
  { id: "kelengkapan_laporan", label: "Kelengkapan laporan", pembilang: "posyandu yang melapor (baris ada)", penyebut: "posyandu aktif", periode: "bulan", sumber: "laporan bulanan", polaritas: "naik-baik" },
  { id: "posyandu_buka", label: "Posyandu buka", pembilang: "posyandu yang buka", penyebut: "posyandu aktif", periode: "bulan", sumber: "laporan bulanan", polaritas: "naik-baik" },
  { id: "stunting", label: "Prevalensi stunting", pembilang: "Σ(sangat pendek + pendek)", penyebut: "Σ balita diukur TB/U", periode: "penimbangan", sumber: "e-PPGBM / manual / survei (terpisah)", polaritas: "turun-baik" },
  { id: "stunting_berat", label: "Stunting berat (sangat pendek)", pembilang: "Σ sangat pendek", penyebut: "Σ diukur TB/U", periode: "penimbangan", sumber: "e-PPGBM / manual / survei", polaritas: "turun-baik" },
  { id: "wasting", label: "Wasting (gizi kurang + buruk)", pembilang: "Σ(gizi buruk + gizi kurang)", penyebut: "Σ diukur BB/TB", periode: "penimbangan", sumber: "e-PPGBM / manual / survei", polaritas: "turun-baik" },
  { id: "underweight", label: "Underweight (BB kurang + sangat kurang)", pembilang: "Σ(BB sangat kurang + BB kurang)", penyebut: "Σ diukur BB/U", periode: "penimbangan", sumber: "e-PPGBM / manual / survei", polaritas: "turun-baik" },
  { id: "posyandu_kader_cukup", label: "Posyandu dengan ≥ 5 kader aktif", pembilang: "posyandu dengan ≥ 5 kader aktif", penyebut: "posyandu aktif", periode: "saat ini", sumber: "data kader", polaritas: "naik-baik", acuan: { nilai: 100, keterangan: "minimal 5 kader per posyandu" } },
  { id: "kader_terlatih", label: "Kader terlatih dasar", pembilang: "kader aktif dengan pelatihan dasar", penyebut: "kader aktif", periode: "saat ini", sumber: "data kader", polaritas: "naik-baik" },
  { id: "purnama_mandiri", label: "Posyandu Purnama + Mandiri", pembilang: "posyandu Purnama atau Mandiri", penyebut: "posyandu yang dinilai", periode: "tahun", sumber: "laporan bulanan + profil tahunan", polaritas: "naik-baik" },
  { id: "posyandu_aktif", label: "Posyandu Aktif", pembilang: "posyandu memenuhi 5 kriteria", penyebut: "posyandu yang dinilai", periode: "tahun", sumber: "laporan bulanan + profil tahunan + kader ber-SK", polaritas: "naik-baik", acuan: { nilai: 80, keterangan: "kecamatan/kota dengan ≥ 80% posyandu aktif" } },
];

/** The definition of `id`, or undefined. */
export function indicatorDef(id: string): IndicatorDef | undefined {
  return INDICATORS.find((d) => d.id === id);
}
