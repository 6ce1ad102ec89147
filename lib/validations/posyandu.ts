// zod schemas of the posyandu form, with the same field rules as the posyandu
// importer (lib/import/kinds/posyandu.ts), plus small helpers every register
// and admin form shares (checkboxes, optional text, field errors, today).
import { z } from "./z";
import { parseDecimal, RECORD_CODE_RE } from "../import/cells";

/** The result every form action returns to useActionState. */
export type FormResult = {
  ok: boolean;
  message: string;
  /** First message per field name, shown under the input. */
  fieldErrors?: Record<string, string>;
  /** The submitted text values, so a refused form keeps what the user typed. */
  values?: Record<string, string>;
};

/** Latitude/longitude bounds of Indonesia, as the importer checks them. */
export const LAT_RANGE = [-11.5, 6.5] as const;
export const LNG_RANGE = [94.5, 141.5] as const;

const idNumber = (n: number) => String(n).replace(".", ",");

/** An HTML checkbox: present ("on") means true; absent means false. */
export const checkbox = z.preprocess((v) => v === true || v === "on" || v === "true" || v === "1", z.boolean());

/** Optional free text: trimmed, blank → null, at most `max` characters. */
export const optionalText = (max: number) =>
  z
    .string()
    .optional()
    .nullable()
    .transform((s) => s?.replace(/[\u0000-\u001f\u007f]/g, " ").trim() || null)
    .refine((s) => s === null || s.length <= max, `Maksimal ${max} karakter`);

/** Required text, trimmed, between 1 and `max` characters. */
export const requiredText = (label: string, max: number) =>
  z.string({ message: `${label} wajib diisi` }).trim().min(1, `${label} wajib diisi`).max(max, `${label} maksimal ${max} karakter`);

/** A decimal coordinate (comma or point) inside `range`; blank → null. */
const coordinate = (label: string, [min, max]: readonly [number, number]) =>
  z
    .union([z.string(), z.number()])
    .optional()
    .nullable()
    .transform((raw, ctx) => {
      const s = raw === undefined || raw === null ? "" : String(raw).trim();
      if (s === "") return null;
      const p = parseDecimal(s);
      if (!p.ok) {
        ctx.addIssue({ code: "custom", message: `${label}: ${p.message}` });
        return z.NEVER;
      }
      if (p.value < min || p.value > max) {
        ctx.addIssue({ code: "custom", message: `${label} ${s} di luar wilayah Indonesia (${idNumber(min)} s.d. ${idNumber(max)})` });
        return z.NEVER;
      }
      return p.value;
    });

export const areaCodeSchema = z.string().trim().regex(/^\d{2}(\.\d{2}){0,2}(\.\d{4})?$/, "Kode wilayah tidak valid");

const posyanduFields = z.object({
  name: requiredText("Nama posyandu", 120),
  kelurahanCode: z.string({ message: "Pilih kelurahan/desa" }).trim().regex(/^\d{2}\.\d{2}\.\d{2}\.\d{4}$/, "Pilih kelurahan/desa"),
  puskesmasId: z
    .union([z.literal(""), z.literal(null), z.coerce.number().int().positive("Pilih puskesmas")])
    .optional()
    .transform((v) => (typeof v === "number" ? v : null)),
  rw: optionalText(40),
  address: optionalText(200),
  lat: coordinate("Lintang", LAT_RANGE),
  lng: coordinate("Bujur", LNG_RANGE),
  ilp: checkbox,
  active: checkbox,
});

type Coordinates = { lat: number | null; lng: number | null };
const bothOrNeither = (v: Coordinates, ctx: z.RefinementCtx) => {
  if ((v.lat === null) !== (v.lng === null)) {
    ctx.addIssue({ code: "custom", path: [v.lat === null ? "lat" : "lng"], message: "Lintang dan bujur harus diisi berdua atau dikosongkan berdua" });
  }
};

/** Editing: every field except the code, which never changes after creation. */
export const posyanduSchema = posyanduFields.superRefine(bothOrNeither);

/** Creating: the fields plus the unique posyandu code. */
export const newPosyanduSchema = posyanduFields
  .extend({
    code: z
      .string({ message: "Kode posyandu wajib diisi" })
      .trim()
      .regex(RECORD_CODE_RE, "Kode posyandu 1–50 karakter: huruf, angka, titik, garis bawah atau tanda hubung")
      // Codes are compared exactly everywhere: "p187201100101" must not become a second posyandu beside "P187201100101".
      .transform((s) => s.toUpperCase()),
  })
  .superRefine(bothOrNeither);

export type PosyanduInput = z.infer<typeof posyanduSchema>;
export type NewPosyanduInput = z.infer<typeof newPosyanduSchema>;

/** The first message per top-level field of a zod error. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "_");
    out[key] ??= issue.message;
  }
  return out;
}

/** A refused form: a summary line plus the per-field messages. */
/** The general message of a refusal whose reasons are marked at the fields. */
export const FIELDS_MARKED = "Periksa kembali isian yang ditandai.";

export function invalid(error: z.ZodError): FormResult {
  return { ok: false, message: FIELDS_MARKED, fieldErrors: fieldErrorsOf(error) };
}

/** The text values of a submitted form, minus secrets and Next's internal fields. */
export function formValues(form: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of form) if (typeof v === "string" && !k.startsWith("$") && !/password/i.test(k)) out[k] = v;
  return out;
}

// Built once: an Intl formatter costs ≈ 0.5 ms to create, and pages ask for today on every request.
/**
 * Why a code cannot be taken, in words that fit both a code registered outside the viewer's scope and any other
 * reason: naming "another wilayah" told a kelurahan operator that the code exists there. Codes are unique, so a
 * refusal itself still shows the code is taken somewhere; the message adds nothing about where.
 */
export const codeUnavailable = (what: "posyandu" | "kader", code: string) =>
  `kode ${what} ${code} tidak dapat dipakai: di luar wilayah Anda atau sudah terdaftar; pakai kode lain atau hubungi admin dinas`;

const jakartaDay = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Jakarta", year: "numeric", month: "2-digit", day: "2-digit" });

/** Today's date in Asia/Jakarta as YYYY-MM-DD. */
export function todayJakarta(now = new Date()): string {
  return jakartaDay.format(now);
}

/** A YYYY-MM-DD date as midnight UTC, the way dates are stored. */
export const dayOf = (ymd: string) => new Date(`${ymd}T00:00:00.000Z`);
