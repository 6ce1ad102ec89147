// Which agenda titles still name another area than the item's own (the hint after "Ubah wilayah"): real Kota Metro
// names, where "Metro" is a kelurahan inside "Metro Pusat" inside "Kota Metro".
import { describe, expect, it } from "vitest";
import { namedAreas, staleAreaName } from "@/lib/meetings/stale-title";

const AREAS = [
  { code: "18.72", level: "KOTA", name: "Kota Metro" },
  { code: "18.72.01", level: "KECAMATAN", name: "Metro Pusat" },
  { code: "18.72.01.1001", level: "KELURAHAN", name: "Metro" },
  { code: "18.72.01.1002", level: "KELURAHAN", name: "Hadimulyo Timur" },
  { code: "18.72.01.1004", level: "KELURAHAN", name: "Hadimulyo Barat" },
];
const KEC = "18.72.01";
const METRO = "18.72.01.1001";
const BARAT = "18.72.01.1004";

describe("staleAreaName", () => {
  it.each([
    ["a suggested title after the item moved to another kelurahan", "Stunting naik di Kel. Hadimulyo Barat (+1,2 poin)", METRO, BARAT],
    ["the same title, lower case", "stunting naik di kel. hadimulyo barat", METRO, BARAT],
    ["a kelurahan title after the item moved up to the kecamatan", "Stunting naik di Kel. Metro (+0,8 poin)", KEC, METRO],
    ["the title names the item's own area", "Stunting naik di Kel. Hadimulyo Barat (+1,2 poin)", BARAT, null],
    ["the title names an area above the item's", "Peta stunting Metro Pusat Agustus 2026", BARAT, null],
    ["'Metro' inside 'Metro Pusat' is not the kelurahan Metro", "Peta stunting Metro Pusat", BARAT, null],
    ["'Metro' inside 'Kota Metro' is not the kelurahan Metro", "Rapat Kota Metro", BARAT, null],
    ["a comparison that names the item's own area too", "Metro dibanding Hadimulyo Barat", METRO, null],
    ["no area named", "Peta prevalensi stunting Agustus 2026", METRO, null],
    ["a name only as part of a word", "Metropolitan", BARAT, null],
    ["no text", null, METRO, null],
  ])("%s", (_what, text, itemCode, stale) => {
    expect(staleAreaName(text, itemCode, AREAS)?.code ?? null).toBe(stale);
  });

  it("namedAreas keeps the longest name where names overlap, each area once", () => {
    expect(namedAreas("Kota Metro: Metro Pusat, Kel. Metro dan Kel. Metro", AREAS).map((a) => a.code)).toEqual(["18.72", KEC, METRO]);
    expect(namedAreas("Hadimulyo Timur (a.k.a. [Hadimulyo Barat])", AREAS).map((a) => a.code)).toEqual(["18.72.01.1002", BARAT]);
  });
});
