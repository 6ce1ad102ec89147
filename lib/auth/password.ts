// Password hashing with argon2id (@node-rs/argon2 defaults to Argon2id) and
// the password rules, with Indonesian messages for forms and the CLI.
import { hash, verify } from "@node-rs/argon2";
export { passwordSchema } from "../validations/password";

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
