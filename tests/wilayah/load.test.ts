import { beforeAll, describe, expect, it } from "vitest";
import { freshDb, type TestDb } from "../helpers/db";
import { loadWilayah, WilayahError } from "@/lib/wilayah/load";
import { levelOfCode, parentOfCode } from "@/lib/wilayah/codes";

// Kota Metro per Kepmendagri 300.2.2-2138/2025 (domain.md §7), typed here by hand on purpose:
// the loader must reproduce exactly these codes and names from idn-area-data.
const KECAMATAN = {
  "18.72.01": "Metro Pusat",
  "18.72.02": "Metro Utara",
  "18.72.03": "Metro Barat",
  "18.72.04": "Metro Timur",
  "18.72.05": "Metro Selatan",
};
const KELURAHAN = {
  "18.72.01.1001": "Metro", "18.72.01.1002": "Hadimulyo Timur", "18.72.01.1003": "Imopuro", "18.72.01.1004": "Hadimulyo Barat", "18.72.01.1005": "Yosomulyo",
  "18.72.02.1001": "Banjarsari", "18.72.02.1002": "Purwosari", "18.72.02.1003": "Karangrejo", "18.72.02.1004": "Purwoasri",
  "18.72.03.1001": "Mulyojati", "18.72.03.1002": "Ganjar Agung", "18.72.03.1003": "Mulyosari", "18.72.03.1004": "Ganjar Asri",
  "18.72.04.1001": "Yosodadi", "18.72.04.1002": "Tejosari", "18.72.04.1003": "Iring Mulyo", "18.72.04.1004": "Yosorejo", "18.72.04.1005": "Tejo Agung",
  "18.72.05.1001": "Rejomulyo", "18.72.05.1002": "Margorejo", "18.72.05.1003": "Sumbersari Bantul", "18.72.05.1004": "Margodadi",
};

describe("area loader (idn-area-data)", () => {
  let t: TestDb;
  beforeAll(() => {
    t = freshDb();
  });

  it("loads Kota Metro with the exact official codes, names, levels and parents", async () => {
    const r = await loadWilayah(t.db, "18.72");
    expect(r.inserted).toBe(29);
    const areas = await t.db.area.findMany({ orderBy: { code: "asc" } });
    const byLevel = (level: string) => Object.fromEntries(areas.filter((a) => a.level === level).map((a) => [a.code, a.name]));
    expect(byLevel("PROVINSI")).toEqual({ "18": "Lampung" });
    expect(byLevel("KOTA")).toEqual({ "18.72": "Kota Metro" });
    expect(byLevel("KECAMATAN")).toEqual(KECAMATAN);
    expect(byLevel("KELURAHAN")).toEqual(KELURAHAN);
    expect(byLevel("DESA")).toEqual({});
    for (const a of areas) expect(a.parentCode).toBe(parentOfCode(a.code));
    expect(areas.every((a) => a.source.includes("idn-area-data 4.0.1"))).toBe(true);
  });

  it("changes nothing when loaded twice", async () => {
    const before = await t.db.area.findMany({ orderBy: { code: "asc" } });
    const r = await loadWilayah(t.db, "18.72");
    expect({ inserted: r.inserted, updated: r.updated, unchanged: r.unchanged }).toEqual({ inserted: 0, updated: 0, unchanged: 29 });
    expect(await t.db.area.findMany({ orderBy: { code: "asc" } })).toEqual(before);
  });

  it.each([
    ["18.99", "tidak ditemukan dalam data resmi Kemendagri"],
    ["99", "tidak ditemukan dalam data resmi Kemendagri"],
    ["18-72", "harus berbentuk PP (provinsi) atau PP.KK"],
    ["18.72.01", "harus berbentuk PP (provinsi) atau PP.KK"],
    ["abc", "harus berbentuk PP (provinsi) atau PP.KK"],
    ["", "harus berbentuk PP (provinsi) atau PP.KK"],
  ])("rejects %j with an Indonesian error and writes nothing", async (code, message) => {
    const count = await t.db.area.count();
    const error = await loadWilayah(t.db, code).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WilayahError);
    expect((error as Error).message).toContain(message);
    expect(await t.db.area.count()).toBe(count);
  });

  it.each([
    ["18", "PROVINSI"], ["18.07", "KABUPATEN"], ["18.72", "KOTA"], ["18.72.04", "KECAMATAN"],
    ["18.72.04.1001", "KELURAHAN"], ["18.07.01.2001", "DESA"], ["91.01.01.3001", "DESA_ADAT"],
  ])("derives the level of %s as %s", (code, level) => {
    expect(levelOfCode(code)).toBe(level);
  });
});
