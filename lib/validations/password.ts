// Password rules (no hashing here, so client forms can import it).
import { z } from "./z";

/** Long enough to resist guessing, with letters and digits. */
export const passwordSchema = z
  .string()
  .min(10, "Kata sandi minimal 10 karakter")
  .max(200, "Kata sandi maksimal 200 karakter")
  .refine((p) => /[A-Za-z]/.test(p) && /\d/.test(p), "Kata sandi harus memuat huruf dan angka");
