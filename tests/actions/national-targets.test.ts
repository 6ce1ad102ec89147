// National targets (IndicatorTarget without an area) are the reference every kab/kota is judged against, so only an
// ADMIN whose scope holds every kab/kota of the deployment edits them; a kota admin among several sets their own
// kota's targets only. The demo (one kota) keeps its admin's right.
import { beforeAll, describe, expect, it } from "vitest";
import { demoDb, type DemoDb } from "../helpers/demo-db";
import { NATIONAL_READ_ONLY, setTarget } from "@/lib/actions/admin";
import { canEditNationalTargets } from "@/lib/queries/admin";
import { loadViewer } from "@/lib/queries/auth";
import { loadWilayah } from "@/lib/wilayah/load";
import { seedReference } from "@/lib/reference/seed";
import type { Viewer } from "@/lib/auth/scope";

const REFUSAL = "Target nasional hanya dapat diubah oleh admin yang wilayahnya mencakup semua kabupaten/kota di aplikasi ini, karena semua wilayah dinilai terhadapnya. Tetapkan target untuk wilayah Anda sendiri.";

describe("who edits the national targets", () => {
  let t: DemoDb;
  const national = (indicator: string) => t.db.indicatorTarget.findFirst({ where: { indicator, year: 2026, areaCode: null }, select: { value: true, source: true } });
  const counts = async () => ({ targets: await t.db.indicatorTarget.count(), audit: await t.db.auditLog.count() });
  const set = (viewer: Viewer, areaCode: string, value: string) => setTarget(t.db, viewer, { indicator: "d_s", year: "2026", areaCode, value, source: "Renstra" });

  beforeAll(async () => {
    t = await demoDb();
    await seedReference(t.db);
  });

  it("the demo's kota admin, the only kab/kota of the deployment, edits a national row; nobody else does", async () => {
    expect(await canEditNationalTargets(t.viewers.admin, t.db)).toBe(true);
    expect((await set(t.viewers.admin, "", "80")).ok).toBe(true);
    expect(await national("d_s")).toEqual({ value: 80, source: "Renstra" });
    for (const who of ["pimpinan", "camat", "lurah", "puskesmas"] as const) expect(await canEditNationalTargets(t.viewers[who], t.db), who).toBe(false);
  });

  describe("once a second kab/kota is loaded (a provinsi deployment)", () => {
    let provinsi: Viewer;
    beforeAll(async () => {
      await loadWilayah(t.db, "18.71");
      const u = await t.db.user.create({ data: { username: "admin.provinsi", name: "Admin Provinsi", passwordHash: "x", role: "ADMIN", scopeAreaCode: "18" } });
      provinsi = (await loadViewer(u.id, 0))!;
    });

    it("refuses the kota admin a national row, writing nothing, even when the value would not change", async () => {
      expect(await canEditNationalTargets(t.viewers.admin, t.db)).toBe(false);
      const before = await counts();
      for (const value of ["85", "80"]) expect(await set(t.viewers.admin, "", value)).toEqual(NATIONAL_READ_ONLY);
      expect(NATIONAL_READ_ONLY.message).toBe(REFUSAL);
      expect(NATIONAL_READ_ONLY.fieldErrors).toEqual({ areaCode: "Pilih wilayah Anda; target nasional hanya dapat dibaca" });
      expect(await counts()).toEqual(before);
      expect(await national("d_s")).toEqual({ value: 80, source: "Renstra" });
    });

    it("still lets the kota admin set their own kota's row, audited", async () => {
      expect(await set(t.viewers.admin, "18.72", "83")).toEqual({ ok: true, message: "Target Partisipasi penimbangan (D/S) 2026 (18.72) disimpan." });
      const row = await t.db.indicatorTarget.findFirstOrThrow({ where: { indicator: "d_s", year: 2026, areaCode: "18.72" } });
      expect(row.value).toBe(83);
      expect(await t.db.auditLog.count({ where: { entity: "IndicatorTarget", entityId: String(row.id), userId: t.viewers.admin.id } })).toBe(1);
    });

    it("lets an admin of the whole provinsi edit the national row", async () => {
      expect(await canEditNationalTargets(provinsi, t.db)).toBe(true);
      expect((await set(provinsi, "", "86")).ok).toBe(true);
      expect(await national("d_s")).toEqual({ value: 86, source: "Renstra" });
    });

    it("an ADMIN without an area (misconfigured) edits nothing national", async () => {
      expect(await canEditNationalTargets({ ...provinsi, scopeAreaCode: null }, t.db)).toBe(false);
      expect(await set({ ...provinsi, scopeAreaCode: null }, "", "90")).toEqual(NATIONAL_READ_ONLY);
    });
  });
});
