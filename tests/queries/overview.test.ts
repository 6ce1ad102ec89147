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

  it("drops a session after deactivation or sign-out everywhere", async () => {
    const camat = await t.db.user.findUniqueOrThrow({ where: { username: "camat" } });
    expect(await loadViewer(camat.id, 0)).not.toBeNull();
    await t.db.user.update({ where: { id: camat.id }, data: { sessionVersion: 1 } });
    expect(await loadViewer(camat.id, 0)).toBeNull();
    await t.db.user.update({ where: { id: camat.id }, data: { sessionVersion: 0, active: false } });
    expect(await loadViewer(camat.id, 0)).toBeNull();
  });
});
