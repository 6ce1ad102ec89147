// A provinsi or kab/kota code a user asks to load (the area tree import). Kept out of lib/wilayah/codes.ts, whose
// level rules and titles client components import and which must not bring zod into the browser.
import { z } from "./z";

/** A provinsi (18) or kab/kota (18.72) code a user may ask to load. */
export const loadableCodeSchema = z
  .string()
  .trim()
  .regex(/^\d{2}(\.\d{2})?$/, "Kode wilayah harus berbentuk PP (provinsi) atau PP.KK (kabupaten/kota), misalnya 18.72");
