import { beforeAll, describe, expect, it } from "vitest";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { demoDb, type DemoDb } from "../helpers/demo-db";
import { listPosyandu, getKaderRoster, listVillageOptions, listPuskesmasOptions } from "@/lib/queries/registry";
import { listTargets, listUsers, listScopeAreas } from "@/lib/queries/admin";
import { listAuditLog } from "@/lib/queries/audit";
import { seedReference } from "@/lib/reference/seed";
import { setTarget } from "@/lib/actions/admin";
import { PosyanduTable } from "@/app/posyandu/_components/posyandu-table";
import { PosyanduForm } from "@/app/posyandu/_components/posyandu-form";
import { KaderRoster } from "@/app/posyandu/[kode]/kader/_components/kader-roster";
import { KaderForm } from "@/app/posyandu/[kode]/kader/_components/kader-form";
import { TrainingForm } from "@/app/posyandu/[kode]/kader/_components/training-form";
import { TargetTable } from "@/app/admin/target/_components/target-table";
import { NATIONAL_READ_ONLY_NOTE, TargetForm } from "@/app/admin/target/_components/target-form";
import { UserTable } from "@/app/admin/pengguna/_components/user-table";
import { UserForm } from "@/app/admin/pengguna/_components/user-form";
import { AuditTable } from "@/app/admin/audit/_components/audit-table";

const action = async () => ({ ok: true, message: "" });
const html = (el: Parameters<typeof renderToStaticMarkup>[0]) => renderToStaticMarkup(el);

describe("register and admin views render in Indonesian", () => {
  let t: DemoDb;
  beforeAll(async () => {
    t = await demoDb();
    await seedReference(t.db);
    await setTarget(t.db, t.viewers.admin, { indicator: "stunting", year: 2026, areaCode: "18.72.01", value: "12,5", source: "SK Camat" });
  });

  it("posyandu list, form, roster and kader forms", async () => {
    const list = await listPosyandu(t.viewers.lurah);
    expect(html(createElement(PosyanduTable, { rows: list.rows, canEdit: true }))).toContain("Kader aktif");
    const villages = await listVillageOptions(t.viewers.admin);
    const form = html(createElement(PosyanduForm, { action, mode: "baru", villages, puskesmas: await listPuskesmasOptions(t.viewers.admin),
      initial: { code: "", name: "", kelurahanCode: "", puskesmasId: null, rw: null, address: null, lat: "", lng: "", ilp: false, active: true } }));
    expect(form).toContain("Kecamatan Metro Pusat");
    const code = list.rows[0]!.code;
    const roster = await getKaderRoster(t.viewers.lurah, code);
    const out = html(createElement(KaderRoster, { kader: roster, posyanduCode: code, endAction: action, today: "2026-08-20" }));
    expect(out).toContain("Akhiri tugas");
    expect(out).toMatch(/\d{1,2} [A-Z][a-z]+ \d{4} – (sekarang|\d)/);
    expect(html(createElement(KaderForm, { action, posyanduCode: code, initial: null, today: "2026-08-20" }))).toContain("Tambah kader");
    expect(html(createElement(TrainingForm, { action, posyanduCode: code, kader: roster, today: "2026-08-20" }))).toContain("Orientasi ILP");
  });

  it("targets, users and audit", async () => {
    const targets = html(createElement(TargetTable, { rows: await listTargets(t.viewers.admin), deleteAction: action }));
    expect(targets).toContain("12,5%");
    expect(targets).toContain("Kecamatan Metro Pusat");
    const areas = await listScopeAreas(t.viewers.admin);
    expect(html(createElement(TargetForm, { action, areas, year: 2026, national: true }))).toContain("Nasional (bawaan)");
    // An admin of one kota among several: no national option, the form starts at their kota, the note says why.
    const kotaOnly = html(createElement(TargetForm, { action, areas, year: 2026, national: false }));
    expect(kotaOnly).not.toContain("Nasional (bawaan)");
    expect(kotaOnly).toContain(NATIONAL_READ_ONLY_NOTE);
    expect(kotaOnly).toMatch(/<option value="18\.72" selected="">/);
    expect(targets).not.toContain("hanya dibaca");
    expect(html(createElement(TargetTable, { rows: await listTargets(t.viewers.admin), deleteAction: action, nationalReadOnly: true }))).toContain("hanya dibaca");
    const actions = { setActive: action, resetPassword: action, signOut: action };
    const users = html(createElement(UserTable, { rows: await listUsers(t.viewers.admin), actions, selfId: t.viewers.admin.id, now: new Date() }));
    expect(users).toContain("Keluar dari semua perangkat");
    expect(users).toContain("Belum pernah");
    expect(html(createElement(UserForm, { action, areas: await listScopeAreas(t.viewers.admin), puskesmas: [] }))).toContain("Ulangi kata sandi");
    const audit = html(createElement(AuditTable, { rows: (await listAuditLog(t.viewers.admin)).rows }));
    expect(audit).toMatch(/WIB/);
    expect(audit).toContain("Target indikator");
    // An import's own entry names its batch once; a row it changed says which batch changed it.
    const row = (entity: string, entityId: string) => ({ id: 1, at: new Date(), action: "IMPORT", entity, entityId, importBatchId: 7, user: null, changes: [] });
    const text = (r: ReturnType<typeof row>) => html(createElement(AuditTable, { rows: [r] })).replace(/<!-- -->/g, "");
    expect(text(row("ImportBatch", "7")).match(/#7/g)).toHaveLength(1);
    expect(text(row("MonthlyReport", "34"))).toContain("#34 · batch impor #7");
  });
});
