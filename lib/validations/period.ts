// A period "YYYY-MM" at the boundary (URL parameters, forms, files, the API). Kept out of lib/period.ts, which
// client components import and which must not bring zod into the browser.
import { z } from "./z";

export const periodSchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, "Periode harus berbentuk TTTT-BB, misalnya 2026-08");
