// Rule-based Indonesian paragraph about one kelurahan for the meeting (no AI):
// every sentence comes from one fact the indicator engine produced, so each
// can be traced to a figure on another page. Pure.
import { formatDecimal, formatInt } from "../format";
import type { RateLite } from "./snapshot";

export type NarrativeFacts = {
  nama: string;
  /** Stunting now and at the comparison point ("rapat 12 Mei 2026" or "Februari 2026"). */
  stunting: { kini: RateLite | null; dulu: RateLite | null; sejak: string | null; periode: string | null };
  posyandu: number;
  /** Pratama posyandu and how many of them fall short on kader (average < 5) or on opening months. */
  pratama: { jumlah: number; karenaKader: number; karenaBuka: number };
  /** Active posyandu with fewer than 5 active kader. */
  kaderKurang: number;
  /** Posyandu without a report for the month. */
  laporan: { bulan: string; belum: number };
};

const poin = (v: number) => `${formatDecimal(Math.abs(v))} poin`;

function stuntingSentence(s: NarrativeFacts["stunting"]): string | null {
  const now = s.kini;
  if (!now || now.nilai === null) return s.periode ? `Belum ada data stunting untuk ${s.periode}.` : null;
  const base = `(n = ${formatInt(now.n)})`;
  const caution = now.n_kecil ? " Jumlah balita yang diukur kecil; baca dengan hati-hati." : "";
  const then = s.dulu?.nilai;
  if (then === null || then === undefined || !s.sejak) return `Prevalensi stunting ${formatDecimal(now.nilai)}% ${base}${s.periode ? ` pada ${s.periode}` : ""}.${caution}`;
  const diff = now.nilai - then;
  if (Math.abs(diff) < 0.05) return `Prevalensi stunting tetap ${formatDecimal(now.nilai)}% sejak ${s.sejak} ${base}.${caution}`;
  return `Prevalensi stunting ${diff < 0 ? "turun" : "naik"} ${poin(diff)} sejak ${s.sejak}, menjadi ${formatDecimal(now.nilai)}% ${base}.${caution}`;
}

function strataSentence(f: NarrativeFacts): string | null {
  if (f.posyandu === 0) return "Belum ada posyandu aktif terdaftar.";
  const p = f.pratama;
  if (p.jumlah === 0) return `Tidak ada posyandu Pratama dari ${formatInt(f.posyandu)} posyandu.`;
  const why = p.karenaKader > 0 && p.karenaBuka > 0 ? "rata-rata kader < 5 atau buka kurang dari 8 bulan" : p.karenaKader > 0 ? "rata-rata kader < 5" : p.karenaBuka > 0 ? "buka kurang dari 8 bulan" : "syarat Madya belum terpenuhi";
  return `${formatInt(p.jumlah)} dari ${formatInt(f.posyandu)} posyandu masih Pratama karena ${why}.`;
}

/** The paragraph's sentences, in a fixed order: stunting, strata, kader, reports. */
export function narrativeSentences(f: NarrativeFacts): string[] {
  const out: (string | null)[] = [
    stuntingSentence(f.stunting),
    strataSentence(f),
    f.kaderKurang > 0 ? `${formatInt(f.kaderKurang)} posyandu memiliki kader aktif kurang dari 5.` : null,
    f.posyandu === 0 ? null : f.laporan.belum > 0 ? `Laporan ${f.laporan.bulan} belum masuk dari ${formatInt(f.laporan.belum)} posyandu.` : `Laporan ${f.laporan.bulan} sudah masuk dari semua posyandu.`,
  ];
  return out.filter((s): s is string => s !== null);
}
