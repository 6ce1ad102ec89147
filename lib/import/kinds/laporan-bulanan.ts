// laporan-bulanan: the monthly SKDN recap of one posyandu (SIP), key posyandu + periode.
import { parseBoolean, parseCount, parsePeriod, parseText } from "../cells";
import { checkDuplicateKeys, type ParsedRow } from "../columns";
import type { ImportKindDef } from "../kind";
import { planCounts, planUpserts, writePlan, type Resolved } from "../plan";
import { existingReports, posyanduByCode } from "../../queries/import";

type Values = { kode_posyandu: string; periode: string; buka: boolean; kader_bertugas: number | null; s: number | null; k: number | null; d: number | null; n: number | null; bgm: number | null; t2: number | null };

const count = (name: string, help: string, example: string, required = false) => ({ name, required, help, example, parse: parseCount });

/** SKDN logic per row: impossible combinations are errors; D > S is a flagged warning (visiting balita are weighed too). */
function checkRow(v: Values, line: number, today: string, issues: Parameters<ImportKindDef["prepare"]>[2]): string | null {
  let flags: string | null = null;
  if (v.periode > today.slice(0, 7)) issues.error(line, "periode", `periode ${v.periode} belum terjadi`);
  const le = (a: number | null, b: number | null, an: string, bn: string) => {
    if (a !== null && b !== null && a > b) issues.error(line, an, `${an.toUpperCase()} (${a}) lebih besar dari ${bn.toUpperCase()} (${b})`);
  };
  le(v.k, v.s, "k", "s");
  le(v.n, v.d, "n", "d");
  le(v.bgm, v.d, "bgm", "d");
  le(v.t2, v.d, "t2", "d");
  if (v.d !== null && v.s !== null && v.d > v.s) {
    issues.warning(line, "d", `D (${v.d}) lebih besar dari S (${v.s}); disimpan dengan tanda mutu data D_GT_S`);
    flags = "D_GT_S";
  }
  if (!v.buka && (v.d ?? 0) > 0) issues.error(line, "d", "posyandu tercatat tidak buka tetapi D lebih dari 0");
  if (v.buka && v.s === null) issues.warning(line, "s", "S kosong: D/S bulan ini tidak dapat dihitung");
  return flags;
}

export const laporanBulanan: ImportKindDef = {
  id: "laporan-bulanan",
  dbKind: "LAPORAN_BULANAN",
  label: "Laporan bulanan (SKDN)",
  sheet: "laporan-bulanan",
  keyLabel: "kode_posyandu + periode",
  columns: [
    { name: "kode_posyandu", required: true, help: "Kode posyandu yang sudah terdaftar", example: "P187201100101", parse: (r) => parseText(r, 50) },
    { name: "periode", required: true, help: "Bulan laporan, TTTT-BB", example: "2026-08", parse: parsePeriod },
    { name: "buka", required: true, help: "Posyandu buka bulan itu: ya/tidak", example: "ya", parse: parseBoolean },
    count("kader_bertugas", "Jumlah kader yang bertugas pada hari buka", "6"),
    count("s", "S: jumlah balita di wilayah posyandu", "85"),
    count("k", "K: balita yang memiliki KMS/buku KIA (≤ S)", "80"),
    count("d", "D: balita yang ditimbang bulan ini", "64"),
    count("n", "N: balita yang naik berat badannya (≤ D)", "50"),
    count("bgm", "BGM: balita di bawah garis merah (≤ D)", "1"),
    count("t2", "2T: balita tidak naik dua kali berturut-turut (≤ D)", "2"),
  ],
  async prepare(rows, ctx, issues) {
    const values = rows as (ParsedRow & { values: Values })[];
    checkDuplicateKeys(rows, (r) => `${r.values.kode_posyandu}/${r.values.periode}`, "posyandu/periode", issues);
    const posyandu = await posyanduByCode(ctx.client, ctx.viewer, values.map((r) => r.values.kode_posyandu));
    const resolved: Resolved[] = [];
    for (const r of values) {
      const v = r.values;
      const p = posyandu.get(v.kode_posyandu);
      if (!p) {
        issues.error(r.line, "kode_posyandu", `kode posyandu ${v.kode_posyandu} tidak ada atau di luar wilayah Anda`);
        continue;
      }
      const qualityFlags = checkRow(v, r.line, ctx.today, issues);
      resolved.push({
        key: `${p.id}|${v.periode}`,
        posyanduId: p.id,
        data: { period: v.periode, opened: v.buka, kaderOnDuty: v.kader_bertugas, s: v.s, k: v.k, d: v.d, n: v.n, bgm: v.bgm, t2: v.t2, qualityFlags },
      });
    }
    const existing = await existingReports(ctx.client, resolved.map((r) => r.posyanduId), resolved.map((r) => r.data.period as string));
    const plan = planUpserts(resolved, existing, (e) => `${e.posyanduId}|${e.period}`);
    return {
      counts: planCounts(plan),
      write: (tx, batchId, userId) => writePlan(tx, "monthlyReport", plan, { source: "IMPOR", importBatchId: batchId, enteredById: userId }, userId),
    };
  },
};
