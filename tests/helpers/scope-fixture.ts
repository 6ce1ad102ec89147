// Resources just outside the demo users' scopes, for the scope tests: a second
// kota (Kota Bandar Lampung, real Kemendagri codes) with a kecamatan, a kelurahan,
// a puskesmas, a posyandu, an admin with an API token and an import batch, an
// area target and a meeting with an action; a meeting in Metro Utara (outside
// the camat's kecamatan) and one in Kelurahan Metro (the lurah's own). The demo
// has one kota only, so without the second one ADMIN and PIMPINAN would have no
// "other area" at all. removeScopeFixture() deletes everything again, so the
// shared browser-suite database is left as it was seeded.
import { randomBytes } from "node:crypto";
import type { Db } from "@/lib/db/client";
import { readOfficialAreas } from "@/lib/wilayah/idn-area";
import { bumpDataVersion } from "@/lib/db/data-version";

const KOTA = "18.71";
const TAG = "uji cakupan";

type Named = { code: string; name: string };
export type ScopeFixture = {
  kota: Named;
  kecamatan: Named;
  kelurahan: Named;
  puskesmasId: number;
  posyandu: { id: number; code: string; name: string };
  user: { id: number; username: string; name: string };
  tokenId: number;
  targetId: number;
  batchId: number;
  meetings: { foreignKota: number; metroUtara: number; kelurahanMetro: number };
  actions: { foreignKota: number; metroUtara: number };
  /** Texts that exist only in the second kota: a Kota Metro user must never see one. */
  foreignMarkers: string[];
};

async function meeting(db: Db, level: "KOTA" | "KECAMATAN" | "KELURAHAN", areaCode: string, title: string, action?: { ownerSector: "DINKES" | "CAMAT"; text: string }) {
  const m = await db.meeting.create({
    data: {
      level, areaCode, title, date: new Date("2026-10-15T00:00:00Z"), place: `Aula ${title}`, kind: "RAPAT_RUTIN",
      attendees: { create: [{ sector: "DINKES", name: `Peserta ${title}`, position: "Pengelola gizi" }] },
      agenda: { create: [{ order: 1, title: `Agenda ${title}`, kind: "LAINNYA" }] },
      actions: action ? { create: [{ ...action, areaCode, dueDate: new Date("2026-12-31T00:00:00Z") }] } : undefined,
    },
    select: { id: true, actions: { select: { id: true } } },
  });
  return { id: m.id, actionId: m.actions[0]?.id ?? 0 };
}

