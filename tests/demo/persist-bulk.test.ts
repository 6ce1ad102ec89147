import { describe, expect, it } from "vitest";
import { freshDb } from "../helpers/db";
import { metroKelurahan } from "../helpers/demo-db";
import { dump, rollupSnapshot } from "../helpers/demo-dump";
import { seedBulk } from "../helpers/bulk-seed";
import { loadWilayah } from "@/lib/wilayah/load";
import { generateDemo } from "@/lib/demo/generate";
import { DemoSeedError, persistDemo } from "@/lib/demo/persist";
import { demoUsers } from "@/lib/demo/users";
import { generateMeetings } from "@/lib/demo/generate-meetings";
import { addDemoMeetings } from "@/lib/demo/persist-meetings";

/** Two fresh databases with the Kota Metro demo: `a` through persistDemo (Prisma), `b` through the bulk path. */
async function kotaSeededBothWays() {
  const a = freshDb();
  const b = freshDb();
  await loadWilayah(a.db, "18.72");
  await loadWilayah(b.db, "18.72");
  const data = generateDemo(metroKelurahan());
  await persistDemo(a.db, data, "18.72", demoUsers(data, "18.72").map((u) => ({ ...u, passwordHash: "x" })));
  const seeded = await seedBulk(b.db, b.url, metroKelurahan());
  return { a, b: { ...b, seeded }, data };
}

describe("bulk demo seeding (provinsi/nasional path)", () => {
  it("writes the same rows and rollups as persistDemo for the Kota Metro dataset", async () => {
    const { a, b, data } = await kotaSeededBothWays();
    const result = b.seeded;
    expect(result.reports).toBe(data.reports.length);
    expect(result.stats.get("MonthlyReport")?.rows).toBe(data.reports.length);
    // The bulk path writes no meetings (only the kota demo has them).
    const viaPrisma = { ...(await dump(a.db)), meetings: [] };
    const viaBulk = await dump(b.db);
    expect(viaBulk).toEqual(viaPrisma);
    expect(await rollupSnapshot(b.db)).toEqual(await rollupSnapshot(a.db));
    // The puskesmas login keeps its wilayah kerja.
    const op = await b.db.user.findUnique({ where: { username: "puskesmas" }, include: { puskesmas: true } });
    expect(op?.puskesmas?.name).toBe(data.puskesmas[0]!.name);
    // Re-seeding replaces the demo and new rows get fresh ids from the sequences.
    await seedBulk(b.db, b.url, metroKelurahan());
    expect(await dump(b.db)).toEqual(viaPrisma);
    const extra = await b.db.posyandu.create({ data: { code: "BARU-1", name: "Posyandu Baru", kelurahanCode: "18.72.01.1001", kecamatanCode: "18.72.01", kabKotaCode: "18.72" } });
    expect(extra.id).toBeGreaterThan(data.posyandu.length);
  });

  it("adds the kota demo's meetings to a bulk-seeded database once, and never to one without the demo flag", async () => {
    const { a, b, data } = await kotaSeededBothWays();
    // What the provinsi/nasional seed (and the bench's top-up of an older bench database) runs after the bulk path.
    expect(await addDemoMeetings(b.db, generateMeetings(metroKelurahan(), data.options.endPeriod))).toBe(2);
    const viaPrisma = await dump(a.db);
    expect(viaPrisma.meetings).toHaveLength(2);
    expect(await dump(b.db)).toEqual(viaPrisma);
    // Again: it already has meetings, nothing is added.
    expect(await addDemoMeetings(b.db, generateMeetings(metroKelurahan(), data.options.endPeriod))).toBe(0);
    expect(await b.db.meeting.count()).toBe(2);

    const real = freshDb();
    await loadWilayah(real.db, "18.72");
    const error = await addDemoMeetings(real.db, data.meetings).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DemoSeedError);
    expect(await real.db.meeting.count()).toBe(0);
  });

  it("refuses a database holding real data and leaves it untouched", async () => {
    const t = freshDb();
    await loadWilayah(t.db, "18.72");
    await t.db.posyandu.create({ data: { code: "REAL-1", name: "Posyandu Nyata", kelurahanCode: "18.72.01.1001", kecamatanCode: "18.72.01", kabKotaCode: "18.72" } });
    const error = await seedBulk(t.db, t.url, metroKelurahan()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DemoSeedError);
    expect(await t.db.posyandu.count()).toBe(1);
    expect(await t.db.monthlyReport.count()).toBe(0);
  });
});
