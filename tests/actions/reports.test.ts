import { beforeAll, describe, expect, it } from "vitest";
import { demoDb, type DemoDb } from "../helpers/demo-db";
import { saveMonthlyGrid } from "@/lib/actions/reports";
import { gridFromForm, type MonthlyGridInput } from "@/lib/validations/reports";

const TODAY = "2026-11-23";
const METRO = "18.72.01.1001";

type Row = MonthlyGridInput["rows"][number];
const blank = (posyanduId: number): Row => ({ posyanduId, buka: false, kader_bertugas: "", s: "", k: "", d: "", n: "", o: "", b: "", bgm: "", t2: "" });
const filled = (posyanduId: number, v: Partial<Row> = {}): Row => ({ posyanduId, buka: true, kader_bertugas: "6", s: "80", k: "75", d: "60", n: "50", o: "3", b: "1", bgm: "1", t2: "2", ...v });

describe("monthly SKDN grid (saveMonthlyGrid)", () => {
  let t: DemoDb;
  let own: number[];
  let other: number;
  beforeAll(async () => {
    t = await demoDb();
    own = (await t.db.posyandu.findMany({ where: { kelurahanCode: METRO, active: true }, orderBy: { id: "asc" } })).map((p) => p.id);
    other = (await t.db.posyandu.findFirstOrThrow({ where: { kelurahanCode: "18.72.01.1002" } })).id;
  });
  const save = (rows: Row[], who: keyof DemoDb["viewers"] = "lurah", periode = "2026-11") => saveMonthlyGrid(t.db, t.viewers[who], { periode, rows }, TODAY);
  const reports = (period: string) => t.db.monthlyReport.findMany({ where: { period }, orderBy: { posyanduId: "asc" } });
  const audits = () => t.db.auditLog.count({ where: { entity: "MonthlyReport" } });

  it("inserts filled rows, skips blank ones, then changes nothing when the same values are saved again", async () => {
    const [a, b, c] = own as [number, number, number];
    const rows = [filled(a), filled(b, { s: "40", k: "40", d: "30", n: "20", bgm: "0", t2: "" }), blank(c)];
    const first = await save(rows);
    expect(first).toMatchObject({ ok: true, counts: { inserted: 2, updated: 0, unchanged: 0, skipped: 1 } });
    expect(first.message).toBe("Tersimpan: 2 baru, 0 diperbarui, 0 tidak berubah, 1 baris kosong dilewati.");
    const stored = await reports("2026-11");
    expect(stored.map((r) => r.posyanduId)).toEqual([a, b]);
    expect(stored[1]).toMatchObject({ opened: true, kaderOnDuty: 6, s: 40, k: 40, d: 30, n: 20, bgm: 0, t2: null, source: "FORM", enteredById: t.viewers.lurah.id, qualityFlags: null });

    const created = await t.db.auditLog.findMany({ where: { entity: "MonthlyReport", action: "CREATE" } });
    expect(created).toHaveLength(2);
    expect(created[0]!.before).toBeNull();
    expect(JSON.parse(created[0]!.after!)).toMatchObject({ posyanduId: a, period: "2026-11", s: 80, d: 60, source: "FORM" });

    const auditCount = await audits();
    const stamps = stored.map((r) => r.updatedAt.getTime());
    const again = await save(rows);
    expect(again.counts).toEqual({ inserted: 0, updated: 0, unchanged: 2, skipped: 1 });
    expect(await audits()).toBe(auditCount);
    expect((await reports("2026-11")).map((r) => r.updatedAt.getTime())).toEqual(stamps);
  });

  it("updates a changed row with an audit entry holding the values before and after", async () => {
    const [a, b] = own as [number, number];
    const result = await save([filled(a, { d: "65" }), filled(b, { s: "40", k: "40", d: "30", n: "20", bgm: "0", t2: "" })]);
    expect(result.counts).toEqual({ inserted: 0, updated: 1, unchanged: 1, skipped: 0 });
    const entry = await t.db.auditLog.findFirstOrThrow({ where: { entity: "MonthlyReport", action: "UPDATE" }, orderBy: { id: "desc" } });
    expect(entry.userId).toBe(t.viewers.lurah.id);
    expect(JSON.parse(entry.before!)).toMatchObject({ posyanduId: a, period: "2026-11", d: 60, s: 80 });
    expect(JSON.parse(entry.after!)).toMatchObject({ d: 65, s: 80, source: "FORM" });
  });

  it("rejects the whole grid when one row has K > S: that row's field error, nothing written anywhere", async () => {
    const [a, b, c] = own as [number, number, number];
    const before = await audits();
    const result = await save([filled(a, { d: "70" }), filled(b, { s: "40", k: "45" }), filled(c)], "lurah");
    expect(result.ok).toBe(false);
    expect(result.rowErrors).toEqual({ [String(b)]: { k: "K (45) lebih besar dari S (40)" } });
    expect(result.message).toBe("1 baris memiliki galat; tidak ada yang disimpan. Perbaiki isian yang ditandai merah.");
    expect((await reports("2026-11")).map((r) => [r.posyanduId, r.d])).toEqual([[a, 65], [b, 30]]);
    expect(await audits()).toBe(before);
  });

  it("reports a malformed number as a field error of its row", async () => {
    const [a] = own as [number];
    const result = await save([filled(a, { s: "8o", n: "-1" })]);
    expect(result.ok).toBe(false);
    expect(result.rowErrors?.[String(a)]).toEqual({ s: "isi bilangan bulat 0 atau lebih", n: "isi bilangan bulat 0 atau lebih" });
  });

  it("answers a malformed cell and another row's SKDN error in one round (\"3,5\" then K > S)", async () => {
    const [a, b] = own as [number, number];
    const result = await save([filled(a, { kader_bertugas: "3,5" }), filled(b, { s: "40", k: "45" })]);
    expect(result.ok).toBe(false);
    expect(result.rowErrors).toEqual({ [a]: { kader_bertugas: "isi bilangan bulat 0 atau lebih" }, [b]: { k: "K (45) lebih besar dari S (40)" } });
  });

  it("saves D > S with the quality flag D_GT_S and returns a warning", async () => {
    const [, , c] = own as [number, number, number];
    const result = await save([filled(c, { s: "50", k: "50", d: "55", n: "40" })]);
    expect(result).toMatchObject({ ok: true, counts: { inserted: 1 } });
    expect(result.warnings).toEqual([expect.objectContaining({ posyanduId: c, field: "d", message: "D (55) lebih besar dari S (50); disimpan dengan tanda mutu data D_GT_S" })]);
    expect(result.warnings![0]!.name).not.toBe("");
    expect(await t.db.monthlyReport.findUniqueOrThrow({ where: { posyanduId_period: { posyanduId: c, period: "2026-11" } } })).toMatchObject({ qualityFlags: "D_GT_S", d: 55 });
  });

  it("refuses a lurah writing to a posyandu of another kelurahan, writing nothing at all", async () => {
    const before = await audits();
    const snapshot = await reports("2026-09");
    const result = await save([filled(own[0]!, { d: "1", n: "1", o: "0", b: "0", bgm: "0", t2: "0" }), filled(other)], "lurah", "2026-09");
    expect(result).toEqual({ ok: false, message: "1 posyandu tidak terdaftar atau di luar wilayah Anda; tidak ada yang disimpan." });
    expect(await reports("2026-09")).toEqual(snapshot);
    expect(await audits()).toBe(before);
  });

  it.each(["pimpinan", "camat"] as const)("refuses %s (a role that does not enter data)", async (who) => {
    const before = await audits();
    const result = await save([filled(own[0]!)], who, "2026-10");
    expect(result).toEqual({ ok: false, message: "Peran Anda tidak dapat mengisi laporan; tidak ada yang disimpan." });
    expect(await audits()).toBe(before);
  });

  it("refuses a month that has not happened yet", async () => {
    const result = await save([filled(own[0]!)], "lurah", "2026-12");
    expect(result).toEqual({ ok: false, message: "Periode 2026-12 belum terjadi; tidak ada yang disimpan." });
    expect(await reports("2026-12")).toHaveLength(0);
  });

  it("lets the puskesmas fill its wilayah kerja and takes over an imported row (source FORM, before-image kept)", async () => {
    const viewer = t.viewers.puskesmas;
    const kel = viewer.wilayahKerja[1]!;
    const p = await t.db.posyandu.findFirstOrThrow({ where: { kelurahanCode: kel, active: true, reports: { some: { period: "2026-10" } } } });
    const old = await t.db.monthlyReport.findUniqueOrThrow({ where: { posyanduId_period: { posyanduId: p.id, period: "2026-10" } } });
    const row = { posyanduId: p.id, buka: old.opened, kader_bertugas: old.kaderOnDuty, s: old.s, k: old.k, d: old.d, n: old.n, o: old.o, b: old.b, bgm: old.bgm, t2: old.t2 };
    expect((await saveMonthlyGrid(t.db, viewer, { periode: "2026-10", rows: [row] }, TODAY)).counts?.unchanged).toBe(1);
    const result = await saveMonthlyGrid(t.db, viewer, { periode: "2026-10", rows: [{ ...row, s: (old.s ?? 0) + 5 }] }, TODAY);
    expect(result.counts?.updated).toBe(1);
    const now = await t.db.monthlyReport.findUniqueOrThrow({ where: { id: old.id } });
    expect(now).toMatchObject({ source: "FORM", enteredById: viewer.id, s: (old.s ?? 0) + 5, importBatchId: null });
    const entry = await t.db.auditLog.findFirstOrThrow({ where: { entity: "MonthlyReport", entityId: String(old.id) }, orderBy: { id: "desc" } });
    expect(JSON.parse(entry.before!)).toMatchObject({ source: old.source, s: old.s });
  });

  it("refuses N above D − O − B and O + B above D on the row's own fields, saving nothing", async () => {
    const [a, b] = own as [number, number];
    const before = await audits();
    const result = await save([filled(a, { d: "60", n: "55", o: "4", b: "2" }), filled(b, { d: "60", n: "10", o: "40", b: "30" })], "lurah", "2026-07");
    expect(result.ok).toBe(false);
    expect(result.rowErrors).toEqual({
      [a]: { n: "N (55) lebih besar dari D − O − B (54)" },
      [b]: { o: "O + B (70) lebih besar dari D (60)" },
    });
    expect(await audits()).toBe(before);
  });

  it("stores O and B, and the kelurahan's N/D is then N over D − O − B", async () => {
    const [a] = own as [number];
    const res = await save([filled(a, { s: "80", d: "60", n: "45", o: "5", b: "3" })], "lurah", "2026-06");
    expect(res.ok).toBe(true);
    expect(await t.db.monthlyReport.findUniqueOrThrow({ where: { posyanduId_period: { posyanduId: a, period: "2026-06" } } })).toMatchObject({ d: 60, n: 45, o: 5, b: 3 });
    // The rollup the dashboards read: the saved row's D − O − B, plus every other report of the month as stored.
    const others = await t.db.monthlyReport.findMany({ where: { period: "2026-06", posyandu: { kelurahanCode: METRO, active: true }, posyanduId: { not: a }, n: { not: null }, d: { not: null } } });
    const area = await t.db.areaMonth.findUniqueOrThrow({ where: { areaCode_period: { areaCode: METRO, period: "2026-06" } } });
    expect(area.nd_d).toBe(52 + others.reduce((x, r) => x + r.d! - (r.o ?? 0) - (r.b ?? 0), 0));
    expect(area.nd_n).toBe(45 + others.reduce((x, r) => x + r.n!, 0));
    expect(area.ndTanpaOb).toBe(others.filter((r) => r.o === null || r.b === null).length);
  });

  it("reads the grid's FormData (inputs named <field>-<posyanduId>)", () => {
    const form = new FormData();
    form.append("periode", "2026-11");
    for (const id of [7, 9]) form.append("posyandu", String(id));
    form.append("buka-7", "on");
    form.append("s-7", " 80 ");
    form.append("d-9", "3");
    const input = gridFromForm(form);
    expect(input.periode).toBe("2026-11");
    expect(input.rows[0]).toMatchObject({ posyanduId: "7", buka: true, s: " 80 ", k: null });
    expect(input.rows[1]).toMatchObject({ posyanduId: "9", buka: false, d: "3" });
  });
});
