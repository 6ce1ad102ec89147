// `npm run demo:seed [-- --seed 1872 --sampai 2026-10 --bulan 36 --wilayah 18.72 --skala kota]`
// Migrates, loads the official area tree, and writes the deterministic demo
// dataset (labelled DATA DEMO in the UI). Same options → identical data.
import { parseArgs } from "node:util";
import { z } from "../lib/validations/z";
import { db as appDb, type Db } from "../lib/db/client";
import { env } from "../lib/env";
import { hashPassword } from "../lib/auth/password";
import { loadWilayah, WilayahError } from "../lib/wilayah/load";
import { officialProvinceCodes, readOfficialAreas } from "../lib/wilayah/idn-area";
import { DEFAULT_DEMO_OPTIONS, demoPlan, generateDemo, sortKelurahan, type DemoOptions } from "../lib/demo/generate";
import type { DemoKelurahan } from "../lib/demo/generate-org";
import { DemoSeedError, persistDemo } from "../lib/demo/persist";
import { persistDemoBulk } from "../lib/demo/persist-bulk";
import { addDemoMeetings } from "../lib/demo/persist-meetings";
import { generateMeetings } from "../lib/demo/generate-meetings";
import { openBulkDb } from "../lib/demo/bulk-db";
import { activeRules } from "../lib/queries/rules";
import { saveSchematicBoundaries, schematicBoundaries } from "../lib/demo/schematic-boundaries";
import { placeDemoPosyandu } from "../lib/demo/place-posyandu";
import { DEMO_PASSWORD, demoUsers } from "../lib/demo/users";
import { periodSchema } from "../lib/validations/period";
import { migrateAndSeedReference } from "./db-migrate";

const argsSchema = z.object({
  seed: z.coerce.number().int().default(DEFAULT_DEMO_OPTIONS.seed),
  sampai: periodSchema.default(DEFAULT_DEMO_OPTIONS.endPeriod),
  bulan: z.coerce.number().int().min(12, "--bulan minimal 12").max(120, "--bulan maksimal 120").optional(),
  wilayah: z.string().default("18.72"),
  skala: z.enum(["kota", "provinsi", "nasional"], { message: "--skala harus kota, provinsi atau nasional" }).default("kota"),
  /** Only add the demo meetings to a demo database that has none (bench databases seeded before they existed). */
  rapat: z.boolean().default(false),
});

