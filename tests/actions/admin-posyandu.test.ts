import { beforeAll, describe, expect, it } from "vitest";
import { demoDb, type DemoDb } from "../helpers/demo-db";
import { createPosyandu, updatePosyandu } from "@/lib/actions/posyandu";
import { getPosyandu, listPosyandu } from "@/lib/queries/registry";
import { runImport } from "@/lib/import/engine";

const TODAY = "2026-08-20";
const LURAH_KEL = "18.72.01.1001";
const OTHER_KEL = "18.72.03.1002";

describe("posyandu register (create/edit)", () => {
  let t: DemoDb;
  let puskesmasId: number;
  const form = (over: Record<string, unknown> = {}) => ({
    code: "PX001", name: "Mawar Baru", kelurahanCode: LURAH_KEL, puskesmasId: String(puskesmasId), rw: "RW 09",
    address: "Balai RW 09", lat: "-5,1132", lng: "105.3067", ilp: "on", active: "on", ...over,
  });
  const counts = async () => ({ posyandu: await t.db.posyandu.count(), audit: await t.db.auditLog.count() });

  beforeAll(async () => {
    t = await demoDb();
    puskesmasId = (await t.db.puskesmas.findFirstOrThrow()).id;
  });

  it("refuses a code that differs from an existing one only in letter case, in the form and the import", async () => {
    const existing = t.data.posyandu.find((p) => p.kelurahanCode === LURAH_KEL)!.code;
    const before = await counts();
    const typed = await createPosyandu(t.db, t.viewers.lurah, form({ code: ` ${existing.toLowerCase()} ` }), TODAY);
    expect(typed.ok).toBe(false);
    expect(typed.fieldErrors?.code).toContain("sudah dipakai");
    const imported = await runImport(t.db, t.viewers.lurah, "posyandu", new TextEncoder().encode(`kode_posyandu,nama_posyandu,kode_kelurahan\n${existing.toLowerCase()},Nama Baru,${LURAH_KEL}\n`), "p.csv", { dryRun: true, today: TODAY });
    expect(imported.counts).toEqual({ inserted: 0, updated: 1, unchanged: 0 });
    expect(await counts()).toEqual(before);
  });

  it("creates a posyandu in the lurah's kelurahan, with decimal-comma coordinates and an audit entry", async () => {
    const result = await createPosyandu(t.db, t.viewers.lurah, form(), TODAY);
    expect(result).toMatchObject({ ok: true, code: "PX001" });
    const row = await t.db.posyandu.findUniqueOrThrow({ where: { code: "PX001" } });
    expect(row).toMatchObject({ kelurahanCode: LURAH_KEL, kecamatanCode: "18.72.01", kabKotaCode: "18.72", lat: -5.1132, lng: 105.3067, ilp: true, active: true });
    expect(row.ilpSince?.toISOString().slice(0, 10)).toBe(TODAY);
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { entity: "Posyandu", entityId: String(row.id) } });
    expect(audit).toMatchObject({ action: "CREATE", userId: t.viewers.lurah.id, before: null });
    expect(JSON.parse(audit.after!)).toMatchObject({ code: "PX001", name: "Mawar Baru", lat: -5.1132 });
  });

  it("edits a posyandu with before/after in the audit, keeping the code", async () => {
    const row = await t.db.posyandu.findUniqueOrThrow({ where: { code: "PX001" } });
    const result = await updatePosyandu(t.db, t.viewers.admin, "PX001", form({ code: "GANTI", name: "Mawar Indah", lat: "", lng: "", ilp: undefined }), TODAY);
    expect(result.ok).toBe(true);
    const after = await t.db.posyandu.findUniqueOrThrow({ where: { id: row.id } });
    expect(after).toMatchObject({ code: "PX001", name: "Mawar Indah", lat: null, lng: null, ilp: false, ilpSince: null });
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { entity: "Posyandu", entityId: String(row.id), action: "UPDATE" } });
    expect(JSON.parse(audit.before!)).toMatchObject({ name: "Mawar Baru", ilp: true });
    expect(JSON.parse(audit.after!)).toMatchObject({ name: "Mawar Indah", ilp: false });
  });

  it("saving the same values again writes no audit entry", async () => {
    const before = await counts();
    const result = await updatePosyandu(t.db, t.viewers.admin, "PX001", form({ name: "Mawar Indah", lat: "", lng: "", ilp: undefined }), TODAY);
    expect(result).toMatchObject({ ok: true, message: "Tidak ada perubahan." });
    expect(await counts()).toEqual(before);
  });

  it("refuses a duplicate kode: its own kelurahan's by name, another kelurahan's without saying it exists there", async () => {
    const before = await counts();
    const own = await createPosyandu(t.db, t.viewers.lurah, form({ code: "PX001" }), TODAY);
    expect(own).toMatchObject({ ok: false, fieldErrors: { code: "Kode PX001 sudah dipakai posyandu Mawar Indah" } });
    const other = t.data.posyandu.find((p) => p.kelurahanCode === OTHER_KEL)!;
    const result = await createPosyandu(t.db, t.viewers.lurah, form({ code: other.code }), TODAY);
    expect(result).toMatchObject({
      ok: false,
      message: `Kode posyandu ${other.code} tidak dapat dipakai: di luar wilayah Anda atau sudah terdaftar; pakai kode lain atau hubungi admin dinas.`,
      fieldErrors: { code: `kode posyandu ${other.code} tidak dapat dipakai: di luar wilayah Anda atau sudah terdaftar; pakai kode lain atau hubungi admin dinas` },
    });
    expect(JSON.stringify(result)).not.toContain(other.name);
    expect(await counts()).toEqual(before);
  });

  it("refuses the lurah a kelurahan outside their scope and writes nothing", async () => {
    const before = await counts();
    const created = await createPosyandu(t.db, t.viewers.lurah, form({ code: "PX002", kelurahanCode: OTHER_KEL }), TODAY);
    expect(created.fieldErrors?.kelurahanCode).toContain("di luar wilayah Anda");
    const moved = await updatePosyandu(t.db, t.viewers.lurah, "PX001", form({ kelurahanCode: OTHER_KEL }), TODAY);
    expect(moved.ok).toBe(false);
    const foreign = t.data.posyandu.find((p) => p.kelurahanCode === OTHER_KEL)!;
    const edited = await updatePosyandu(t.db, t.viewers.lurah, foreign.code, form({ kelurahanCode: LURAH_KEL }), TODAY);
    expect(edited).toMatchObject({ ok: false, message: "Posyandu tidak ditemukan atau di luar wilayah Anda." });
    expect(await counts()).toEqual(before);
    expect(await getPosyandu(t.viewers.lurah, foreign.code)).toBeNull();
  });

  it("lets a puskesmas operator write only in its wilayah kerja", async () => {
    const [inside] = t.viewers.puskesmas.wilayahKerja;
    expect((await createPosyandu(t.db, t.viewers.puskesmas, form({ code: "PX003", kelurahanCode: inside, lat: "", lng: "" }), TODAY)).ok).toBe(true);
    const outside = await createPosyandu(t.db, t.viewers.puskesmas, form({ code: "PX004", kelurahanCode: OTHER_KEL }), TODAY);
    expect(outside.ok).toBe(false);
    expect(await t.db.posyandu.count({ where: { code: "PX004" } })).toBe(0);
  });

  it.each(["pimpinan", "camat"] as const)("refuses %s (read-only role)", async (who) => {
    const before = await counts();
    const viewer = t.viewers[who];
    const result = await createPosyandu(t.db, viewer, form({ code: "PX005" }), TODAY);
    expect(result).toMatchObject({ ok: false, message: "Peran Anda tidak dapat mengubah data posyandu." });
    expect((await updatePosyandu(t.db, viewer, "PX001", form({ name: "Diubah" }), TODAY)).ok).toBe(false);
    expect(await counts()).toEqual(before);
  });

  it.each([
    [{ lat: "-5,1", lng: "" }, "lng", "berdua"],
    [{ lat: "-20", lng: "105" }, "lat", "di luar wilayah Indonesia"],
    [{ lat: "abc", lng: "105" }, "lat", "bukan angka"],
    [{ lng: "150,5", lat: "-5" }, "lng", "di luar wilayah Indonesia"],
    [{ code: "P X/1" }, "code", "Kode posyandu 1–50 karakter"],
    [{ name: "  " }, "name", "wajib diisi"],
    [{ puskesmasId: "999999" }, "puskesmasId", "Puskesmas tidak terdaftar"],
  ])("rejects %j on field %s", async (over, field, message) => {
    const before = await counts();
    const result = await createPosyandu(t.db, t.viewers.admin, form({ code: "PX009", ...over }), TODAY);
    expect(result.ok).toBe(false);
    expect(result.fieldErrors?.[field]).toContain(message);
    expect(await counts()).toEqual(before);
  });

  it("lists the viewer's posyandu filtered by kelurahan with active kader counts", async () => {
    const all = await listPosyandu(t.viewers.lurah);
    expect(all.rows.every((r) => r.kelurahanCode === LURAH_KEL)).toBe(true);
    expect(all.rows.map((r) => r.code)).toContain("PX001");
    const admin = await listPosyandu(t.viewers.admin, { kelurahanCode: OTHER_KEL });
    expect(admin.total).toBe(t.data.posyandu.filter((p) => p.kelurahanCode === OTHER_KEL).length);
    const first = admin.rows[0]!;
    const expected = t.data.kader.filter((k) => k.active && k.posyanduCode === first.code && k.endDate === null).length;
    expect(first.kaderAktif).toBe(expected);
  });
});
