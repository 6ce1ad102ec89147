import { describe, expect, it } from "vitest";
import { hashPassword, passwordSchema, verifyPassword } from "@/lib/auth/password";
import { passwordIssueForUser } from "@/lib/validations/password";
import { newUserSchema } from "@/lib/validations/user";

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

  it.each([
    // The demo password is printed in the README: never acceptable for a real account.
    "posyandu2026", "Posyandu2026!", "admin12345", "Password123", "2026puskesmas", "bismillah123", "qwerty12345", "1q2w3e4r5t",
    "aaaaa11111", "a1a1a1a1a1", "zz99zz99zz9",
  ])("rejects the guessable %j", (password) => {
    const r = passwordSchema.safeParse(password);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toBe("Kata sandi terlalu mudah ditebak; pilih kombinasi lain");
  });

  it.each(["posyandu-kenanga-7", "Mawar7Merah!", "utara2026xx", "pos2026yandu", "lurahku9metro"])("accepts %j", (password) => {
    expect(passwordSchema.safeParse(password).success).toBe(true);
  });

  it.each([
    ["camat.utara1", "camat.utara1", "Kata sandi tidak boleh sama dengan nama pengguna"],
    ["Camat.Utara1", "camat.utara1", "Kata sandi tidak boleh sama dengan nama pengguna"],
    ["camat.utara2026", "camat.utara", "Kata sandi tidak boleh memuat nama pengguna"],
    ["x2026op9kmt", "op", null],
    ["Mawar7Merah!", "camat.utara", null],
  ])("password %j for user %j → %j", (password, username, issue) => {
    expect(passwordIssueForUser(password, username)).toBe(issue);
  });

  it("refuses a new user whose password is the username (the CLI and the admin form share this schema)", () => {
    const r = newUserSchema.safeParse({ username: "Bidan.Sari7", name: "Bidan Sari", role: "KECAMATAN", scopeAreaCode: "18.72.01", password: "bidan.sari7" });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["password", "Kata sandi tidak boleh sama dengan nama pengguna"]]);
  });
});
