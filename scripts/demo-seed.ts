// `npm run demo:seed [-- --seed 1872 --sampai 2026-10 --bulan 36 --wilayah 18.72 --skala kota]`
// Migrates, loads the official area tree, and writes the deterministic demo
// dataset (labelled DATA DEMO in the UI). Same options → identical data.
import { parseArgs } from "node:util";
import { z } from "../lib/validations/z";
import { createDb } from "../lib/db/client";
import { env } from "../lib/env";
import { hashPassword } from "../lib/auth/password";
import { loadWilayah, WilayahError } from "../lib/wilayah/load";
import { readOfficialAreas } from "../lib/wilayah/idn-area";
import { DEFAULT_DEMO_OPTIONS, generateDemo } from "../lib/demo/generate";
import { DemoSeedError, persistDemo } from "../lib/demo/persist";
import { saveSchematicBoundaries, schematicBoundaries } from "../lib/demo/schematic-boundaries";
import { placeDemoPosyandu } from "../lib/demo/place-posyandu";
import { DEMO_PASSWORD, demoUsers } from "../lib/demo/users";
import { periodSchema } from "../lib/period";
import { migrateAndSeedReference } from "./db-migrate";

const argsSchema = z.object({
  seed: z.coerce.number().int().default(DEFAULT_DEMO_OPTIONS.seed),
  sampai: periodSchema.default(DEFAULT_DEMO_OPTIONS.endPeriod),
  bulan: z.coerce.number().int().min(12, "--bulan minimal 12").max(120, "--bulan maksimal 120").default(DEFAULT_DEMO_OPTIONS.months),
  wilayah: z.string().default("18.72"),
  skala: z.enum(["kota", "provinsi", "nasional"], { message: "--skala harus kota, provinsi atau nasional" }).default("kota"),
});

/** Locks every demo meeting as the demo admin, dated at the meeting (needs the react-server condition: see package.json). */
async function lockDemoMeetings(db: ReturnType<typeof createDb>) {
  const admin = await db.user.findUnique({ where: { username: "admin" }, select: { id: true, sessionVersion: true } });
  if (!admin) return;
  const [{ lockMeeting }, { loadViewer }] = await Promise.all([import("../lib/actions/meeting-lock"), import("../lib/queries/auth")]);
  const viewer = await loadViewer(admin.id, admin.sessionVersion);
  if (!viewer) return;
  for (const m of await db.meeting.findMany({ where: { status: "DRAFT" }, orderBy: { date: "asc" }, select: { id: true, date: true } })) {
    const result = await lockMeeting(db, viewer, m.id, new Date(m.date.getTime() + 10 * 3600_000), m.date.toISOString().slice(0, 10));
    if (!result.ok) throw new DemoSeedError(`Rapat demo ${m.id} tidak dapat dikunci: ${result.message}`);
  }
}

/** Seeds the demo into DATABASE_URL and returns the logins to print. */
export async function seedDemo(argv: string[], quiet = false) {
  const { values } = parseArgs({ args: argv, options: { seed: { type: "string" }, sampai: { type: "string" }, bulan: { type: "string" }, wilayah: { type: "string" }, skala: { type: "string" } } });
  const parsed = argsSchema.safeParse(values);
  if (!parsed.success) throw new DemoSeedError(parsed.error.issues.map((i) => i.message).join("; "));
  const opts = parsed.data;
  const url = env().DATABASE_URL;
  await migrateAndSeedReference(url, quiet);
  const db = createDb(url);
  try {
    const started = Date.now();
    const loaded = await loadWilayah(db, opts.wilayah);
    const kelurahan = readOfficialAreas(opts.wilayah)
      .filter((a) => a.level === "KELURAHAN" || a.level === "DESA" || a.level === "DESA_ADAT")
      .map((a) => ({ code: a.code, name: a.name, kecamatanCode: a.parentCode!, kabKotaCode: a.code.split(".").slice(0, 2).join(".") }));
    const data = generateDemo(kelurahan, { seed: opts.seed, endPeriod: opts.sampai, months: opts.bulan, skala: opts.skala });
    const kotaCode = opts.wilayah.split(".").length === 2 ? opts.wilayah : loaded.root.code;
    const users = await Promise.all(demoUsers(data, kotaCode).map(async (u) => ({ ...u, passwordHash: await hashPassword(DEMO_PASSWORD) })));
    await persistDemo(db, data, kotaCode, users);
    // Demo maps get generated shapes labelled "batas skematis"; real borders are never shipped.
    if (opts.skala === "kota") {
      const shapes = schematicBoundaries(kelurahan);
      await saveSchematicBoundaries(db, shapes);
      await placeDemoPosyandu(db, data, shapes);
    }
    // Past demo meetings are locked like real ones, so "sejak rapat terakhir" has something to compare with.
    await lockDemoMeetings(db);
    const rows = data.reports.length + data.nutrition.length + data.profiles.length + data.kader.length + data.posyandu.length;
    if (!quiet) {
      console.log(`DATA DEMO dimuat untuk ${loaded.root.name}: ${data.posyandu.length} posyandu, ${data.kader.length} kader, ` +
        `${data.reports.length} laporan bulanan (${data.periods[0]} s.d. ${data.periods[data.periods.length - 1]}), ` +
        `${data.nutrition.length} data gizi, ${data.meetings.length} rapat — ${rows} baris dalam ${((Date.now() - started) / 1000).toFixed(1)} dtk.`);
    }
    return users.map((u) => ({ username: u.username, role: u.role, password: DEMO_PASSWORD }));
  } finally {
    await db.$disconnect();
  }
}

const isMain = process.argv[1]?.endsWith("demo-seed.ts");
if (isMain) {
  seedDemo(process.argv.slice(2))
    .then((logins) => {
      console.log("\nLogin demo (kata sandi sama untuk semua):");
      for (const l of logins) console.log(`  ${l.username.padEnd(10)} ${l.role.padEnd(10)} ${l.password}`);
    })
    .catch((e: unknown) => {
      if (e instanceof DemoSeedError || e instanceof WilayahError) {
        console.error(`Gagal: ${e.message}`);
        process.exitCode = 1;
      } else throw e;
    });
}
