// Snapshots of a demo database for comparing two ways of writing it.
import type { Db } from "@/lib/db/client";

/** Everything a user can see, without auto-increment ids and wall-clock timestamps. */
export async function dump(db: Db) {
  const omit = <T extends object>(rows: T[], keys: string[]) => rows.map((r) => Object.fromEntries(Object.entries(r).filter(([k]) => !keys.includes(k))));
  const ts = ["id", "createdAt", "updatedAt", "posyanduId", "kaderId", "puskesmasId", "importBatchId", "enteredById", "createdById", "lockedById"];
  return {
    puskesmas: omit(await db.puskesmas.findMany({ include: { wilayah: { select: { areaCode: true } } }, orderBy: { name: "asc" } }), ts),
    posyandu: omit(await db.posyandu.findMany({ orderBy: { code: "asc" } }), ts),
    kader: omit(await db.kader.findMany({ include: { memberships: { select: { startDate: true, endDate: true, posyandu: { select: { code: true } } } }, trainings: { select: { type: true, date: true } } }, orderBy: { code: "asc" } }), ts),
    reports: omit(await db.monthlyReport.findMany({ include: { posyandu: { select: { code: true } } }, orderBy: [{ posyanduId: "asc" }, { period: "asc" }] }), ts),
    nutrition: omit(await db.nutritionAggregate.findMany({ include: { posyandu: { select: { code: true } } }, orderBy: [{ posyanduId: "asc" }, { period: "asc" }] }), ts),
    profiles: omit(await db.annualProfile.findMany({ orderBy: [{ posyanduId: "asc" }, { year: "asc" }] }), ts),
    meetings: omit(await db.meeting.findMany({ include: { attendees: { select: { name: true, sector: true } }, actions: { select: { text: true, status: true, dueDate: true } } }, orderBy: { date: "asc" } }), ts),
    users: (await db.user.findMany({ orderBy: { username: "asc" } })).map((u) => [u.username, u.role, u.scopeAreaCode]),
  };
}

/** Every rollup row, in key order. */
export async function rollupSnapshot(db: Db) {
  return {
    posyanduYear: await db.posyanduYear.findMany({ orderBy: [{ posyanduId: "asc" }, { year: "asc" }] }),
    areaMonth: await db.areaMonth.findMany({ orderBy: [{ areaCode: "asc" }, { period: "asc" }] }),
    areaNutrition: await db.areaNutrition.findMany({ orderBy: [{ areaCode: "asc" }, { period: "asc" }, { source: "asc" }] }),
    areaYear: await db.areaYear.findMany({ orderBy: [{ areaCode: "asc" }, { year: "asc" }] }),
    areaKader: await db.areaKader.findMany({ orderBy: [{ areaCode: "asc" }, { period: "asc" }] }),
  };
}
