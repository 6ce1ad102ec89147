// Column lists and row mappers of the demo's bulk writes: the same values
// persistDemo writes through Prisma (tests compare both on the kota demo).
import type { SqlValue } from "../rollup/sql";
import type { DemoChunk } from "./generate";
import { demoEnteredAt } from "./entered-at";

export type BulkTable = { table: string; columns: readonly string[] };

const date = (ymd: string) => new Date(`${ymd}T00:00:00.000Z`);
const enteredAt = demoEnteredAt;

export const T = {
  puskesmas: { table: "Puskesmas", columns: ["id", "name", "kotaCode", "createdAt", "updatedAt"] },
  wilayah: { table: "PuskesmasWilayah", columns: ["puskesmasId", "areaCode"] },
  posyandu: {
    table: "Posyandu",
    columns: ["id", "code", "name", "kelurahanCode", "kecamatanCode", "kabKotaCode", "puskesmasId", "rw", "address", "ilp", "ilpSince", "active", "createdAt", "updatedAt"],
  },
  kader: { table: "Kader", columns: ["id", "code", "name", "gender", "birthYear", "active", "level", "levelOrigin", "createdAt", "updatedAt"] },
  membership: { table: "KaderMembership", columns: ["kaderId", "posyanduId", "startDate", "endDate", "skNumber", "createdAt"] },
  training: { table: "KaderTraining", columns: ["kaderId", "type", "date"] },
  report: {
    table: "MonthlyReport",
    columns: ["posyanduId", "period", "opened", "kaderOnDuty", "s", "k", "d", "n", "o", "b", "bgm", "t2", "qualityFlags", "source", "enteredAt", "updatedAt"],
  },
  nutrition: {
    table: "NutritionAggregate",
    columns: ["posyanduId", "period", "source", "diukurTb", "sangatPendek", "pendek", "diukurBbTb", "giziBuruk", "giziKurang", "diukurBb", "bbSangatKurang", "bbKurang", "enteredAt", "updatedAt"],
  },
  profile: {
    table: "AnnualProfile",
    columns: ["posyanduId", "year", "cakupanKia", "cakupanKb", "cakupanImunisasi", "programTambahan", "danaSehat", "alatUkurLengkap", "updatedAt"],
  },
  user: { table: "User", columns: ["username", "name", "role", "scopeAreaCode", "sector", "passwordHash", "puskesmasId", "createdAt", "updatedAt"] },
} as const satisfies Record<string, BulkTable>;

/** Ids the chunk's rows refer to: posyandu and kader by code, puskesmas by name. */
export type ChunkIds = { posyandu: Map<string, number>; kader: Map<string, number>; puskesmas: Map<string, number> };

/** Every row of one generated chunk, per table, in persistDemo's order. */
export function chunkRows(chunk: DemoChunk, ids: ChunkIds, endPeriod: string, now: Date): Record<"posyandu" | "kader" | "membership" | "training" | "report" | "nutrition" | "profile", SqlValue[][]> {
  const pid = (code: string) => ids.posyandu.get(code)!;
  const kid = (code: string) => ids.kader.get(code)!;
  const ilpSince = date(`${endPeriod.slice(0, 4)}-01-01`);
  return {
    posyandu: chunk.posyandu.map((p) => [
      pid(p.code), p.code, p.name, p.kelurahanCode, p.kecamatanCode, p.kabKotaCode, ids.puskesmas.get(p.puskesmasName) ?? null,
      p.rw, p.address, p.ilp, p.ilp ? ilpSince : null, true, now, now,
    ]),
    kader: chunk.kader.map((k) => [kid(k.code), k.code, k.name, k.gender, k.birthYear, k.active, k.level, k.level ? "INPUT" : null, now, now]),
    membership: chunk.kader.map((k) => [
      kid(k.code), pid(k.posyanduCode), date(k.startDate), k.endDate ? date(k.endDate) : null, k.active ? `SK Lurah ${k.startDate.slice(0, 4)}` : null, now,
    ]),
    training: chunk.kader.flatMap((k) => k.trainings.map((t) => [kid(k.code), t.type, date(t.date)])),
    report: chunk.reports.map((r) => [
      pid(r.posyanduCode), r.period, r.opened, r.kaderOnDuty, r.s, r.k, r.d, r.n, r.o, r.b, r.bgm, r.t2, r.qualityFlags, "DEMO", enteredAt(r.period), now,
    ]),
    nutrition: chunk.nutrition.map((n) => [
      pid(n.posyanduCode), n.period, "EPPGBM", n.diukurTb, n.sangatPendek, n.pendek, n.diukurBbTb, n.giziBuruk, n.giziKurang,
      n.diukurBb, n.bbSangatKurang, n.bbKurang, enteredAt(n.period), now,
    ]),
    profile: chunk.profiles.map((p) => [pid(p.posyanduCode), p.year, p.cakupanKia, p.cakupanKb, p.cakupanImunisasi, p.programTambahan, p.danaSehat, p.alatUkurLengkap, now]),
  };
}
