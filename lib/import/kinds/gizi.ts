// gizi: nutrition-status counts of one posyandu for a measurement period and
// source; key posyandu + periode + sumber (routine and survey never mix).
import { parseCount, parsePeriod, parseText } from "../cells";
import { checkDuplicateKeys, type ParsedRow } from "../columns";
import type { ImportKindDef } from "../kind";
import { bulkPrepared, planBulk } from "../bulk-upsert";
import { NUTRITION_AGGREGATE, NUTRITION_COLUMNS } from "../bulk-sql";
import type { SqlValue } from "../../rollup/sql";
import { posyanduByCode } from "../../queries/import";
import { isMeasurementMonth } from "../../period";

const SOURCES = { eppgbm: "EPPGBM", manual: "SIP", survei: "SURVEI" } as const;
type Values = {
  kode_posyandu: string; periode: string; sumber: keyof typeof SOURCES;
  diukur_tb: number; sangat_pendek: number; pendek: number; diukur_bb_tb: number; gizi_buruk: number; gizi_kurang: number;
  diukur_bb: number; bb_sangat_kurang: number; bb_kurang: number;
};

const count = (name: string, help: string, example: string) => ({ name, required: true, help, example, parse: parseCount });

export const gizi: ImportKindDef = {
  id: "gizi",
  dbKind: "GIZI",
  label: "Status gizi balita (agregat)",
  sheet: "gizi",
  keyLabel: "kode_posyandu + periode + sumber",
  columns: [
    { name: "kode_posyandu", required: true, help: "Kode posyandu yang sudah terdaftar", example: "P187201100101", parse: (r) => parseText(r, 50) },
    { name: "periode", required: true, help: "Bulan pengukuran, TTTT-BB (biasanya Februari atau Agustus)", example: "2026-08", parse: parsePeriod },
    {
      name: "sumber", required: true, help: "eppgbm, manual (rekap SIP) atau survei", example: "eppgbm",
      parse: (r) => (r.trim().toLowerCase() in SOURCES ? { ok: true, value: r.trim().toLowerCase() } : { ok: false, message: `sumber "${r}" harus eppgbm, manual atau survei` }),
    },
    count("diukur_tb", "Balita diukur tinggi/panjang badan dengan status TB/U sah", "70"),
    count("sangat_pendek", "TB/U sangat pendek (< −3 SD)", "3"),
    count("pendek", "TB/U pendek (−3 s.d. < −2 SD)", "8"),
    count("diukur_bb_tb", "Balita dengan status BB/TB sah", "70"),
    count("gizi_buruk", "BB/TB gizi buruk (< −3 SD)", "1"),
    count("gizi_kurang", "BB/TB gizi kurang (−3 s.d. < −2 SD)", "4"),
    count("diukur_bb", "Balita dengan status BB/U sah", "72"),
    count("bb_sangat_kurang", "BB/U berat badan sangat kurang (< −3 SD)", "2"),
    count("bb_kurang", "BB/U berat badan kurang (−3 s.d. < −2 SD)", "7"),
  ],
  async prepare(rows, ctx, issues) {
    const values = rows as (ParsedRow & { values: Values })[];
    checkDuplicateKeys(rows, (r) => `${r.values.kode_posyandu}/${r.values.periode}/${r.values.sumber}`, "posyandu/periode/sumber", issues);
    const posyandu = await posyanduByCode(ctx.client, ctx.viewer, values.map((r) => r.values.kode_posyandu));
    const staged: SqlValue[][] = [];
    for (const { line, values: v } of values) {
      const p = posyandu.get(v.kode_posyandu);
      if (!p) {
        issues.error(line, "kode_posyandu", `kode posyandu ${v.kode_posyandu} tidak ada atau di luar wilayah Anda`);
        continue;
      }
      if (v.periode > ctx.today.slice(0, 7)) issues.error(line, "periode", `periode ${v.periode} belum terjadi`);
      if (!isMeasurementMonth(v.periode)) issues.warning(line, "periode", `${v.periode} bukan bulan penimbangan (Februari/Agustus)`);
      const within = (parts: [string, number][], total: string, n: number) => {
        const sum = parts.reduce((s, [, x]) => s + x, 0);
        if (sum > n) issues.error(line, parts.map(([c]) => c).join("+"), `${parts.map(([c]) => c).join(" + ")} (${sum}) lebih besar dari ${total} (${n})`);
      };
      within([["sangat_pendek", v.sangat_pendek], ["pendek", v.pendek]], "diukur_tb", v.diukur_tb);
      within([["gizi_buruk", v.gizi_buruk], ["gizi_kurang", v.gizi_kurang]], "diukur_bb_tb", v.diukur_bb_tb);
      within([["bb_sangat_kurang", v.bb_sangat_kurang], ["bb_kurang", v.bb_kurang]], "diukur_bb", v.diukur_bb);
      staged.push([
        p.id, v.periode, SOURCES[v.sumber], v.diukur_tb, v.sangat_pendek, v.pendek, v.diukur_bb_tb, v.gizi_buruk, v.gizi_kurang, v.diukur_bb, v.bb_sangat_kurang, v.bb_kurang,
      ]);
    }
    return bulkPrepared(await planBulk(ctx.sql, NUTRITION_AGGREGATE, NUTRITION_COLUMNS, staged));
  },
};
