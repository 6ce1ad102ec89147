// The indicators a target can be set for, and the zod schema of the target
// form. IndicatorTarget.areaCode null is the national default (lib/reference/seed.ts).
import { z } from "./z";
import { parseDecimal } from "../import/cells";
import { areaCodeSchema, requiredText } from "./posyandu";

/** Every indicator with a target, in display order; all are percentages 0–100. */
export const INDICATORS = [
  { id: "stunting", label: "Prevalensi stunting (TB/U < −2 SD)", lowerIsBetter: true },
  { id: "stunting_berat", label: "Prevalensi sangat pendek (TB/U < −3 SD)", lowerIsBetter: true },
  { id: "wasting", label: "Prevalensi wasting (BB/TB < −2 SD)", lowerIsBetter: true },
  { id: "underweight", label: "Prevalensi underweight (BB/U < −2 SD)", lowerIsBetter: true },
  { id: "d_s", label: "Partisipasi penimbangan (D/S)", lowerIsBetter: false },
  { id: "k_s", label: "Balita memiliki KMS/buku KIA (K/S)", lowerIsBetter: false },
  { id: "n_d", label: "Balita naik berat badan (N/D)", lowerIsBetter: false },
  { id: "posyandu_aktif", label: "Posyandu Aktif", lowerIsBetter: false },
  { id: "purnama_mandiri", label: "Posyandu strata Purnama dan Mandiri", lowerIsBetter: false },
  { id: "posyandu_kader_cukup", label: "Posyandu dengan kader aktif ≥ 5", lowerIsBetter: false },
  { id: "kelengkapan_laporan", label: "Kelengkapan laporan bulanan", lowerIsBetter: false },
] as const;

export type IndicatorId = (typeof INDICATORS)[number]["id"];
export const INDICATOR_IDS = INDICATORS.map((i) => i.id) as [IndicatorId, ...IndicatorId[]];

/** The Indonesian label of an indicator id (the id itself when unknown). */
export function indicatorLabel(id: string): string {
  return INDICATORS.find((i) => i.id === id)?.label ?? id;
}

/** A percentage 0–100 with decimal comma or point. */
const percent = z.union([z.string(), z.number()]).transform((raw, ctx) => {
  const s = String(raw).trim().replace(/%$/, "");
  const p = s === "" ? null : parseDecimal(s);
  if (!p) {
    ctx.addIssue({ code: "custom", message: "Nilai target wajib diisi" });
    return z.NEVER;
  }
  if (!p.ok || p.value < 0 || p.value > 100) {
    ctx.addIssue({ code: "custom", message: `Nilai target harus persentase 0–100 (koma atau titik desimal), bukan "${raw}"` });
    return z.NEVER;
  }
  return p.value;
});

export const targetSchema = z.object({
  indicator: z.enum(INDICATOR_IDS, { message: "Pilih indikator" }),
  year: z.coerce.number({ message: "Tahun harus 4 angka" }).int("Tahun harus 4 angka").min(2000, "Tahun minimal 2000").max(2100, "Tahun maksimal 2100"),
  /** Blank = national default. */
  areaCode: z
    .union([z.literal(""), z.literal(null), areaCodeSchema])
    .optional()
    .transform((v) => v || null),
  value: percent,
  source: requiredText("Sumber/dasar target", 200),
});

export type TargetInput = z.infer<typeof targetSchema>;
