// Posyandu Aktif for one posyandu-year (RPJMN 2020–24 definition, domain.md §1),
// mapped to our data as documented in docs/indicators.md. Pure.
import type { StrataMonth, StrataProfile } from "./strata";

export type AktifRule = {
  minHariBuka: number;
  minKaderSk: number;
  minLayananTercapai: number;
  minCakupanPersen: number;
  /** Months in which D/S must reach minCakupanPersen for the gizi service to count. */
  minBulanGizi: number;
};

export const AKTIF_2020: AktifRule = { minHariBuka: 8, minKaderSk: 5, minLayananTercapai: 3, minCakupanPersen: 50, minBulanGizi: 8 };

export type AktifInput = {
  months: StrataMonth[];
  profile: (StrataProfile & { alatUkurLengkap: boolean | null }) | null;
  /** Kader with an SK (appointment letter) serving during the year. */
  kaderSk: number;
};

export type AktifResult = { aktif: boolean; kriteria: { hariBuka: boolean; kaderSk: boolean; layanan: boolean; alatUkur: boolean; kegiatanTambahan: boolean }; layananTercapai: number; kurang: string[] };

/**
 * What the criteria read from a year's months: the open months, and the open months whose D/S reached the
 * rule's minCakupanPersen (set-based rebuilds count both in SQL).
 */
export type AktifTotals = { bulanBuka: number; bulanGizi: number; profile: AktifInput["profile"]; kaderSk: number };

/** All five criteria must hold; `kurang` names each that does not, in Indonesian. */
export function computeAktif(input: AktifInput, rule: AktifRule = AKTIF_2020): AktifResult {
  const open = input.months.filter((m) => m.opened);
  const bulanGizi = open.filter((m) => m.s !== null && m.d !== null && m.s > 0 && (100 * m.d) / m.s >= rule.minCakupanPersen).length;
  return aktifOf({ bulanBuka: open.length, bulanGizi, profile: input.profile, kaderSk: input.kaderSk }, rule);
}

/** computeAktif from the year's totals. */
export function aktifOf(input: AktifTotals, rule: AktifRule = AKTIF_2020): AktifResult {
  const p = input.profile;
  const services = [input.bulanGizi >= rule.minBulanGizi, (p?.cakupanKia ?? -1) >= rule.minCakupanPersen, (p?.cakupanKb ?? -1) >= rule.minCakupanPersen, (p?.cakupanImunisasi ?? -1) >= rule.minCakupanPersen];
  const layananTercapai = services.filter(Boolean).length;
  const kriteria = {
    hariBuka: input.bulanBuka >= rule.minHariBuka,
    kaderSk: input.kaderSk >= rule.minKaderSk,
    layanan: layananTercapai >= rule.minLayananTercapai,
    alatUkur: p?.alatUkurLengkap === true,
    kegiatanTambahan: p?.programTambahan === true,
  };
  const kurang: string[] = [];
  if (!kriteria.hariBuka) kurang.push(`buka ${input.bulanBuka} bulan < ${rule.minHariBuka}`);
  if (!kriteria.kaderSk) kurang.push(`kader ber-SK ${input.kaderSk} < ${rule.minKaderSk}`);
  if (!kriteria.layanan) kurang.push(`layanan tercapai ${layananTercapai} dari 4 < ${rule.minLayananTercapai}`);
  if (!kriteria.alatUkur) kurang.push(p?.alatUkurLengkap === false ? "alat ukur belum lengkap" : "kelengkapan alat ukur belum diisi");
  if (!kriteria.kegiatanTambahan) kurang.push(p?.programTambahan === false ? "belum ada kegiatan tambahan" : "kegiatan tambahan belum diisi");
  return { aktif: kurang.length === 0, kriteria, layananTercapai, kurang };
}
