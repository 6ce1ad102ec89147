// profil-tahunan: yearly telaah kemandirian inputs of one posyandu; key posyandu + tahun.
import { parseBoolean, parsePercent, parseText, parseYear } from "../cells";
import { checkDuplicateKeys, keptColumns, type ParsedRow } from "../columns";
import type { ImportKindDef } from "../kind";
import { bulkPrepared, planBulk } from "../bulk-upsert";
import { ANNUAL_PROFILE } from "../bulk-sql";
import type { SqlValue } from "../../rollup/sql";

/** The file's values in the order the audit's after-image lists them. */
const PROFILE_COLUMNS = ["year", "cakupanKia", "cakupanKb", "cakupanImunisasi", "programTambahan", "danaSehat", "alatUkurLengkap"] as const;
import { posyanduByCode } from "../../queries/import";

type Values = {
  kode_posyandu: string; tahun: number; cakupan_kia: number | null; cakupan_kb: number | null; cakupan_imunisasi: number | null;
  program_tambahan: boolean | null; dana_sehat: number | null; alat_ukur_lengkap: boolean | null;
};

const percent = (name: string, column: string, help: string, example: string) => ({ name, required: false, help, example, parse: parsePercent, column });

export const profilTahunan: ImportKindDef = {
  id: "profil-tahunan",
  dbKind: "PROFIL_TAHUNAN",
  label: "Profil tahunan posyandu (telaah kemandirian)",
  sheet: "profil-tahunan",
  keyLabel: "kode_posyandu + tahun",
  columns: [
    { name: "kode_posyandu", required: true, help: "Kode posyandu yang sudah terdaftar", example: "P187201100101", parse: (r) => parseText(r, 50) },
    { name: "tahun", required: true, help: "Tahun telaah, 4 angka", example: "2026", parse: parseYear },
    percent("cakupan_kia", "cakupanKia", "Cakupan kumulatif KIA setahun, persen 0–100", "72,5"),
    percent("cakupan_kb", "cakupanKb", "Cakupan kumulatif KB setahun, persen 0–100", "65"),
    percent("cakupan_imunisasi", "cakupanImunisasi", "Cakupan kumulatif imunisasi setahun, persen 0–100", "88"),
    { name: "program_tambahan", required: false, help: "Ada program tambahan (ya/tidak)", example: "ya", parse: parseBoolean, column: "programTambahan" },
    percent("dana_sehat", "danaSehat", "Persentase KK yang ikut dana sehat, 0–100", "55"),
    { name: "alat_ukur_lengkap", required: false, help: "Alat timbang/ukur lengkap (ya/tidak)", example: "ya", parse: parseBoolean, column: "alatUkurLengkap" },
  ],
  async prepare(rows, ctx, issues) {
    const values = rows as (ParsedRow & { values: Values })[];
    checkDuplicateKeys(rows, (r) => `${r.values.kode_posyandu}/${r.values.tahun}`, "posyandu/tahun", issues);
    const posyandu = await posyanduByCode(ctx.client, ctx.viewer, values.map((r) => r.values.kode_posyandu));
    const thisYear = Number(ctx.today.slice(0, 4));
    const staged: SqlValue[][] = [];
    for (const { line, values: v } of values) {
      const p = posyandu.get(v.kode_posyandu);
      if (!p) {
        issues.error(line, "kode_posyandu", `kode posyandu ${v.kode_posyandu} tidak ada atau di luar wilayah Anda`);
        continue;
      }
      if (v.tahun > thisYear) issues.error(line, "tahun", `tahun ${v.tahun} belum terjadi`);
      if (v.tahun < 2000) issues.error(line, "tahun", `tahun ${v.tahun} terlalu lama`);
      staged.push([p.id, v.tahun, v.cakupan_kia, v.cakupan_kb, v.cakupan_imunisasi, v.program_tambahan, v.dana_sehat, v.alat_ukur_lengkap]);
    }
    return bulkPrepared(await planBulk(ctx.sql, ANNUAL_PROFILE, PROFILE_COLUMNS, staged, {}, keptColumns(profilTahunan.columns, ctx.absent)));
  },
};
