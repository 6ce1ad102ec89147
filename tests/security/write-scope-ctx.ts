// The world every server action core is called in by tests/security/write-scope.test.ts
// and tests/db/busy-writes.test.ts: the Kota Metro demo, a second kota (the scope
// fixture), and for each demo role one place inside and one just outside its scope.
import { expect } from "vitest";
import { demoDb } from "../helpers/demo-db";
import { addScopeFixture } from "../helpers/scope-fixture";
import { buildPlaces } from "./write-scope-places";
import { SPARE_MEETING, TODAY, type Ctx } from "./write-scope-cases";
import { createMeeting } from "@/lib/actions/meetings";
import { runImport } from "@/lib/import/engine";
import { loadViewer } from "@/lib/queries/auth";

const LAPORAN = "kode_posyandu;periode;buka;kader_bertugas;s;k;d;n;bgm;t2";
const report = (code: string) => new TextEncoder().encode(`${LAPORAN}\n${code};2026-10;ya;5;80;75;60;50;1;2\n`);

/** A fresh demo database with everything WRITE_CASES needs (its own file; db() points at it too). */
export async function writeScopeCtx(): Promise<Ctx> {
  const t = await demoDb();
  const fx = await addScopeFixture(t.db);
  // Own-area targets of the admin actions, and a batch of the admin's in Kota Metro.
  const ownUser = await t.db.user.create({ data: { username: "sasaran.cakupan", name: "Sasaran Cakupan", passwordHash: "x", role: "KELURAHAN", scopeAreaCode: "18.72.01.1001" } });
  const ownToken = await t.db.apiToken.create({ data: { userId: ownUser.id, name: "token milik", tokenHash: "a".repeat(64) } });
  const ownTarget = await t.db.indicatorTarget.create({ data: { indicator: "stunting", year: 2026, areaCode: "18.72.01.1001", value: 12, source: "SK Lurah" } });
  const metroPosyandu = t.data.posyandu.find((p) => p.kelurahanCode === "18.72.01.1003")!.code;
  const ownBatch = await runImport(t.db, t.viewers.admin, "laporan-bulanan", report(metroPosyandu), "milik.csv", { dryRun: false, today: TODAY });
  // The second kota's own data: a kader at its posyandu and a batch its admin imported.
  const foreignKader = await t.db.kader.create({ data: { code: "KLUAR01", name: "Kader Luar", gender: "P", birthYear: 1980, memberships: { create: [{ posyanduId: fx.posyandu.id, startDate: new Date("2024-01-01") }] } } });
  const foreignAdmin = (await loadViewer(fx.user.id, 0))!;
  const foreignBatch = await runImport(t.db, foreignAdmin, "laporan-bulanan", report(fx.posyandu.code), "luar.csv", { dryRun: false, today: TODAY });
  expect([ownBatch.status, foreignBatch.status]).toEqual(["selesai", "selesai"]);
  const places = await buildPlaces(t, fx, {
    ownBatch: ownBatch.batchId!, foreignBatch: fx.batchId, ownToken: ownToken.id, ownTarget: ownTarget.id, ownUser: ownUser.id, foreignKader: foreignKader.code,
  });
  // One remembered e-PPGBM spelling in every kelurahan a case writes at, for deleteMappingAction to remove.
  const villages = new Set([places.own.kelurahan, ...Object.values(places.other).map((p) => p.kelurahan)]);
  for (const kel of villages) await t.db.nameMapping.create({ data: { kind: "KELURAHAN", sourceKey: `${kel.slice(0, 5)}|hapus cakupan ${kel}`, kelurahanCode: kel } });
  const spare = await createMeeting(t.db, t.viewers.camat, { areaCode: places.own.meetingArea, title: SPARE_MEETING, date: "2026-11-20", place: "Aula", kind: "RAPAT_RUTIN" }, TODAY);
  expect(spare.ok, spare.message).toBe(true);
  return { t, fx, places, foreignImportBatch: foreignBatch.batchId! };
}
