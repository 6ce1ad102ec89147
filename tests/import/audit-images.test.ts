// A posyandu or kader import's audit entry lists only what the import changed. Its before-image used to hold the
// columns the import compares, its after-image the whole row, so the log showed the untouched "ILP sejak", "Nomor SK"
// and "Dusun" (a kader's phone; a closed membership's kader and SK) as newly set on every re-import that changed
// anything else. An import also keeps the ILP date as the form does (it used to leave it as it was, so a posyandu
// taken off ILP kept its date and one put on ILP by a file had none).
import { beforeAll, describe, expect, it } from "vitest";
import { demoDb, type DemoDb } from "../helpers/demo-db";
import { runImport } from "@/lib/import/engine";
import { diffAudit } from "@/lib/queries/audit";

const TODAY = "2026-11-23";
const enc = (s: string) => new TextEncoder().encode(s);

describe("posyandu and kader import audit", () => {
  let t: DemoDb;
  let code: string;
  beforeAll(async () => {
    t = await demoDb();
    const p = await t.db.posyandu.findFirstOrThrow({ where: { ilp: true, ilpSince: { not: null } }, orderBy: { code: "asc" } });
    code = p.code;
    // Fields only the form writes: the import must leave them, and its audit must not show them.
    await t.db.posyandu.update({ where: { id: p.id }, data: { skNumber: "SK/12/2025", dusun: "Dusun II" } });
  });
  const run = (rows: string) => runImport(t.db, t.viewers.admin, "posyandu", enc(`kode_posyandu,nama_posyandu,kode_kelurahan,ilp\n${rows}\n`), "p.csv", { dryRun: false, today: TODAY });
  const entries = () => t.db.auditLog.findMany({ where: { entity: "Posyandu", action: "IMPORT_UPDATE" }, orderBy: { id: "asc" } });
  const changesOf = (e: { before: string | null; after: string | null }) => diffAudit(e.before, e.after);

  it("skips an unchanged row without an audit entry", async () => {
    const p = await t.db.posyandu.findUniqueOrThrow({ where: { code } });
    const out = await run(`${code},${p.name},${p.kelurahanCode},ya`);
    expect(out.status).toBe("selesai");
    expect(out.counts).toEqual({ inserted: 0, updated: 0, unchanged: 1 });
    expect(await entries()).toEqual([]);
  });

  it("records a renamed posyandu as a name change only, not its ILP date, SK or dusun", async () => {
    const p = await t.db.posyandu.findUniqueOrThrow({ where: { code } });
    const out = await run(`${code},${p.name} Baru,${p.kelurahanCode},ya`);
    expect(out.counts).toEqual({ inserted: 0, updated: 1, unchanged: 0 });
    const [entry, ...more] = await entries();
    expect(more).toEqual([]);
    expect(changesOf(entry!)).toEqual([{ field: "name", before: p.name, after: `${p.name} Baru` }]);
    expect(await t.db.posyandu.findUniqueOrThrow({ where: { code } })).toMatchObject({ ilpSince: p.ilpSince, skNumber: "SK/12/2025", dusun: "Dusun II" });
  });

  it("clears the ILP date when ILP is turned off and sets it to the import's day when turned on, as the form does", async () => {
    const p = await t.db.posyandu.findUniqueOrThrow({ where: { code } });
    const since = p.ilpSince!.toISOString().slice(0, 10);
    const seen = (await entries()).length;
    const off = await run(`${code},${p.name},${p.kelurahanCode},tidak`);
    expect(off.counts).toEqual({ inserted: 0, updated: 1, unchanged: 0 });
    expect(changesOf((await entries())[seen]!)).toEqual([{ field: "ilp", before: "ya", after: "tidak" }, { field: "ilpSince", before: since, after: null }]);
    expect((await t.db.posyandu.findUniqueOrThrow({ where: { code } })).ilpSince).toBeNull();
    await run(`${code},${p.name},${p.kelurahanCode},ya`);
    expect(changesOf((await entries())[seen + 1]!)).toEqual([{ field: "ilp", before: "tidak", after: "ya" }, { field: "ilpSince", before: null, after: TODAY }]);
    // Still ILP on the next import: the date it was first recorded stays, and nothing is written.
    expect((await run(`${code},${p.name},${p.kelurahanCode},ya`)).counts).toEqual({ inserted: 0, updated: 0, unchanged: 1 });
    expect((await t.db.posyandu.findUniqueOrThrow({ where: { code } })).ilpSince).toEqual(new Date(`${TODAY}T00:00:00.000Z`));
  });

  it("gives a new ILP posyandu the import's day as its ILP date", async () => {
    const p = await t.db.posyandu.findUniqueOrThrow({ where: { code } });
    await run(`${code}-B,Posyandu Baru,${p.kelurahanCode},ya`);
    expect(await t.db.posyandu.findUniqueOrThrow({ where: { code: `${code}-B` } })).toMatchObject({ ilp: true, ilpSince: new Date(`${TODAY}T00:00:00.000Z`) });
  });

  it("records a renamed kader, and a membership the import closed, without their untouched phone, kader or SK", async () => {
    const m = await t.db.kaderMembership.findFirstOrThrow({ where: { endDate: null, kader: { active: true } }, orderBy: { id: "asc" }, include: { kader: true, posyandu: { select: { code: true } } } });
    await t.db.kader.update({ where: { id: m.kaderId }, data: { phone: "081234567890" } });
    await t.db.kaderMembership.update({ where: { id: m.id }, data: { skNumber: "SK/3/2024" } });
    const out = await runImport(t.db, t.viewers.admin, "kader", enc(`kode_kader,kode_posyandu,nama,aktif\n${m.kader.code},${m.posyandu.code},${m.kader.name} Baru,tidak\n`), "k.csv", { dryRun: false, today: TODAY });
    expect(out.status).toBe("selesai");
    const logged = await t.db.auditLog.findMany({ where: { action: "IMPORT_UPDATE", importBatchId: out.batchId! }, orderBy: { id: "asc" } });
    expect(logged.map((e) => [e.entity, changesOf(e)])).toEqual([
      ["Kader", [{ field: "name", before: m.kader.name, after: `${m.kader.name} Baru` }, { field: "active", before: "ya", after: "tidak" }]],
      ["KaderMembership", [{ field: "endDate", before: null, after: TODAY }]],
    ]);
  });
});