/** Adds the out-of-scope resources; see the file comment. */
export async function addScopeFixture(db: Db): Promise<ScopeFixture> {
  const official = readOfficialAreas(KOTA);
  const kota = official.find((a) => a.code === KOTA)!;
  const kecamatan = official.find((a) => a.level === "KECAMATAN")!;
  const kelurahan = official.find((a) => a.parentCode === kecamatan.code && a.level === "KELURAHAN")!;
  const source = "uji cakupan (tests/helpers/scope-fixture.ts)";
  for (const a of [kota, kecamatan, kelurahan]) {
    await db.area.create({ data: { code: a.code, level: a.level, parentCode: a.parentCode, name: a.name, source } });
  }
  const puskesmas = await db.puskesmas.create({ data: { name: `Puskesmas ${kecamatan.name} Uji`, kotaCode: KOTA, wilayah: { create: [{ areaCode: kelurahan.code }] } } });
  const posyandu = await db.posyandu.create({
    data: {
      code: `P${kelurahan.code.replaceAll(".", "")}01`, name: `Teratai ${kecamatan.name}`, kelurahanCode: kelurahan.code,
      kecamatanCode: kecamatan.code, kabKotaCode: KOTA, puskesmasId: puskesmas.id, rw: "RW 01",
    },
  });
  const user = await db.user.create({ data: { username: "admin.bandarlampung", name: `Admin Dinkes ${kota.name} (${TAG})`, passwordHash: "x", role: "ADMIN", scopeAreaCode: KOTA, sector: "DINKES" } });
  // Written directly, not through issueApiToken: its audit row would be a system row every admin sees.
  const token = await db.apiToken.create({ data: { userId: user.id, name: `dasbor ${kota.name}`, tokenHash: randomBytes(32).toString("hex") } });
  const target = await db.indicatorTarget.create({ data: { indicator: "stunting", year: 2026, areaCode: KOTA, value: 11, source: `RPJMD ${kota.name}` } });
  const batch = await db.importBatch.create({
    data: { userId: user.id, kind: "LAPORAN_BULANAN", fileName: `laporan-${kecamatan.name.toLowerCase()}.csv`, fileHash: "0".repeat(64), rowsTotal: 0, status: "SELESAI", finishedAt: new Date() },
  });
  const foreign = await meeting(db, "KOTA", KOTA, `Rapat Pokjanal ${kota.name} (${TAG})`, { ownerSector: "DINKES", text: `Tindakan ${kota.name}` });
  const utara = await meeting(db, "KECAMATAN", "18.72.02", `Rapat Pokjanal Kecamatan Metro Utara (${TAG})`, { ownerSector: "CAMAT", text: "Tindakan Kecamatan Metro Utara" });
  const kelMetro = await meeting(db, "KELURAHAN", "18.72.01.1001", `Rapat Pokja Kelurahan Metro (${TAG})`);
  // Written behind the app's back: the running server must not keep figures cached from before.
  await bumpDataVersion(db);
  return {
    kota: { code: kota.code, name: kota.name },
    kecamatan: { code: kecamatan.code, name: kecamatan.name },
    kelurahan: { code: kelurahan.code, name: kelurahan.name },
    puskesmasId: puskesmas.id,
    posyandu: { id: posyandu.id, code: posyandu.code, name: posyandu.name },
    user: { id: user.id, username: user.username, name: user.name },
    tokenId: token.id,
    targetId: target.id,
    batchId: batch.id,
    meetings: { foreignKota: foreign.id, metroUtara: utara.id, kelurahanMetro: kelMetro.id },
    actions: { foreignKota: foreign.actionId, metroUtara: utara.actionId },
    foreignMarkers: ["Bandar Lampung", kecamatan.name, kelurahan.name, kelurahan.code, posyandu.code, posyandu.name, user.username],
  };
}

/** Deletes what addScopeFixture() added, and anything the tests hung on it. */
export async function removeScopeFixture(db: Db, f: ScopeFixture): Promise<void> {
  const meetings = Object.values(f.meetings);
  const posyandu = { posyanduId: f.posyandu.id };
  await db.$transaction(async (tx) => {
    await bumpDataVersion(tx);
    await tx.actionProgress.deleteMany({ where: { action: { meetingId: { in: meetings } } } });
    await tx.meeting.deleteMany({ where: { id: { in: meetings } } });
    const batches = (await tx.importBatch.findMany({ where: { userId: f.user.id }, select: { id: true } })).map((b) => b.id);
    await tx.auditLog.deleteMany({ where: { OR: [{ userId: f.user.id }, { importBatchId: { in: batches } }] } });
    await tx.monthlyReport.deleteMany({ where: posyandu });
    await tx.nutritionAggregate.deleteMany({ where: posyandu });
    await tx.annualProfile.deleteMany({ where: posyandu });
    await tx.importBatch.deleteMany({ where: { userId: f.user.id } });
    await tx.apiToken.deleteMany({ where: { userId: f.user.id } });
    await tx.user.deleteMany({ where: { id: f.user.id } });
    await tx.indicatorTarget.deleteMany({ where: { areaCode: { startsWith: f.kota.code } } });
    await tx.kaderMembership.deleteMany({ where: posyandu });
    await tx.posyanduYear.deleteMany({ where: posyandu });
    await tx.posyandu.deleteMany({ where: { kabKotaCode: f.kota.code } });
    await tx.puskesmas.deleteMany({ where: { kotaCode: f.kota.code } });
    const rollup = { areaCode: { startsWith: f.kota.code } };
    await tx.areaMonth.deleteMany({ where: rollup });
    await tx.areaNutrition.deleteMany({ where: rollup });
    await tx.areaYear.deleteMany({ where: rollup });
    await tx.areaKader.deleteMany({ where: rollup });
    for (const level of ["KELURAHAN", "KECAMATAN", "KOTA"] as const) await tx.area.deleteMany({ where: { code: { startsWith: f.kota.code }, level } });
  });
}
