// Saved e-PPGBM name mappings can be listed and removed, each viewer only inside their own area.
import { beforeAll, describe, expect, it } from "vitest";
import { demoDb, type DemoDb } from "../helpers/demo-db";
import { deleteNameMapping, saveNameMapping } from "@/lib/import/mapping";
import { listNameMappings } from "@/lib/queries/name-mappings";

const OWN = "18.72.01.1001"; // Metro, the demo lurah's kelurahan
const OTHER = "18.72.01.1002";

describe("the list of saved name mappings", () => {
  let t: DemoDb;
  beforeAll(async () => {
    t = await demoDb();
    const posyandu = t.data.posyandu.find((p) => p.kelurahanCode === OWN)!;
    const id = (await t.db.posyandu.findUniqueOrThrow({ where: { code: posyandu.code } })).id;
    expect(await saveNameMapping(t.db, t.viewers.admin, { kind: "KELURAHAN", sourceName: "Metero", kelurahanCode: OWN })).toBeNull();
    expect(await saveNameMapping(t.db, t.viewers.admin, { kind: "POSYANDU", sourceName: "Kenanga Satu", kelurahanCode: OWN, posyanduId: id })).toBeNull();
    expect(await saveNameMapping(t.db, t.viewers.admin, { kind: "KELURAHAN", sourceName: "Imo Puro Lain", kelurahanCode: OTHER })).toBeNull();
  });
  const shown = async (who: keyof DemoDb["viewers"]) => (await listNameMappings(t.db, t.viewers[who])).map((m) => `${m.sourceName} → ${m.posyandu ?? "-"} / ${m.kelurahan}`);

  it("shows the lurah their kelurahan's mappings only, with the target names, and the admin all of them", async () => {
    const kel = await t.db.area.findUniqueOrThrow({ where: { code: OWN } });
    const own = await shown("lurah");
    expect(own).toHaveLength(2);
    expect(own).toContain(`metero → - / ${kel.name}`);
    expect(own.some((s) => s.startsWith("kenanga satu → ") && !s.includes("→ - /"))).toBe(true);
    expect(await shown("admin")).toHaveLength(3);
  });

  it("lets read-only roles delete nothing and a lurah nothing outside their kelurahan", async () => {
    const all = await listNameMappings(t.db, t.viewers.admin);
    const other = all.find((m) => m.sourceName === "imo puro lain")!;
    const own = all.find((m) => m.sourceName === "metero")!;
    expect(await deleteNameMapping(t.db, t.viewers.pimpinan, own.id)).toBe("Peran Anda tidak dapat menghapus pemetaan nama.");
    expect(await deleteNameMapping(t.db, t.viewers.lurah, other.id)).toBe("Pemetaan ini di luar wilayah Anda; minta admin menghapusnya.");
    expect(await shown("admin")).toHaveLength(3);
  });

  it("deletes the lurah's own mapping, audited, so it is gone from the list", async () => {
    const own = (await listNameMappings(t.db, t.viewers.lurah)).find((m) => m.sourceName === "metero")!;
    expect(await deleteNameMapping(t.db, t.viewers.lurah, own.id)).toBeNull();
    expect(await shown("lurah")).not.toContain(expect.stringContaining("metero"));
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { entity: "NameMapping", entityId: String(own.id), action: "DELETE" } });
    expect(audit.userId).toBe(t.viewers.lurah.id);
    expect(JSON.parse(audit.before!).kelurahanCode).toBe(OWN);
    expect(await deleteNameMapping(t.db, t.viewers.lurah, own.id)).toBe("Pemetaan tidak ditemukan; mungkin sudah dihapus.");
  });
});
