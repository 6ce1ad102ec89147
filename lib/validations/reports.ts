// zod schemas and pure rules of the data-entry forms (monthly SKDN grid,
// nutrition aggregate, annual profile), shared by the pages, the actions and
// the tests. Form values arrive as strings; tests may pass numbers.
import { z } from "./z";
import { addMonths, isMeasurementMonth } from "../period";
import { periodSchema } from "./period";
import type { SkdnProblem } from "./skdn";

/** Today as YYYY-MM-DD in WIB: "the future" for periods is judged on the posyandu's calendar, not the server's. */
export { todayJakarta as todayInJakarta } from "./posyandu";

const raw = z.union([z.string(), z.number(), z.null(), z.undefined()]);

/** A count: blank → null, otherwise a whole number 0–1.000.000. */
const optionalCount = raw.transform((v, ctx) => {
  const s = v === null || v === undefined ? "" : String(v).trim();
  if (s === "") return null;
  if (!/^\d+$/.test(s)) {
    ctx.addIssue({ code: "custom", message: "isi bilangan bulat 0 atau lebih" });
    return z.NEVER;
  }
  const n = Number(s);
  if (n > 1_000_000) {
    ctx.addIssue({ code: "custom", message: "angka terlalu besar" });
    return z.NEVER;
  }
  return n;
});

const requiredCount = optionalCount.transform((n, ctx) => {
  if (n === null) {
    ctx.addIssue({ code: "custom", message: "wajib diisi (isi 0 bila tidak ada)" });
    return z.NEVER;
  }
  return n;
});

/** A percentage 0–100 with decimal comma or point ("72,5"); blank → null. */
const optionalPercent = raw.transform((v, ctx) => {
  const s = v === null || v === undefined ? "" : String(v).trim().replace(/\s*%$/, "").replace(",", ".");
  if (s === "") return null;
  if (!/^\d+(\.\d+)?$/.test(s) || Number(s) > 100) {
    ctx.addIssue({ code: "custom", message: "isi angka 0–100, koma desimal boleh (misalnya 72,5)" });
    return z.NEVER;
  }
  return Number(s);
});

/** ya / tidak / blank (not answered yet). */
const optionalYesNo = z.union([z.boolean(), raw]).transform((v, ctx) => {
  if (typeof v === "boolean") return v;
  const s = v === null || v === undefined ? "" : String(v).trim().toLowerCase();
  if (s === "") return null;
  if (s === "ya" || s === "tidak") return s === "ya";
  ctx.addIssue({ code: "custom", message: "pilih ya atau tidak" });
  return z.NEVER;
});

const posyanduId = z.coerce.number({ message: "posyandu tidak valid" }).int().positive("posyandu tidak valid");

// ───────────── Monthly SKDN grid ─────────────

/** Count columns of the grid, in display (and Tab) order; names match checkSkdn's fields. */
export const GRID_FIELDS = ["kader_bertugas", "s", "k", "d", "n", "o", "b", "bgm", "t2"] as const;
export type GridField = (typeof GRID_FIELDS)[number];
export const GRID_LABELS: Record<GridField | "buka", string> = { buka: "Buka", kader_bertugas: "Kader", s: "S", k: "K", d: "D", n: "N", o: "O", b: "B", bgm: "BGM", t2: "2T" };
export const GRID_HELP: Record<GridField, string> = {
  kader_bertugas: "Kader yang bertugas pada hari buka",
  s: "S: jumlah balita di wilayah posyandu",
  k: "K: balita yang memiliki KMS/buku KIA",
  d: "D: balita yang ditimbang bulan ini",
  n: "N: balita yang naik berat badannya",
  o: "O: balita yang ditimbang bulan ini tetapi tidak ditimbang bulan lalu",
  b: "B: balita yang baru pertama kali ditimbang",
  bgm: "BGM: balita di bawah garis merah",
  t2: "2T: balita tidak naik dua kali berturut-turut",
};
/** A count column of the grid as plain data for the client component (which must not bundle zod). */
export type GridColumn = { field: GridField; label: string; help: string };
export const GRID_COLUMNS: GridColumn[] = GRID_FIELDS.map((field) => ({ field, label: GRID_LABELS[field], help: GRID_HELP[field] }));

