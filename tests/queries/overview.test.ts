import { beforeAll, describe, expect, it } from "vitest";
import { freshDb, type TestDb } from "../helpers/db";
import { loadWilayah } from "@/lib/wilayah/load";
import { readOfficialAreas } from "@/lib/wilayah/idn-area";
import { generateDemo, type DemoDataset } from "@/lib/demo/generate";
import { persistDemo } from "@/lib/demo/persist";
import { demoUsers } from "@/lib/demo/users";
import { getOverview } from "@/lib/queries/overview";
import { loadViewer } from "@/lib/queries/auth";
import type { Viewer } from "@/lib/auth/scope";
import { bumpDataVersion } from "@/lib/db/data-version";

const kelurahan = readOfficialAreas("18.72")
  .filter((a) => a.level === "KELURAHAN")
  .map((a) => ({ code: a.code, name: a.name, kecamatanCode: a.parentCode!, kabKotaCode: "18.72" }));

describe("overview (scoped)", () => {
  let t: TestDb;
  let data: DemoDataset;
  const viewers: Record<string, Viewer> = {};
  beforeAll(async () => {
    t = freshDb();
    await loadWilayah(t.db, "18.72");
    data = generateDemo(kelurahan);
    await persistDemo(t.db, data, "18.72", demoUsers(data, "18.72").map((u) => ({ ...u, passwordHash: "x" })));
    for (const u of await t.db.user.findMany()) viewers[u.username] = (await loadViewer(u.id, 0))!;
  });

  const activeKaderIn = (pred: (kel: string) => boolean) =>
    data.kader.filter((k) => k.active && pred(data.posyandu.find((p) => p.code === k.posyanduCode)!.kelurahanCode)).length;

  it("shows the kota its 5 kecamatan, 22 kelurahan, every posyandu and active kader", async () => {
    const o = await getOverview(viewers.pimpinan!);
    expect(o.scopeName).toBe("Kota Metro");
    expect(o.kecamatan).toBe(5);
    expect(o.kelurahan).toBe(22);
    expect(o.posyandu).toBe(data.posyandu.length);
    expect(o.kaderAktif).toBe(activeKaderIn(() => true));
    expect(o.rows.map((r) => r.name)).toContain("Sumbersari Bantul");
    const metro = o.rows.find((r) => r.code === "18.72.01.1001")!;
    expect(metro.posyandu).toBe(data.posyandu.filter((p) => p.kelurahanCode === "18.72.01.1001").length);
    expect(metro.kaderAktif).toBe(activeKaderIn((k) => k === "18.72.01.1001"));
  });

  it("shows the camat only their kecamatan", async () => {
    const o = await getOverview(viewers.camat!);
    expect(o.scopeName).toBe("Kecamatan Metro Pusat");
    expect(o.kecamatan).toBe(1);
    expect(o.rows.map((r) => r.code)).toEqual(["18.72.01.1001", "18.72.01.1002", "18.72.01.1003", "18.72.01.1004", "18.72.01.1005"]);
    expect(o.posyandu).toBe(data.posyandu.filter((p) => p.kecamatanCode === "18.72.01").length);
    expect(o.kaderAktif).toBe(activeKaderIn((k) => k.startsWith("18.72.01.")));
  });

  it("shows the lurah only their kelurahan", async () => {
    const o = await getOverview(viewers.lurah!);
    expect(o.rows.map((r) => r.code)).toEqual(["18.72.01.1001"]);
    expect(o.posyandu).toBe(data.posyandu.filter((p) => p.kelurahanCode === "18.72.01.1001").length);
  });

  it("shows the puskesmas operator its wilayah kerja, not its kecamatan", async () => {
    const v = viewers.puskesmas!;
    expect(v.wilayahKerja).toEqual(data.puskesmas[0]!.kelurahan);
    const o = await getOverview(v);
    expect(o.scopeName).toBe(`Wilayah kerja ${data.puskesmas[0]!.name}`);
    expect(o.rows.map((r) => r.code)).toEqual(data.puskesmas[0]!.kelurahan);
  });

  it("shows nothing to a user whose area is not set", async () => {
    const o = await getOverview({ ...viewers.camat!, scopeAreaCode: null });
    expect(o.rows).toEqual([]);
    expect(o.posyandu).toBe(0);
    expect(o.kaderAktif).toBe(0);
  });

  it("counts a province exactly as the sum of its kelurahan rows, also for kader who left or posyandu closed", async () => {
    // Awkward cases the province's one-statement totals must treat as the per-kelurahan path does: an inactive
    // kader still holding an open membership, an ended membership, an inactive posyandu with open memberships,
    // one kader serving two posyandu, a membership that starts next year.
    const [a, b, c] = await t.db.posyandu.findMany({ where: { active: true }, orderBy: { code: "asc" }, take: 3 });
    const leaver = await t.db.kaderMembership.findFirstOrThrow({ where: { posyanduId: a!.id, endDate: null } });
    await t.db.kader.update({ where: { id: leaver.kaderId }, data: { active: false } });
    const ended = await t.db.kaderMembership.findFirstOrThrow({ where: { posyanduId: b!.id, endDate: null } });
    await t.db.kaderMembership.update({ where: { id: ended.id }, data: { endDate: new Date("2026-06-30T00:00:00Z") } });
    await t.db.posyandu.update({ where: { id: c!.id }, data: { active: false } });
    const twice = await t.db.kaderMembership.findFirstOrThrow({ where: { posyanduId: b!.id, endDate: null } });
    await t.db.kaderMembership.create({ data: { kaderId: twice.kaderId, posyanduId: a!.id, startDate: new Date("2027-01-01T00:00:00Z") } });
    await bumpDataVersion(t.db);

    const kota = await getOverview(viewers.pimpinan!);
    const province = await getOverview({ ...viewers.pimpinan!, scopeAreaCode: "18" });
    const totals = (o: typeof kota) => ({ kecamatan: o.kecamatan, kelurahan: o.kelurahan, posyandu: o.posyandu, kaderAktif: o.kaderAktif });
    expect(province.scopeCode).toBe("18");
    expect(province.rows).toEqual([]);
    expect(totals(province)).toEqual(totals(kota));
    expect(kota.kaderAktif).toBe(kota.rows.reduce((s, r) => s + r.kaderAktif, 0));
    const exact = await t.db.kaderMembership.count({ where: { endDate: null, kader: { active: true }, posyandu: { active: true } } });
    expect(province.kaderAktif).toBe(exact);
    expect(province.posyandu).toBe(data.posyandu.length - 1);
    expect(totals(province)).toMatchObject({ kecamatan: 5, kelurahan: 22 });
  });

  it("drops a session after deactivation or sign-out everywhere", async () => {
    const camat = await t.db.user.findUniqueOrThrow({ where: { username: "camat" } });
    expect(await loadViewer(camat.id, 0)).not.toBeNull();
    await t.db.user.update({ where: { id: camat.id }, data: { sessionVersion: 1 } });
    expect(await loadViewer(camat.id, 0)).toBeNull();
    await t.db.user.update({ where: { id: camat.id }, data: { sessionVersion: 0, active: false } });
    expect(await loadViewer(camat.id, 0)).toBeNull();
  });
});
