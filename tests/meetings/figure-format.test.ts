import { describe, expect, it } from "vitest";
import { deltaText, ymdText } from "@/app/rapat/_components/figure-format";
import { todayInJakarta } from "@/lib/validations/reports";

describe("meeting figure texts", () => {
  it("writes a due date as an Indonesian calendar date, the same day whatever time is stored with it", () => {
    expect(ymdText("2026-12-15")).toBe("15 Desember 2026");
    expect(ymdText("2026-01-01T23:59:00.000Z")).toBe("1 Januari 2026");
    // One shared formatter: a second call must not carry anything over from the first.
    expect([ymdText("2027-03-09"), ymdText("2026-08-31")]).toEqual(["9 Maret 2027", "31 Agustus 2026"]);
  });

  it("says which way a figure moved since the previous meeting", () => {
    expect(deltaText({ dulu: 20.3, kini: 18.16, selisih: -2.14, arah: "membaik" })).toBe("▼ 2,1 poin (membaik)");
    expect(deltaText(null)).toBe("—");
  });

  it("takes today on the posyandu's calendar (WIB), not the server's", () => {
    expect(todayInJakarta(new Date("2026-12-31T17:00:00Z"))).toBe("2027-01-01");
    expect(todayInJakarta(new Date("2026-12-31T16:59:00Z"))).toBe("2026-12-31");
  });
});