/** O and B may be missing altogether (a grid page loaded before they existed, older callers): blank, like an empty cell. */
const laterCount = optionalCount.optional().transform((n) => n ?? null);

export const monthlyRowSchema = z.object({
  posyanduId,
  buka: z.boolean({ message: "isian buka tidak valid" }),
  kader_bertugas: optionalCount, s: optionalCount, k: optionalCount, d: optionalCount, n: optionalCount, o: laterCount, b: laterCount, bgm: optionalCount, t2: optionalCount,
});
export type MonthlyRow = z.output<typeof monthlyRowSchema>;

export const monthlyGridSchema = z.object({
  periode: periodSchema,
  rows: z
    .array(monthlyRowSchema)
    .min(1, "tidak ada posyandu pada isian")
    .max(300, "paling banyak 300 posyandu sekali simpan")
    .refine((rows) => new Set(rows.map((r) => r.posyanduId)).size === rows.length, "posyandu yang sama muncul dua kali"),
});
export type MonthlyGridInput = z.input<typeof monthlyGridSchema>;

/** A row the user left untouched: not ticked and no number anywhere. */
export function isBlankRow(r: MonthlyRow): boolean {
  return !r.buka && GRID_FIELDS.every((f) => r[f] === null);
}

/** The grid's FormData → the input of monthlyGridSchema (inputs are named `<field>-<posyanduId>`). */
export function gridFromForm(form: FormData): MonthlyGridInput {
  const text = (name: string) => {
    const v = form.get(name);
    return typeof v === "string" ? v : null;
  };
  return {
    periode: text("periode") ?? "",
    rows: form.getAll("posyandu").map((id) => ({
      posyanduId: String(id),
      buka: form.get(`buka-${String(id)}`) === "on",
      ...Object.fromEntries(GRID_FIELDS.map((f) => [f, text(`${f}-${String(id)}`)])),
    })) as MonthlyGridInput["rows"],
  };
}

export type GridCounts = { inserted: number; updated: number; unchanged: number; skipped: number };

/** What the grid action returns: per-row field errors by posyandu id, or counts and warnings. */
export type GridResult = {
  ok: boolean;
  message: string;
  rowErrors?: Record<string, Partial<Record<GridField | "buka" | "periode", string>>>;
  warnings?: { posyanduId: number; name: string; field: SkdnProblem["field"]; message: string }[];
  counts?: GridCounts;
};

const KELURAHAN_CODE = /^\d{2}\.\d{2}\.\d{2}\.\d{4}$/;

/** URL params of /laporan; bad or out-of-scope values fall back to the first kelurahan and last month. */
export function parseGridParams(params: Record<string, string | string[] | undefined>, villages: string[], today: string): { wilayah: string | null; periode: string } {
  const month = today.slice(0, 7);
  const wilayah = z.string().regex(KELURAHAN_CODE).refine((c) => villages.includes(c)).catch(villages[0] ?? "").parse(params.wilayah);
  const periode = periodSchema.refine((p) => p <= month && p >= "2000-01").catch(addMonths(month, -1)).parse(params.periode);
  return { wilayah: wilayah || null, periode };
}

// ───────────── Nutrition aggregate ─────────────

/** Form value of the source → stored DataSource (manual = a SIP recap), as in the gizi import. */
export const NUTRITION_SOURCES = { eppgbm: "EPPGBM", manual: "SIP", survei: "SURVEI" } as const;
export type NutritionSourceKey = keyof typeof NUTRITION_SOURCES;
export const NUTRITION_SOURCE_LABELS: Record<NutritionSourceKey, string> = { eppgbm: "e-PPGBM", manual: "Manual (rekap SIP)", survei: "Survei" };

/** The three indices, each a measured total with two sub-counts that may not exceed it. */
export const NUTRITION_GROUPS = [
  { title: "TB/U (stunting)", total: ["diukur_tb", "Diukur TB/PB"], parts: [["sangat_pendek", "Sangat pendek"], ["pendek", "Pendek"]] },
  { title: "BB/TB (wasting)", total: ["diukur_bb_tb", "Diukur BB/TB"], parts: [["gizi_buruk", "Gizi buruk"], ["gizi_kurang", "Gizi kurang"]] },
  { title: "BB/U (underweight)", total: ["diukur_bb", "Diukur BB/U"], parts: [["bb_sangat_kurang", "BB sangat kurang"], ["bb_kurang", "BB kurang"]] },
] as const;

