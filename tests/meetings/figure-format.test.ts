import { describe, expect, it } from "vitest";
import { deltaText, withoutObText, ymdText } from "@/app/rapat/_components/figure-format";
import { EMPTY_SNAPSHOT, rateLite, readSnapshot } from "@/lib/meetings/snapshot";
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

  it("keeps a frozen N/D's count of reports without O/B, and says so on hover (the denominator is partly plain D)", () => {
    const nd = { nilai: 79.5, pembilang: 6253, penyebut: 7861, n: 7861, n_kecil: false, laporan_tanpa_ob: 3 };
    const frozen = readSnapshot(JSON.stringify({ ...EMPTY_SNAPSHOT("x"), total: rateLite(nd) }));
    expect(frozen?.total?.laporan_tanpa_ob).toBe(3);
    expect(withoutObText(frozen?.total)).toBe("3 laporan tanpa O/B: penyebutnya D, bukan D − O − B");
    // A figure resting wholly on D − O − B keeps no such field and adds no note.
    expect(rateLite({ ...nd, laporan_tanpa_ob: 0 })).not.toHaveProperty("laporan_tanpa_ob");
    expect(withoutObText(rateLite({ ...nd, laporan_tanpa_ob: 0 }))).toBeNull();
  });
});
