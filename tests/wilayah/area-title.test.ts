import { describe, expect, it } from "vitest";
import { areaTitle, childrenLabel, levelLabel } from "@/lib/wilayah/codes";

describe("areaTitle", () => {
  it("names the level where the name does not, from the enum or from its label", () => {
    expect(areaTitle("KECAMATAN", "Donorojo")).toBe("Kecamatan Donorojo");
    expect(areaTitle(levelLabel.DESA, "Donorojo")).toBe("Desa Donorojo");
    expect(areaTitle("PROVINSI", "Jawa Timur")).toBe("Provinsi Jawa Timur");
  });
  it("keeps kab/kota names as they are (they already say Kota / Kabupaten)", () => {
    expect(areaTitle("KOTA", "Kota Metro")).toBe("Kota Metro");
    expect(areaTitle(levelLabel.KABUPATEN, "Kabupaten Pacitan")).toBe("Kabupaten Pacitan");
  });
});

describe("childrenLabel", () => {
  it("names the children by their own levels: desa, kelurahan or both", () => {
    expect(childrenLabel(["Desa", "Desa", "Desa"], "kelurahan")).toBe("desa");
    expect(childrenLabel(["Kelurahan", "Kelurahan"], "kelurahan")).toBe("kelurahan");
    expect(childrenLabel(["Kelurahan", "Desa", "Desa"], "kelurahan")).toBe("desa/kelurahan");
    expect(childrenLabel(["Kota", "Kabupaten"], "kecamatan")).toBe("kabupaten/kota");
  });
  it("falls back when there are no children to read", () => {
    expect(childrenLabel([], "kecamatan")).toBe("kecamatan");
  });
});