/** Locks every demo meeting as the demo admin, dated at the meeting (needs the react-server condition: see package.json). */
async function lockDemoMeetings(db: Db) {
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

/** Months of data per scale when --bulan is not given: five years for the national dataset. */
const DEFAULT_MONTHS = { kota: DEFAULT_DEMO_OPTIONS.months, provinsi: DEFAULT_DEMO_OPTIONS.months, nasional: 60 } as const;

const isKelurahan = (level: string) => level === "KELURAHAN" || level === "DESA" || level === "DESA_ADAT";
const toKelurahan = (a: { code: string; name: string; parentCode: string | null }): DemoKelurahan =>
  ({ code: a.code, name: a.name, kecamatanCode: a.parentCode!, kabKotaCode: a.code.split(".").slice(0, 2).join(".") });
const fmt = (n: number) => Math.round(n).toLocaleString("id-ID");

/** Seeds the demo into DATABASE_URL and returns the logins to print. */
export async function seedDemo(argv: string[], quiet = false) {
  const { values } = parseArgs({ args: argv, options: { seed: { type: "string" }, sampai: { type: "string" }, bulan: { type: "string" }, wilayah: { type: "string" }, skala: { type: "string" }, rapat: { type: "boolean" } } });
  const parsed = argsSchema.safeParse(values);
  if (!parsed.success) throw new DemoSeedError(parsed.error.issues.map((i) => i.message).join("; "));
  const opts = parsed.data;
  const options: DemoOptions = { seed: opts.seed, endPeriod: opts.sampai, months: opts.bulan ?? DEFAULT_MONTHS[opts.skala], skala: opts.skala };
  const url = env().DATABASE_URL;
  await migrateAndSeedReference(url, quiet);
  // The process-wide client (DATABASE_URL, as `url`), not a second one from createDb: loadViewer in
  // lockDemoMeetings reads through db(), and on PostgreSQL that client's idle pool held the process for pg's
  // 10 s idle timeout after the seed had finished (as it did `npm run impor`, tests/pg/impor-cli.test.ts).
  const db = appDb();
  try {
    if (opts.rapat) return await seedMeetingsOnly(db, opts.skala === "nasional" ? officialProvinceCodes() : [opts.wilayah], options, quiet);
    if (opts.skala !== "kota") return await seedBulk(db, url, opts.skala === "nasional" ? null : opts.wilayah, options, quiet);
    const started = Date.now();
    const loaded = await loadWilayah(db, opts.wilayah);
    const kelurahan = readOfficialAreas(opts.wilayah).filter((a) => isKelurahan(a.level)).map(toKelurahan);
    const data = generateDemo(kelurahan, options);
    const kotaCode = opts.wilayah.split(".").length === 2 ? opts.wilayah : loaded.root.code;
    const users = await Promise.all(demoUsers(data, kotaCode).map(async (u) => ({ ...u, passwordHash: await hashPassword(DEMO_PASSWORD) })));
    await persistDemo(db, data, kotaCode, users);
    // Demo maps get generated shapes labelled "batas skematis"; real borders are never shipped.
    const shapes = schematicBoundaries(kelurahan);
    await saveSchematicBoundaries(db, shapes);
    await placeDemoPosyandu(db, data, shapes);
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

/**
 * Provinsi (`wilayah` = its code) or the whole country (`wilayah` = null):
 * generated per kab/kota and streamed through a direct connection (lib/demo/persist-bulk.ts).
 */
async function seedBulk(db: Db, url: string, wilayah: string | null, options: DemoOptions, quiet: boolean) {
  const started = performance.now();
  const roots = wilayah ? [wilayah] : officialProvinceCodes();
  const names: string[] = [];
  let kelurahan: DemoKelurahan[] = [];
  for (const code of roots) {
    names.push((await loadWilayah(db, code)).root.name);
    kelurahan = kelurahan.concat(readOfficialAreas(code).filter((a) => isKelurahan(a.level)).map(toKelurahan));
  }
  kelurahan = sortKelurahan(kelurahan);
  const areaMs = performance.now() - started;
  const scope = roots[0]!;
  const bulk = await openBulkDb(url);
  let logins: { username: string; role: string; password: string }[] = [];
  try {
    const result = await persistDemoBulk(bulk, {
      plan: demoPlan(kelurahan, options),
      kelurahan,
      usersFor: async (first) => {
        const users = demoUsers(first, scope);
        logins = users.map((u) => ({ username: u.username, role: u.role, password: DEMO_PASSWORD }));
        return Promise.all(users.map(async (u) => ({ ...u, passwordHash: await hashPassword(DEMO_PASSWORD) })));
      },
      rulesFor: (year) => activeRules(db, year),
      onProgress: quiet ? undefined : (done, total, kab) => { if (done % 10 === 0 || done === total) console.log(`  ${done}/${total} kab/kota (sampai ${kab})`); },
    });
    // The first kab/kota gets the kota demo's two meetings, locked like real ones (the bench exports one).
    const meetings = await addDemoMeetings(db, generateMeetings(kelurahan, options.endPeriod));
    await lockDemoMeetings(db);
    const seconds = (performance.now() - started) / 1000;
    const rows = [...result.stats.values()].reduce((s, t) => s + t.rows, 0);
    if (!quiet) {
      console.log(`\n${"tabel".padEnd(20)} ${"baris".padStart(11)} ${"dtk".padStart(7)} ${"baris/dtk".padStart(11)}`);
      for (const [table, t] of result.stats) console.log(`${table.padEnd(20)} ${fmt(t.rows).padStart(11)} ${(t.ms / 1000).toFixed(1).padStart(7)} ${fmt(t.rows / Math.max(t.ms / 1000, 0.001)).padStart(11)}`);
      console.log(`wilayah ${(areaMs / 1000).toFixed(1)} dtk · pembuatan data ${(result.generateMs / 1000).toFixed(1)} dtk · rollup ${(result.rollupMs / 1000).toFixed(1)} dtk · ` +
        `seluruhnya ${fmt(rows / seconds)} baris/dtk\n`);
      console.log(`DATA DEMO dimuat untuk ${names.length === 1 ? names[0] : `${names.length} provinsi`}: ${result.posyandu} posyandu, ${result.kader} kader, ` +
        `${result.reports} laporan bulanan (${options.months} bulan s.d. ${options.endPeriod}), ${result.nutrition} data gizi, ${meetings} rapat — ${rows} baris dalam ${seconds.toFixed(1)} dtk.`);
    }
    return logins;
  } finally {
    await bulk.close();
  }
}

/** `--rapat`: the demo meetings for an existing demo dataset of `roots` (nothing when it has meetings already). */
async function seedMeetingsOnly(db: Db, roots: string[], options: DemoOptions, quiet: boolean) {
  const kelurahan = sortKelurahan(roots.flatMap((code) => readOfficialAreas(code).filter((a) => isKelurahan(a.level)).map(toKelurahan)));
  const written = await addDemoMeetings(db, generateMeetings(kelurahan, options.endPeriod));
  await lockDemoMeetings(db);
  if (!quiet) console.log(written ? `${written} rapat demo ditambahkan dan dikunci.` : "Basis data ini sudah berisi rapat; tidak ada yang ditambahkan.");
  return [];
}

const isMain = process.argv[1]?.endsWith("demo-seed.ts");
if (isMain) {
  seedDemo(process.argv.slice(2))
    .then((logins) => {
      if (logins.length === 0) return;
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
