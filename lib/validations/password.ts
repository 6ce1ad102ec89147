// Password rules (no hashing here, so client forms can import it). Every path
// that sets a password uses passwordSchema plus passwordIssueForUser: the CLI
// and admin form through newUserSchema, the admin reset in lib/actions/admin.ts.
import { z } from "./z";

export const PASSWORD_MIN = 10;

/**
 * Words people build "letters + digits" passwords from: the app's own terms,
 * the publicly documented demo password's stem, and the usual suspects. Any
 * of these with only digits/punctuation around it (posyandu2026, admin12345,
 * 123qwerty!) is refused, as are the few common ones listed in full and
 * passwords of fewer than four distinct characters.
 */
const GUESSABLE_STEMS = [
  "posyandu", "puskesmas", "pantau", "kader", "dinkes", "admin", "administrator", "password", "sandi",
  "katasandi", "rahasia", "indonesia", "bismillah", "qwerty", "asdf", "abc", "abcd", "abcde", "welcome", "selamat",
  "masuk", "login", "user", "pengguna", "metro", "kelurahan", "kecamatan", "lurah", "camat", "pimpinan", "sayang",
] as const;
const COMMON = new Set(["1q2w3e4r5t", "q1w2e3r4t5", "1qaz2wsx3edc", "qwertyuiop1", "zaq12wsxcde", "abc123abc123", "a1b2c3d4e5"]);

/** True when the password is a known-weak pattern (case-insensitive). */
export function isGuessable(password: string): boolean {
  const p = password.toLowerCase();
  if (COMMON.has(p)) return true;
  const letters = p.replace(/[^a-z]/g, "");
  // Only when the letters form one run: "pos2026yandu" is not this pattern.
  const oneRun = /^[^a-z]*[a-z]+[^a-z]*$/.test(p);
  if (oneRun && (GUESSABLE_STEMS as readonly string[]).includes(letters)) return true;
  // "aaaaa11111", "a1a1a1a1a1": long but made of very few characters.
  return new Set(p).size < 4;
}

/** Long enough to resist guessing, with letters and digits, not a known-weak pattern. */
export const passwordSchema = z
  .string()
  .min(PASSWORD_MIN, `Kata sandi minimal ${PASSWORD_MIN} karakter`)
  .max(200, "Kata sandi maksimal 200 karakter")
  .refine((p) => /[A-Za-z]/.test(p) && /\d/.test(p), "Kata sandi harus memuat huruf dan angka")
  .refine((p) => !isGuessable(p), "Kata sandi terlalu mudah ditebak; pilih kombinasi lain");

/** The rule that needs the account: a password may not be (or merely contain) the username. */
export function passwordIssueForUser(password: string, username: string): string | null {
  const p = password.toLowerCase();
  const u = username.trim().toLowerCase();
  if (u.length > 0 && p === u) return "Kata sandi tidak boleh sama dengan nama pengguna";
  if (u.length >= 4 && p.includes(u)) return "Kata sandi tidak boleh memuat nama pengguna";
  return null;
}
