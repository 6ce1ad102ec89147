// "Today" for the import route, the CLI and the forms is the Jakarta (WIB, UTC+7) day: a file uploaded at 23:30 WIB
// must not have tomorrow's dates refused as "belum terjadi", nor one at 06:00 WIB count as yesterday's.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { todayJakarta } from "@/lib/validations/posyandu";

describe("todayJakarta", () => {
  // The server's own zone must not matter: run the cases as a server in Honolulu (UTC−10) would.
  const tz = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = "Pacific/Honolulu";
  });
  afterAll(() => {
    process.env.TZ = tz;
  });

  it.each([
    ["2026-12-02T16:59:59Z", "2026-12-02", "23:59:59 WIB is still the 2nd"],
    ["2026-12-02T17:00:00Z", "2026-12-03", "00:00 WIB is already the 3rd"],
    ["2026-12-02T00:00:00Z", "2026-12-02", "07:00 WIB"],
    ["2026-12-01T23:30:00Z", "2026-12-02", "06:30 WIB the next morning, while UTC is still the 1st"],
    ["2026-12-31T16:59:59.999Z", "2026-12-31", "the last millisecond of the year in Jakarta"],
    ["2026-12-31T17:00:00Z", "2027-01-01", "new year in Jakarta while UTC is still in 2026"],
    ["2026-02-28T17:00:00Z", "2026-03-01", "after 28 February in a common year"],
    ["2028-02-28T17:00:00Z", "2028-02-29", "a leap day"],
    ["2026-01-04T17:00:00Z", "2026-01-05", "zero-padded month and day"],
  ])("%s is %s (%s)", (instant, day) => {
    expect(todayJakarta(new Date(instant))).toBe(day);
  });

  it("defaults to the current instant", () => {
    const before = todayJakarta(new Date());
    const now = todayJakarta();
    const after = todayJakarta(new Date());
    expect([before, after]).toContain(now);
  });
});
