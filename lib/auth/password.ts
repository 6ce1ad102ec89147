// Password hashing with argon2id (@node-rs/argon2 defaults to Argon2id) and
// the password rules, with Indonesian messages for forms and the CLI.
import { hash, verify } from "@node-rs/argon2";
import { z } from "../validations/z";

/** Password rules: long enough to resist guessing, with letters and digits. */
export const passwordSchema = z
  .string()
  .min(10, "Kata sandi minimal 10 karakter")
  .max(200, "Kata sandi maksimal 200 karakter")
  .refine((p) => /[A-Za-z]/.test(p) && /\d/.test(p), "Kata sandi harus memuat huruf dan angka");

/** Hashes a password as an argon2id PHC string. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, { memoryCost: 19456, timeCost: 2, parallelism: 1 });
}

/** Constant-time check of a password against a stored hash; false on a malformed hash. */
export async function verifyPassword(storedHash: string, password: string): Promise<boolean> {
  try {
    return await verify(storedHash, password);
  } catch {
    return false;
  }
}

/** A hash of a random password, verified against for unknown users so timing does not reveal them. */
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword(`tidak-ada-${Math.random()}-pengguna-0`);
  return dummyHash;
}
