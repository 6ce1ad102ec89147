import { describe, expect, it } from "vitest";
import { areaWhere, canEnterData, canManage, canViewArea, posyanduWhere, scopeOf, viewerRoleLabel, type Viewer } from "@/lib/auth/scope";

const viewer = (role: Viewer["role"], scopeAreaCode: string | null, wilayahKerja: string[] = []) => ({ role, scopeAreaCode, wilayahKerja });

describe("scope rules", () => {
  const admin = scopeOf(viewer("ADMIN", "18.72"));
  const pimpinan = scopeOf(viewer("PIMPINAN", "18.72"));
  const camat = scopeOf(viewer("KECAMATAN", "18.72.01"));
  const lurah = scopeOf(viewer("KELURAHAN", "18.72.01.1001"));
  const pkm = scopeOf(viewer("PUSKESMAS", null, ["18.72.01.1005", "18.72.02.1001"]));

  it.each([
    ["ADMIN sees the whole kota", admin, "18.72.05.1004", true],
    ["PIMPINAN sees the whole kota", pimpinan, "18.72.03", true],
    ["nobody in 18.72 sees another kota", admin, "18.71.01.1001", false],
    ["the camat sees a kelurahan of the kecamatan", camat, "18.72.01.1003", true],
    ["the camat sees the kecamatan itself", camat, "18.72.01", true],
    ["the camat does not see another kecamatan", camat, "18.72.02.1001", false],
    ["the camat does not see the kota total", camat, "18.72", false],
    ["a code that only shares a prefix is not inside", scopeOf(viewer("KECAMATAN", "18.72.1")), "18.72.10", false],
    ["the lurah sees the own kelurahan", lurah, "18.72.01.1001", true],
    ["the lurah does not see a neighbour", lurah, "18.72.01.1002", false],
    ["the puskesmas sees its wilayah kerja across kecamatan", pkm, "18.72.02.1001", true],
    ["the puskesmas does not see the rest of the kecamatan", pkm, "18.72.01.1001", false],
    ["the puskesmas does not see the kecamatan total", pkm, "18.72.01", false],
  ])("%s", (_label, scope, code, allowed) => {
    expect(canViewArea(scope, code)).toBe(allowed);
  });

  it("a user without an area, or a puskesmas without wilayah kerja, sees nothing", () => {
    expect(scopeOf(viewer("KECAMATAN", null))).toEqual({ kind: "none" });
    expect(scopeOf(viewer("PUSKESMAS", "18.72"))).toEqual({ kind: "none" });
    expect(canViewArea({ kind: "none" }, "18.72")).toBe(false);
    expect(posyanduWhere({ kind: "none" })).toEqual({ kelurahanCode: { in: [] } });
    expect(areaWhere({ kind: "none" })).toEqual({ code: { in: [] } });
  });

  it("filters posyandu on the indexed column matching the scope depth", () => {
    // A range, not startsWith: an index serves it (lib/wilayah/codes.ts codesBelow).
    expect(posyanduWhere(scopeOf(viewer("PIMPINAN", "35")))).toEqual({ kabKotaCode: { gte: "35.", lt: "35/" } });
    expect(posyanduWhere(admin)).toEqual({ kabKotaCode: "18.72" });
    expect(posyanduWhere(camat)).toEqual({ kecamatanCode: "18.72.01" });
    expect(posyanduWhere(lurah)).toEqual({ kelurahanCode: "18.72.01.1001" });
    expect(posyanduWhere(pkm)).toEqual({ kelurahanCode: { in: ["18.72.01.1005", "18.72.02.1001"] } });
  });

  it("lets only ADMIN manage, and data-entry roles enter data", () => {
    expect(["ADMIN", "PIMPINAN", "KECAMATAN", "KELURAHAN", "PUSKESMAS"].filter((r) => canManage(r as Viewer["role"]))).toEqual(["ADMIN"]);
    expect(["ADMIN", "PIMPINAN", "KECAMATAN", "KELURAHAN", "PUSKESMAS"].filter((r) => canEnterData(r as Viewer["role"]))).toEqual(["ADMIN", "KELURAHAN", "PUSKESMAS"]);
  });
});

describe("viewerRoleLabel (header, account page, user list)", () => {
  it("names an admin by the level of their area", () => {
    expect(viewerRoleLabel({ role: "ADMIN", scopeAreaCode: "35" })).toBe("Admin provinsi");
    expect(viewerRoleLabel({ role: "ADMIN", scopeAreaCode: "18.72" })).toBe("Admin kota/kabupaten");
    expect(viewerRoleLabel({ role: "PIMPINAN", scopeAreaCode: "35" })).toBe("Pimpinan (Dinkes, Bappeda)");
    expect(viewerRoleLabel({ role: "KECAMATAN", scopeAreaCode: "18.72.01" })).toBe("Kecamatan (camat / Pokjanal kecamatan)");
  });
});