export const nutritionSchema = z.object({
  posyanduId,
  periode: periodSchema,
  sumber: z.enum(["eppgbm", "manual", "survei"], { message: "sumber harus e-PPGBM, manual atau survei" }),
  diukur_tb: requiredCount, sangat_pendek: requiredCount, pendek: requiredCount,
  diukur_bb_tb: requiredCount, gizi_buruk: requiredCount, gizi_kurang: requiredCount,
  diukur_bb: requiredCount, bb_sangat_kurang: requiredCount, bb_kurang: requiredCount,
});
export type NutritionInput = z.input<typeof nutritionSchema>;
export type NutritionValues = z.output<typeof nutritionSchema>;

/** The gizi import's rules for one record: sub-counts ≤ measured, no future period; warns outside Feb/Aug. */
export function checkNutrition(v: NutritionValues, today: string): { errors: Record<string, string>; warnings: string[] } {
  const errors: Record<string, string> = {};
  const warnings: string[] = [];
  if (v.periode > today.slice(0, 7)) errors.periode = `periode ${v.periode} belum terjadi`;
  for (const g of NUTRITION_GROUPS) {
    const [a, b] = g.parts;
    const sum = v[a[0]] + v[b[0]];
    const total = v[g.total[0]];
    if (sum > total) errors[g.total[0]] = `${a[1]} + ${b[1]} (${sum}) lebih besar dari ${g.total[1]} (${total})`;
  }
  if (!isMeasurementMonth(v.periode)) warnings.push(`${v.periode} bukan bulan penimbangan (Februari/Agustus)`);
  return { errors, warnings };
}

/** The latest February or August not after this month: the default period of the nutrition form. */
export function latestMeasurementPeriod(today: string): string {
  let p = today.slice(0, 7);
  while (!isMeasurementMonth(p)) p = addMonths(p, -1);
  return p;
}

// ───────────── Annual profile ─────────────

export const profileSchema = z.object({
  posyanduId,
  tahun: z.coerce.number({ message: "tahun harus 4 angka" }).int("tahun harus 4 angka").min(2000, "tahun terlalu lama").max(2100, "tahun tidak valid"),
  cakupan_kia: optionalPercent,
  cakupan_kb: optionalPercent,
  cakupan_imunisasi: optionalPercent,
  program_tambahan: optionalYesNo,
  dana_sehat: optionalPercent,
  alat_ukur_lengkap: optionalYesNo,
});
export type ProfileInput = z.input<typeof profileSchema>;

/** What the single-record forms (gizi, profil) return. */
export type FormResult = {
  ok: boolean;
  message: string;
  fieldErrors?: Record<string, string>;
  warnings?: string[];
};

/** zod issues → first message per top-level field. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "form");
    out[key] ??= issue.message;
  }
  return out;
}

type Params = Record<string, string | string[] | undefined>;
const idParam = (ids: number[]) => z.coerce.number().int().refine((id) => ids.includes(id)).catch(ids[0] ?? 0);

/** URL params of /gizi; unknown posyandu, future months and bad sources fall back to defaults. */
export function parseNutritionParams(params: Params, posyanduIds: number[], today: string): { posyanduId: number | null; periode: string; sumber: NutritionSourceKey } {
  const month = today.slice(0, 7);
  return {
    posyanduId: idParam(posyanduIds).parse(params.posyandu) || null,
    periode: periodSchema.refine((p) => p <= month && p >= "2000-01").catch(latestMeasurementPeriod(today)).parse(params.periode),
    sumber: z.enum(["eppgbm", "manual", "survei"]).catch("manual").parse(params.sumber),
  };
}

/** URL params of /profil; the year defaults to the current one. */
export function parseProfileParams(params: Params, posyanduIds: number[], today: string): { posyanduId: number | null; tahun: number } {
  const year = Number(today.slice(0, 4));
  return {
    posyanduId: idParam(posyanduIds).parse(params.posyandu) || null,
    tahun: z.coerce.number().int().min(2000).max(year).catch(year).parse(params.tahun),
  };
}
