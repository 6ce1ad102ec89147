import { describe, expect, it } from "vitest";
import { formatLog } from "@/lib/log";

describe("structured server logs", () => {
  it("writes one JSON line with time, level and event, and drops personal fields", () => {
    const line = formatLog("info", "impor", { jenis: "eppgbm", baris: 120, nama: "Siti Aminah", nik: "1872010101010001", username: "lurah", password: "x", pengguna: 7 }, new Date("2026-11-30T01:00:00Z"));
    expect(line.includes("\n")).toBe(false);
    expect(JSON.parse(line)).toEqual({ waktu: "2026-11-30T01:00:00.000Z", level: "info", event: "impor", jenis: "eppgbm", baris: 120, pengguna: 7 });
    expect(line).not.toMatch(/Siti|1872010101010001|lurah/);
  });
  it("cuts long strings and control characters", () => {
    const parsed = JSON.parse(formatLog("error", "x", { pesan: `a\nb${"z".repeat(1000)}` }));
    expect(parsed.pesan.length).toBe(300);
    expect(parsed.pesan.startsWith("a b")).toBe(true);
  });
});
