// AreaKader: the engine's kader counts per area and month end, kept by every
// write that changes them. Every check compares the rollup report (AreaKader
// above the kelurahan) with the report computed from memberships (`dasar`).
import { beforeAll, describe, expect, it } from "vitest";
import { demoDb, type DemoDb } from "../helpers/demo-db";
import { getIndicatorReport, type When } from "@/lib/queries/indicators";
import { kaderRollup } from "@/lib/queries/indicator-rollups";
import { runImport } from "@/lib/import/engine";
import { undoImportBatch } from "@/lib/import/undo";
import { addKaderTraining, endKaderService, saveKader } from "@/lib/actions/kader";
import { createPosyandu, updatePosyandu } from "@/lib/actions/posyandu";
import { refreshRollups } from "@/lib/rollup/refresh";
import { backfillAreaKader, rebuildAllRollups } from "@/lib/rollup/rebuild";
import { rollupSnapshot } from "../helpers/demo-dump";
import type { Viewer } from "@/lib/auth/scope";

const TODAY = "2026-11-23";
const KEL = "18.72.01.1001";
const WHENS: When[] = [{ periode: "2026-10" }, { periode: "2025-03" }, { tahun: 2026 }, { tahun: 2025 }, { rolling: "2026-10" }];

describe("AreaKader", () => {
  let t: DemoDb;
  let provinsi: Viewer;
  const report = (kode: string, when: When, mode: "rollup" | "dasar", viewer: Viewer = t.viewers.admin) => getIndicatorReport(viewer, kode, when, t.db, { mode });
  /** Rollup = base rows for the kota, a kecamatan and the provinsi (a viewer of the whole province). */
  const same = async (whens: When[] = WHENS) => {
    for (const when of whens) {
      for (const [kode, viewer] of [["18.72", t.viewers.admin], ["18.72.01", t.viewers.admin], ["18", provinsi]] as const) {
        expect(await report(kode, when, "rollup", viewer), `${kode} ${JSON.stringify(when)}`).toEqual(await report(kode, when, "dasar", viewer));
      }
    }
  };
  const csv = (s: string) => new TextEncoder().encode(s);
  const kaderCukup = async (kode: string, when: When) => (await report(kode, when, "rollup")).indikator.posyandu_kader_cukup as { pembilang: number; penyebut: number };

  beforeAll(async () => {
    t = await demoDb();
    provinsi = { ...t.viewers.admin, scopeAreaCode: "18" };
  });

  it("gives the engine's figures for months, years and rolling windows, read from AreaKader", async () => {
    await same();
    const rows = await t.db.areaKader.findMany({ where: { areaCode: "18.72", period: { in: ["2026-10", "2026-12", "2025-12", "2024-12"] } } });
    expect(rows.map((r) => r.period).sort()).toEqual(["2024-12", "2025-12", "2026-10", "2026-12"]);
    // The report really reads the rows: a changed row shows, and a refresh puts it right.
    await t.db.areaKader.update({ where: { areaCode_period: { areaCode: "18.72", period: "2026-10" } }, data: { posyanduKaderCukup: { increment: 7 } } });
    const tampered = await kaderCukup("18.72", { periode: "2026-10" });
    await t.db.$transaction((tx) => refreshRollups(tx, { kelurahanCodes: [KEL], periods: ["2026-10"] }));
    expect(tampered.pembilang).toBe((await kaderCukup("18.72", { periode: "2026-10" })).pembilang + 7);
    await same([{ periode: "2026-10" }]);
  });

  it("falls back to memberships when rows are missing (a provinsi needs every kab/kota row)", async () => {
    const kota = await t.db.areaKader.findUniqueOrThrow({ where: { areaCode_period: { areaCode: "18.72", period: "2026-10" } } });
    const kabKota = (await t.db.area.findMany({ where: { parentCode: "18" }, select: { code: true } })).map((a) => a.code);
    expect((await kaderRollup(t.db, "18", kabKota, ["2026-10"])).has("2026-10")).toBe(kabKota.length === 1);
    await t.db.areaKader.delete({ where: { areaCode_period: { areaCode: "18.72", period: "2026-10" } } });
    expect((await kaderRollup(t.db, "18", kabKota, ["2026-10"])).size).toBe(0);
    await same([{ periode: "2026-10" }]);
    await t.db.areaKader.create({ data: kota });
  });

  it("follows saveKader (new kader, level change, end of service), endKaderService and a basic training", async () => {
    const code = t.data.posyandu.find((p) => p.kelurahanCode === KEL)!.code;
    const input = { mode: "baru", code: "KX901", name: "Sri Wahyuni", gender: "P", birthYear: "1985", startDate: "2025-01-10", active: "on", level: "" };
    expect((await saveKader(t.db, t.viewers.lurah, code, input, TODAY)).ok).toBe(true);
    await same();
    expect((await saveKader(t.db, t.viewers.lurah, code, { ...input, mode: "ubah", level: "utama" }, TODAY)).ok).toBe(true);
    await same();
    expect((await addKaderTraining(t.db, t.viewers.lurah, code, { kaderCode: "KX901", type: "DASAR", date: "2025-06-15", organizer: "Dinkes" }, TODAY)).ok).toBe(true);
    await same([{ periode: "2025-05" }, { periode: "2025-06" }, { tahun: 2025 }, { rolling: "2026-10" }]);
    expect((await endKaderService(t.db, t.viewers.lurah, code, { kaderCode: "KX901", endDate: "2026-03-31" }, TODAY)).ok).toBe(true);
    await same([{ periode: "2026-03" }, { periode: "2026-04" }, { tahun: 2026 }]);
    const serving = (await t.db.kaderMembership.findFirstOrThrow({ where: { posyandu: { code }, endDate: null }, include: { kader: true } })).kader;
    expect((await saveKader(t.db, t.viewers.lurah, code, { mode: "ubah", code: serving.code, name: serving.name, gender: "P", birthYear: "", startDate: "2024-01-01", active: "", level: "" }, TODAY)).ok).toBe(true);
    await same();
  });

  it("follows createPosyandu, a deactivation and a move to another kecamatan", async () => {
    const puskesmasId = (await t.db.puskesmas.findFirstOrThrow()).id;
    const form = { code: "PX901", name: "Mawar Baru", kelurahanCode: KEL, puskesmasId: String(puskesmasId), rw: "RW 09", address: "Balai RW 09", lat: "", lng: "", ilp: "", active: "on" };
    const before = await kaderCukup("18.72", { periode: "2026-10" });
    expect((await createPosyandu(t.db, t.viewers.lurah, form, TODAY)).ok).toBe(true);
    expect((await kaderCukup("18.72", { periode: "2026-10" })).penyebut).toBe(before.penyebut + 1);
    await same();
    const other = t.data.posyandu.find((p) => p.kelurahanCode.startsWith("18.72.03."))!;
    expect((await updatePosyandu(t.db, t.viewers.admin, "PX901", { ...form, active: "" }, TODAY)).ok).toBe(true);
    await same();
    const moved = await t.db.posyandu.findUniqueOrThrow({ where: { code: t.data.posyandu.find((p) => p.kelurahanCode === KEL && p.code !== "PX901")!.code } });
    expect((await updatePosyandu(t.db, t.viewers.admin, moved.code, { ...form, code: moved.code, name: moved.name, kelurahanCode: other.kelurahanCode, active: "on" }, TODAY)).ok).toBe(true);
    await same();
  });

  it("follows a kader import and its undo, and a posyandu import with a new posyandu", async () => {
    const own = t.data.posyandu.find((p) => p.kelurahanCode === "18.72.02.1001")?.code ?? t.data.posyandu[5]!.code;
    const existing = await t.db.kader.findFirstOrThrow({ where: { memberships: { some: { posyandu: { code: own }, endDate: null } } } });
    const H = "kode_kader,kode_posyandu,nama,jenis_kelamin,tahun_lahir,mulai_bertugas,aktif,terlatih_dasar,level_kompetensi";
    const file = `${H}\nKX950,${own},Siti Uji,P,1985,2024-02-01,ya,ya,madya\n${existing.code},${own},${existing.name},P,1980,,ya,ya,utama\n`;
    const before = await rollupSnapshot(t.db);
    const out = await runImport(t.db, t.viewers.admin, "kader", csv(file), "k.csv", { dryRun: false, today: TODAY });
    expect(out.status).toBe("selesai");
    await same();
    expect((await undoImportBatch(t.db, t.viewers.admin, out.batchId!, new Date())).ok).toBe(true);
    await same();
    expect((await rollupSnapshot(t.db)).areaKader).toEqual(before.areaKader);
    const pos = "kode_posyandu,nama_posyandu,kode_kelurahan,nama_puskesmas,rw,alamat,lintang,bujur,ilp\nPX960,Melati Uji,18.72.02.1001,,RW 01,Balai RW,,,\n";
    const imported = await runImport(t.db, t.viewers.admin, "posyandu", csv(pos), "p.csv", { dryRun: false, today: TODAY });
    expect(imported.status).toBe("selesai");
    await same([{ periode: "2026-10" }, { tahun: 2026 }]);
    expect((await undoImportBatch(t.db, t.viewers.admin, imported.batchId!, new Date())).ok).toBe(true);
    await same([{ periode: "2026-10" }]);
  });

  it("a laporan import opening a new month in one kelurahan fills that month for the whole kab/kota", async () => {
    expect(await t.db.areaKader.count({ where: { period: "2027-01" } })).toBe(0);
    const code = t.data.posyandu.find((p) => p.kelurahanCode === KEL)!.code;
    const file = `kode_posyandu,periode,buka,kader_bertugas,s,k,d,n,bgm,t2\n${code},2027-01,ya,6,60,50,40,30,0,1\n`;
    expect((await runImport(t.db, t.viewers.admin, "laporan-bulanan", csv(file), "l.csv", { dryRun: false, today: "2027-02-03" })).status).toBe("selesai");
    const kelurahan = await t.db.area.count({ where: { code: { startsWith: "18.72." }, level: { in: ["KELURAHAN", "DESA"] } } });
    const rows = await t.db.areaKader.findMany({ where: { period: "2027-01", areaCode: { startsWith: "18.72." } } });
    const villages = rows.filter((r) => r.areaCode.split(".").length === 4);
    expect(villages).toHaveLength(kelurahan);
    const kota = await t.db.areaKader.findUniqueOrThrow({ where: { areaCode_period: { areaCode: "18.72", period: "2027-01" } } });
    expect(kota.posyanduAktif).toBe(villages.reduce((s, r) => s + r.posyanduAktif, 0));
    expect(kota.kaderAktif).toBe(villages.reduce((s, r) => s + r.kaderAktif, 0));
    expect(kota.posyanduAktif).toBe(await t.db.posyandu.count({ where: { kabKotaCode: "18.72", active: true } }));
    await same([{ periode: "2027-01" }, { rolling: "2027-01" }, { tahun: 2027 }]);
  });

  it("rebuildAllRollups gives the AreaKader rows of refreshRollups({ all: true })", async () => {
    const kel = (await t.db.posyandu.findMany({ select: { kelurahanCode: true }, distinct: ["kelurahanCode"] })).map((p) => p.kelurahanCode);
    await t.db.$transaction((tx) => refreshRollups(tx, { kelurahanCodes: kel, all: true }), { timeout: 120_000 });
    const viaRefresh = await rollupSnapshot(t.db);
    await t.db.$transaction((tx) => rebuildAllRollups(tx), { timeout: 120_000 });
    expect((await rollupSnapshot(t.db)).areaKader).toEqual(viaRefresh.areaKader);
    await same([{ periode: "2026-10" }, { tahun: 2027 }]);
  });

  it("db:migrate's backfill fills an empty AreaKader with the same rows, once", async () => {
    const before = (await rollupSnapshot(t.db)).areaKader;
    await t.db.areaKader.deleteMany();
    await same([{ periode: "2026-10" }]);
    expect(await backfillAreaKader(t.db)).toBe(1);
    expect((await rollupSnapshot(t.db)).areaKader).toEqual(before);
    expect(await backfillAreaKader(t.db)).toBe(0);
  });
});
