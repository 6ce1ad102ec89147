import { describe, expect, it } from "vitest";
import { hashPassword, passwordSchema, verifyPassword } from "@/lib/auth/password";

describe("password hashing", () => {
  it("stores an argon2id hash that verifies only the right password", async () => {
    const hash = await hashPassword("rahasia2026");
    expect(hash.startsWith("$argon2id$")).toBe(true);
    expect(hash).not.toContain("rahasia2026");
    expect(await verifyPassword(hash, "rahasia2026")).toBe(true);
    expect(await verifyPassword(hash, "rahasia2027")).toBe(false);
  });

  it("salts: the same password hashes differently each time", async () => {
    expect(await hashPassword("rahasia2026")).not.toBe(await hashPassword("rahasia2026"));
  });

  it("treats a malformed stored hash as a failed check, not a crash", async () => {
    expect(await verifyPassword("bukan-hash", "apa saja")).toBe(false);
  });

  it.each([
    ["pendek1", "Kata sandi minimal 10 karakter"],
    ["hanyahurufsaja", "Kata sandi harus memuat huruf dan angka"],
    ["1234567890", "Kata sandi harus memuat huruf dan angka"],
  ])("rejects %j with %j", (password, message) => {
    const r = passwordSchema.safeParse(password);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toBe(message);
  });

  it("accepts a password with letters and digits of 10+ characters", () => {
    expect(passwordSchema.safeParse("posyandu2026").success).toBe(true);
  });
});
