// zod schema for creating a user, shared by the CLI and (later) the admin form.
import { z } from "./z";
import { passwordIssueForUser, passwordSchema } from "./password";
import { SECTORS } from "./meetings";

export const ROLES = ["ADMIN", "PIMPINAN", "KECAMATAN", "KELURAHAN", "PUSKESMAS"] as const;

export const newUserSchema = z
  .object({
    username: z
      .string({ message: "Nama pengguna wajib diisi (--username)" })
      .trim()
      .toLowerCase()
      .regex(/^[a-z0-9._-]{3,50}$/, "Nama pengguna 3–50 karakter: huruf kecil, angka, titik, garis bawah atau tanda hubung"),
    name: z.string({ message: "Nama lengkap wajib diisi (--nama)" }).trim().min(2, "Nama lengkap wajib diisi").max(120, "Nama maksimal 120 karakter"),
    role: z.enum(ROLES, { message: `Peran harus salah satu dari ${ROLES.join(", ")}` }),
    scopeAreaCode: z.string().trim().optional(),
    puskesmasName: z.string().trim().optional(),
    /** OPD of the user: lets them report progress on meeting actions owned by that OPD. */
    sector: z.preprocess((v) => (v === "" ? undefined : typeof v === "string" ? v.toUpperCase() : v), z.enum(SECTORS, { message: `OPD harus salah satu dari ${SECTORS.join(", ")}` }).optional()),
    password: passwordSchema,
  })
  .superRefine((u, ctx) => {
    const issue = passwordIssueForUser(u.password, u.username);
    if (issue) ctx.addIssue({ code: "custom", path: ["password"], message: issue });
    if (u.role === "PUSKESMAS" && !u.puskesmasName) {
      ctx.addIssue({ code: "custom", path: ["puskesmasName"], message: "Peran PUSKESMAS wajib menyebut puskesmasnya (--puskesmas)" });
    }
    if (u.role !== "PUSKESMAS" && !u.scopeAreaCode) {
      ctx.addIssue({ code: "custom", path: ["scopeAreaCode"], message: `Peran ${u.role} wajib menyebut kode wilayahnya (--wilayah)` });
    }
  });

export type NewUser = z.infer<typeof newUserSchema>;
