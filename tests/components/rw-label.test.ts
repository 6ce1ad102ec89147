// A posyandu's RW on its profile: stored as "RW 03" (import template, demo) or "03" (typed), shown "RW 03" once.
import { describe, expect, it } from "vitest";
import { rwLabel } from "@/lib/format";

describe("rwLabel", () => {
  it("shows RW once whatever way it was stored", () => {
    expect(["RW 03", "03", "rw 03", "RW03", "RW. 03", " RW 03 ", "RW"].map(rwLabel)).toEqual(["RW 03", "RW 03", "RW 03", "RW 03", "RW 03", "RW 03", "RW"]);
  });
  it("leaves names that merely start with the letters alone", () => {
    expect(rwLabel("Rwanda")).toBe("RW Rwanda");
    expect(rwLabel("Dusun Krajan")).toBe("RW Dusun Krajan");
  });
});
