// A posyandu's coordinates on its page are written the way its form takes them (decimal comma), so an operator who
// copies them into the form gets the same point back, not an error or a point a thousand km away.
import { describe, expect, it } from "vitest";
import { formatCoordinate } from "@/lib/format";
import { posyanduSchema } from "@/lib/validations/posyandu";

describe("formatCoordinate", () => {
  it("writes five decimals with a comma, south negative, no thousands dot", () => {
    expect(formatCoordinate(-5.115)).toBe("-5,11500");
    expect(formatCoordinate(105.311754)).toBe("105,31175");
    expect(formatCoordinate(0.5)).toBe("0,50000");
  });

  it("is read back by the posyandu form as the same point", () => {
    const form = { name: "Posyandu Mawar", kelurahanCode: "18.72.01.1001", lat: formatCoordinate(-5.11532), lng: formatCoordinate(105.30811) };
    const parsed = posyanduSchema.parse(form);
    expect([parsed.lat, parsed.lng]).toEqual([-5.11532, 105.30811]);
  });
});
