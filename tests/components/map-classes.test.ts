// The map's colour classes (lib/colors.ts colorClasses): what shade a kelurahan gets is what a room reads first,
// so a lone or uniformly high value must not come out in the lightest ("best") shade.
import { describe, expect, it } from "vitest";
import { colorClasses, colorOf } from "@/lib/colors";

const bounds = (values: (number | null)[]) => colorClasses(values, "turun-baik").map((c) => [c.from, c.to]);
/** Index of the class (0 = lightest) a value falls in. */
const shade = (value: number, values: (number | null)[]) => {
  const classes = colorClasses(values, "turun-baik");
  return classes.findIndex((c) => c.color === colorOf(value, classes));
};

describe("map colour classes", () => {
  it("spreads a wide range over five equal classes from its lowest value, lowest lightest and highest darkest", () => {
    const values = [2.3, 8.4, 13.3, 23.8, 31.8, null];
    expect(bounds(values)).toEqual([[2, 8], [8, 14], [14, 20], [20, 26], [26, 32]]);
    expect(values.filter((v) => v !== null).map((v) => shade(v!, values))).toEqual([0, 1, 1, 3, 4]);
  });

  it("gives a lone kelurahan the middle shade, not the lightest, with its class in the middle of the legend", () => {
    expect(bounds([23.2])).toEqual([[21, 22], [22, 23], [23, 24], [24, 25], [25, 26]]);
    expect(shade(23.2, [23.2])).toBe(2);
    expect(shade(20, [20])).toBe(2);
  });

  it("keeps areas within a point or two of each other in the middle shades", () => {
    expect(shade(30.1, [30.1, 30.8])).toBe(2);
    expect(shade(30.8, [30.1, 30.8])).toBe(2);
    const two = [20.1, 21.5];
    expect(two.map((v) => shade(v, two))).toEqual([1, 2]);
  });

  it("stays inside 0–100 % at either end", () => {
    expect(bounds([0.5])).toEqual([[0, 1], [1, 2], [2, 3], [3, 4], [4, 5]]);
    expect(colorClasses([99.6], "naik-baik").map((c) => [c.from, c.to])).toEqual([[95, 96], [96, 97], [97, 98], [98, 99], [99, 100]]);
    expect(shade(99.6, [99.6])).toBe(4);
    // A range spanning every class up to 100 % (the demo's "posyandu dengan ≥ 5 kader": 57,1–100 %) used to end at
    // "102,0 %" in the legend.
    const high = [57.1, 75, 100];
    const classes = colorClasses(high, "naik-baik");
    expect(classes.map((c) => [c.from, c.to])).toEqual([[55, 64], [64, 73], [73, 82], [82, 91], [91, 100]]);
    expect(high.map((v) => classes.findIndex((c) => c.color === colorOf(v, classes)))).toEqual([0, 2, 4]);
    // D/S above 100 % (D > S) keeps its own top class.
    expect(colorClasses([60, 104.2], "naik-baik").at(-1)!.to).toBeGreaterThanOrEqual(104.2);
  });

  it("has no classes without data, and paints no-data grey", () => {
    expect(colorClasses([null, null], "turun-baik")).toEqual([]);
    expect(colorOf(null, colorClasses([12], "turun-baik"))).toBe("#d4d4d8");
  });
});
