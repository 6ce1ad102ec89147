// zod schemas of the kader forms (kader data, training, end of service), with
// the importer's rules (lib/import/kinds/kader.ts): L/P, plausible birth year,
// no dates in the future. Schemas take `today` so tests fix the clock.
import { z } from "./z";
import { parseDate, RECORD_CODE_RE } from "../import/cells";
import { checkbox, optionalText, requiredText } from "./posyandu";

export const KADER_LEVELS = ["PURWA", "MADYA", "UTAMA"] as const;
export const kaderLevelLabel: Record<(typeof KADER_LEVELS)[number], string> = { PURWA: "Purwa", MADYA: "Madya", UTAMA: "Utama" };
/** Where a kader's level came from: entered on the form or in a file, or derived by the KADER_LEVEL rule set. */
export const levelOriginLabel: Record<"INPUT" | "ATURAN", string> = { INPUT: "Diisi/diimpor", ATURAN: "Dihitung aturan" };
export const genderLabel: Record<"L" | "P", string> = { L: "Laki-laki", P: "Perempuan" };

export const TRAINING_TYPES = ["DASAR", "PENYEGARAN", "ORIENTASI_ILP", "ANTROPOMETRI", "PENCATATAN", "LAINNYA"] as const;
export const trainingLabel: Record<(typeof TRAINING_TYPES)[number], string> = {
  DASAR: "Pelatihan dasar",
  PENYEGARAN: "Penyegaran",
  ORIENTASI_ILP: "Orientasi ILP",
  ANTROPOMETRI: "Antropometri",
  PENCATATAN: "Pencatatan dan pelaporan",
  LAINNYA: "Lainnya",
};

export const kaderCodeSchema = z
  .string({ message: "Kode kader wajib diisi" })
  .trim()
  .regex(RECORD_CODE_RE, "Kode kader 1–50 karakter: huruf, angka, titik, garis bawah atau tanda hubung")
  // Codes are compared exactly everywhere: "k00001" must not become a second kader beside "K00001".
  .transform((s) => s.toUpperCase());

/** A YYYY-MM-DD (or DD/MM/YYYY) date that has already happened. */
const pastDate = (label: string, today: string) =>
  z.string({ message: `${label} wajib diisi` }).transform((raw, ctx) => {
    const p = parseDate(raw);
    if (!raw.trim() || !p.ok) {
      ctx.addIssue({ code: "custom", message: raw.trim() ? `${label}: ${p.ok ? "" : p.message}` : `${label} wajib diisi` });
      return z.NEVER;
    }
    if (p.value > today) {
      ctx.addIssue({ code: "custom", message: `${label} ${p.value} belum terjadi` });
      return z.NEVER;
    }
    return p.value;
  });

/** Kader data; `mode` "baru" creates, "ubah" edits the kader with that code. */
export const kaderSchema = (today: string) => {
  const thisYear = Number(today.slice(0, 4));
  return z.object({
    mode: z.enum(["baru", "ubah"]).catch("baru"),
    code: kaderCodeSchema,
    name: requiredText("Nama kader", 120),
    gender: z.preprocess(
      (v) => (typeof v === "string" ? v.trim().toUpperCase() : v),
      z.union([z.literal(""), z.literal(null), z.enum(["L", "P"], { message: "Jenis kelamin harus L atau P" })]).optional(),
    ).transform((v) => v || null),
    birthYear: z
      .union([z.literal(""), z.literal(null), z.coerce.number({ message: "Tahun lahir harus 4 angka" }).int("Tahun lahir harus 4 angka")])
      .optional()
      .transform((v) => (typeof v === "number" ? v : null))
      .refine((y) => y === null || (y >= thisYear - 90 && y <= thisYear - 14), `Tahun lahir harus antara ${thisYear - 90} dan ${thisYear - 14}`),
    startDate: pastDate("Tanggal mulai bertugas", today),
    active: checkbox,
    level: z.preprocess(
      (v) => (typeof v === "string" ? v.trim().toUpperCase() : v),
      z.union([z.literal(""), z.literal(null), z.enum(KADER_LEVELS, { message: "Level harus purwa, madya, utama atau kosong" })]).optional(),
    ).transform((v) => v || null),
  });
};

/** One training record of a kader. */
export const trainingSchema = (today: string) =>
  z.object({
    kaderCode: kaderCodeSchema,
    type: z.enum(TRAINING_TYPES, { message: "Pilih jenis pelatihan" }),
    date: pastDate("Tanggal pelatihan", today),
    organizer: optionalText(120),
  });

/** Ending a kader's service at one posyandu (the membership is closed, never deleted). */
export const endServiceSchema = (today: string) =>
  z.object({
    kaderCode: kaderCodeSchema,
    endDate: pastDate("Tanggal berhenti", today),
  });

export type KaderInput = z.infer<ReturnType<typeof kaderSchema>>;
export type TrainingInput = z.infer<ReturnType<typeof trainingSchema>>;
