// Writes a demo dataset in one transaction, replacing any earlier demo data.
// Refuses to touch a database that holds real (non-demo) data.
import type { Db } from "../db/client";
import type { DemoDataset } from "./generate";
import type { DemoUser } from "./users";
import { demoEnteredAt } from "./entered-at";
import { refreshRollups } from "../rollup/refresh";
import { writeMeetings } from "./persist-meetings";

export class DemoSeedError extends Error {}

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

const CHUNK = 5000;
const date = (ymd: string) => new Date(`${ymd}T00:00:00.000Z`);
const enteredAt = demoEnteredAt;

async function inChunks<T>(rows: T[], write: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += CHUNK) await write(rows.slice(i, i + CHUNK));
}

/** Deletes every record that is not reference data (areas, rules, targets, skills stay). */
async function wipe(tx: Tx) {
  await tx.actionProgress.deleteMany();
  await tx.actionItem.deleteMany();
  await tx.agendaItem.deleteMany();
  await tx.meetingAttendee.deleteMany();
  await tx.meeting.deleteMany();
  await tx.auditLog.deleteMany();
  await tx.apiToken.deleteMany();
  await tx.nameMapping.deleteMany();
  await tx.kaderSkillResult.deleteMany();
  await tx.kaderTraining.deleteMany();
  await tx.kaderMembership.deleteMany();
  await tx.kader.deleteMany();
  await tx.monthlyReport.deleteMany();
  await tx.nutritionAggregate.deleteMany();
  await tx.annualProfile.deleteMany();
  await tx.importBatch.deleteMany();
  await tx.user.deleteMany();
  await tx.posyanduYear.deleteMany();
  await tx.areaMonth.deleteMany();
  await tx.areaNutrition.deleteMany();
  await tx.areaYear.deleteMany();
  await tx.areaKader.deleteMany();
  await tx.posyandu.deleteMany();
  await tx.puskesmasWilayah.deleteMany();
  await tx.puskesmas.deleteMany();
}

/** Replaces the database's demo data with `data`; users come with their password hashes. */
export async function persistDemo(db: Db, data: DemoDataset, kotaCode: string, users: (DemoUser & { passwordHash: string })[]) {
  const demoFlag = await db.setting.findUnique({ where: { key: "demo" } });
  const posyanduCount = await db.posyandu.count();
  if (posyanduCount > 0 && demoFlag?.value !== "1") {
    throw new DemoSeedError("Basis data ini berisi data nyata (bukan demo). Data demo tidak dimuat agar tidak ada data yang hilang.");
  }
  await db.$transaction(
    async (tx) => {
      await wipe(tx);
      const puskesmasId = new Map<string, number>();
      for (const p of data.puskesmas) {
        const row = await tx.puskesmas.create({ data: { name: p.name, kotaCode, wilayah: { create: p.kelurahan.map((areaCode) => ({ areaCode })) } } });
        puskesmasId.set(p.name, row.id);
      }
      await inChunks(data.posyandu, (chunk) =>
        tx.posyandu.createMany({
          data: chunk.map((p) => ({
            code: p.code, name: p.name, kelurahanCode: p.kelurahanCode, kecamatanCode: p.kecamatanCode, kabKotaCode: p.kabKotaCode,
            puskesmasId: puskesmasId.get(p.puskesmasName) ?? null, rw: p.rw, address: p.address, ilp: p.ilp,
            ilpSince: p.ilp ? date(`${data.options.endPeriod.slice(0, 4)}-01-01`) : null, active: true,
          })),
        }),
      );
      const posyanduId = new Map((await tx.posyandu.findMany({ select: { id: true, code: true } })).map((p) => [p.code, p.id]));
      const pid = (code: string) => posyanduId.get(code)!;

      await inChunks(data.kader, (chunk) =>
        tx.kader.createMany({
          data: chunk.map((k) => ({
            code: k.code, name: k.name, gender: k.gender, birthYear: k.birthYear, active: k.active,
            level: k.level, levelOrigin: k.level ? ("INPUT" as const) : null,
          })),
        }),
      );
      const kaderId = new Map((await tx.kader.findMany({ select: { id: true, code: true } })).map((k) => [k.code, k.id]));
      await inChunks(data.kader, (chunk) =>
        tx.kaderMembership.createMany({
          data: chunk.map((k) => ({
            kaderId: kaderId.get(k.code)!, posyanduId: pid(k.posyanduCode), startDate: date(k.startDate),
            endDate: k.endDate ? date(k.endDate) : null, skNumber: k.active ? `SK Lurah ${k.startDate.slice(0, 4)}` : null,
          })),
        }),
      );
      const trainings = data.kader.flatMap((k) => k.trainings.map((t) => ({ kaderId: kaderId.get(k.code)!, type: t.type, date: date(t.date) })));
      await inChunks(trainings, (chunk) => tx.kaderTraining.createMany({ data: chunk }));

      await inChunks(data.reports, (chunk) =>
        tx.monthlyReport.createMany({
          data: chunk.map(({ posyanduCode, ...r }) => ({ ...r, posyanduId: pid(posyanduCode), source: "DEMO" as const, enteredAt: enteredAt(r.period) })),
        }),
      );
      await inChunks(data.nutrition, (chunk) =>
        tx.nutritionAggregate.createMany({
          data: chunk.map(({ posyanduCode, ...n }) => ({ ...n, posyanduId: pid(posyanduCode), source: "EPPGBM" as const, enteredAt: enteredAt(n.period) })),
        }),
      );
      await inChunks(data.profiles, (chunk) =>
        tx.annualProfile.createMany({ data: chunk.map(({ posyanduCode, ...p }) => ({ ...p, posyanduId: pid(posyanduCode) })) }),
      );

      const userId = new Map<string, number>();
      for (const u of users) {
        const row = await tx.user.create({
          data: {
            username: u.username, name: u.name, role: u.role, scopeAreaCode: u.scopeAreaCode, sector: u.sector, passwordHash: u.passwordHash,
            puskesmasId: u.puskesmasName ? (puskesmasId.get(u.puskesmasName) ?? null) : null,
          },
        });
        userId.set(u.username, row.id);
      }
      await writeMeetings(tx, data.meetings, userId.get("admin") ?? null);
      await refreshRollups(tx, { kelurahanCodes: [...new Set(data.posyandu.map((p) => p.kelurahanCode))], all: true });
      await tx.setting.upsert({ where: { key: "demo" }, create: { key: "demo", value: "1" }, update: { value: "1" } });
      await tx.setting.upsert({ where: { key: "demo_seed" }, create: { key: "demo_seed", value: String(data.options.seed) }, update: { value: String(data.options.seed) } });
    },
    { timeout: 600_000, maxWait: 30_000 },
  );
}
