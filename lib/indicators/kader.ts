// Kader indicators from per-posyandu counts: active kader, kader per posyandu,
// posyandu with at least 5 active kader, trained share, level distribution. Pure.
import { rate, type Rate } from "./rate";

export type KaderCounts = {
  posyanduAktif: number;
  kaderAktif: number;
  /** Posyandu whose active kader number at least the minimum (5). */
  posyanduKaderCukup: number;
  kaderTerlatih: number;
  purwa: number;
  madya: number;
  utama: number;
};

export const ZERO_KADER: KaderCounts = { posyanduAktif: 0, kaderAktif: 0, posyanduKaderCukup: 0, kaderTerlatih: 0, purwa: 0, madya: 0, utama: 0 };

export const MIN_KADER = 5;

export type KaderOfPosyandu = { trained: boolean; level: "PURWA" | "MADYA" | "UTAMA" | null };

/** Counts of one active posyandu from its active kader. */
export function kaderCountsOf(kader: readonly KaderOfPosyandu[], minKader = MIN_KADER): KaderCounts {
  return {
    posyanduAktif: 1,
    kaderAktif: kader.length,
    posyanduKaderCukup: kader.length >= minKader ? 1 : 0,
    kaderTerlatih: kader.filter((k) => k.trained).length,
    purwa: kader.filter((k) => k.level === "PURWA").length,
    madya: kader.filter((k) => k.level === "MADYA").length,
    utama: kader.filter((k) => k.level === "UTAMA").length,
  };
}

export type KaderIndicators = {
  posyandu_kader_cukup: Rate;
  kader_terlatih: Rate;
  /** Kader per posyandu is a ratio, not a percentage: nilai = kaderAktif / posyanduAktif. */
  kader_per_posyandu: { pembilang: number; penyebut: number; nilai: number | null; n: number; tidak_ada_data: boolean };
  level: { purwa: number; madya: number; utama: number; belum: number };
};

export function kaderIndicators(c: KaderCounts): KaderIndicators {
  return {
    posyandu_kader_cukup: rate(c.posyanduKaderCukup, c.posyanduAktif),
    kader_terlatih: rate(c.kaderTerlatih, c.kaderAktif),
    kader_per_posyandu: {
      pembilang: c.kaderAktif,
      penyebut: c.posyanduAktif,
      nilai: c.posyanduAktif > 0 ? c.kaderAktif / c.posyanduAktif : null,
      n: c.posyanduAktif,
      tidak_ada_data: c.posyanduAktif === 0,
    },
    level: { purwa: c.purwa, madya: c.madya, utama: c.utama, belum: c.kaderAktif - c.purwa - c.madya - c.utama },
  };
}
