// laporan-bulanan: the monthly SKDN recap of one posyandu (SIP), key posyandu + periode.
import { parseBoolean, parseCount, parsePeriod, parseText } from "../cells";
import { checkDuplicateKeys, keptColumns, type ParsedRow } from "../columns";
import type { ImportContext, ImportKindDef } from "../kind";
import { checkSkdn } from "../../validations/skdn";
import { bulkPrepared, openStage } from "../bulk-upsert";
import { MONTHLY_REPORT } from "../bulk-sql";
import type { SqlValue } from "../../rollup/sql";
import { posyanduByCode } from "../../queries/import";

/** Rows checked between two appends to the staging table. */
const STAGE_EVERY = 20_000;
/** The file's values in the order the audit's after-image lists them (the order the row-by-row writer used). */
const DATA_COLUMNS = ["period", "opened", "kaderOnDuty", "s", "k", "d", "n", "o", "b", "bgm", "t2", "qualityFlags"] as const;

type Values = { kode_posyandu: string; periode: string; buka: boolean; kader_bertugas: number | null; s: number | null; k: number | null; d: number | null; n: number | null; o: number | null; b: number | null; bgm: number | null; t2: number | null };

const count = (name: string, column: string, help: string, example: string, aliases: string[] = []) => ({ name, required: false, help, example, parse: parseCount, column, aliases });

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
    count("kader_bertugas", "kaderOnDuty", "Jumlah kader yang bertugas pada hari buka", "6"),
    count("s", "s", "S: jumlah balita di wilayah posyandu", "85"),
    count("k", "k", "K: balita yang memiliki KMS/buku KIA (≤ S)", "80"),
    count("d", "d", "D: balita yang ditimbang bulan ini", "64"),
    count("n", "n", "N: balita yang naik berat badannya (≤ D − O − B)", "50"),
    count("o", "o", "O: ditimbang bulan ini tetapi tidak bulan lalu (bagian dari D; N/D dihitung atas D − O − B)", "4"),
    count("b", "b", "B: baru pertama kali ditimbang (bagian dari D)", "2"),
    count("bgm", "bgm", "BGM: balita di bawah garis merah (≤ D)", "1"),
    count("t2", "t2", "2T: balita tidak naik dua kali berturut-turut (≤ D); judul kolom t2 atau 2T", "2", ["2t"]),
  ],
  async prepare(rows, ctx, issues) {
    const values = rows as (ParsedRow & { values: Values })[];
    const codes = new Set<string>();
    for (const r of values) codes.add(r.values.kode_posyandu);
    const posyandu = await posyanduByCode(ctx.client, ctx.viewer, [...codes]);
    // A posyandu's id and the month as one number ((year − 2000) × 12 + month < 2^17 for a four-digit year):
    // a 1M-row file's keys as text would be ≈ 60 MB more. Codes not found keep a text key.
    const key = (v: Values) => {
      const p = posyandu.get(v.kode_posyandu);
      return p ? p.id * 131_072 + (Number(v.periode.slice(0, 4)) - 2000) * 12 + Number(v.periode.slice(5, 7)) : `${v.kode_posyandu}/${v.periode}`;
    };
    checkDuplicateKeys(rows, (r) => key(r.values as Values), "posyandu/periode", issues, (r) => `${r.values.kode_posyandu}/${r.values.periode}`);
    // A count column the file lacks keeps its stored value: the checks (N ≤ D, K ≤ S, the D > S flag) must judge the
    // row as it will be stored, so the stored counts of those columns are read first (only then).
    const kept = KEPT_COUNTS.filter(([name]) => ctx.absent.has(name));
    const keptNames = kept.map(([name]) => name).join(", ");
    const stored = kept.length ? await storedCounts(ctx, [...posyandu.values()].map((p) => p.id), new Set(values.map((r) => r.values.periode))) : null;
    const stage = await openStage(ctx.sql, MONTHLY_REPORT, DATA_COLUMNS);
    let staged: SqlValue[][] = [];
    for (let at = 0; at < values.length; at++) {
      const r = values[at]!;
      // The rows are handed over: each is released once staged (a 1M-row file must not be held twice).
      (values as unknown[])[at] = undefined;
      const v = r.values;
      const p = posyandu.get(v.kode_posyandu);
      if (!p) {
        issues.error(r.line, "kode_posyandu", `kode posyandu ${v.kode_posyandu} tidak ada atau di luar wilayah Anda`);
        continue;
      }
      const old = stored?.get(`${p.id}|${v.periode}`);
      const m = { ...v };
      for (const [name, column] of kept) (m as Record<string, unknown>)[name] = old ? old[column] : null;
      const check = checkSkdn({ period: m.periode, opened: m.buka, kaderOnDuty: m.kader_bertugas, s: m.s, k: m.k, d: m.d, n: m.n, o: m.o, b: m.b, bgm: m.bgm, t2: m.t2 }, ctx.today);
      for (const e of check.errors) issues.error(r.line, e.field, old ? `${e.message} (dengan nilai tersimpan ${keptNames}, yang kolomnya tidak ada di berkas)` : e.message);
      // "S kosong" is about an empty cell; a file without an S column keeps the stored S (warned once, above).
      for (const w of check.warnings) if (!(w.field === "s" && v.s === null && ctx.absent.has("s"))) issues.warning(r.line, w.field, w.message);
      staged.push([p.id, v.periode, v.buka, v.kader_bertugas, v.s, v.k, v.d, v.n, v.o, v.b, v.bgm, v.t2, check.qualityFlags]);
      if (staged.length === STAGE_EVERY) {
        await stage.add(staged);
        staged = [];
      }
    }
    await stage.add(staged);
    return bulkPrepared(await stage.plan({ source: "IMPOR" }, keptColumns(laporanBulanan.columns, ctx.absent)));
  },
};

type Counts = Record<"kaderOnDuty" | "s" | "k" | "d" | "n" | "o" | "b" | "bgm" | "t2", number | null>;
/** The template's count columns and their stored columns. */
const KEPT_COUNTS = [["kader_bertugas", "kaderOnDuty"], ["s", "s"], ["k", "k"], ["d", "d"], ["n", "n"], ["o", "o"], ["b", "b"], ["bgm", "bgm"], ["t2", "t2"]] as const;

/** The stored counts of these posyandu in these months, by "posyanduId|period". */
async function storedCounts(ctx: ImportContext, posyanduIds: number[], periods: Set<string>): Promise<Map<string, Counts>> {
  const out = new Map<string, Counts>();
  for (let i = 0; i < posyanduIds.length; i += 500) {
    const rows = await ctx.client.monthlyReport.findMany({
      where: { posyanduId: { in: posyanduIds.slice(i, i + 500) }, period: { in: [...periods] } },
      select: { posyanduId: true, period: true, kaderOnDuty: true, s: true, k: true, d: true, n: true, o: true, b: true, bgm: true, t2: true },
    });
    for (const { posyanduId, period, ...c } of rows) out.set(`${posyanduId}|${period}`, c);
  }
  return out;
}
