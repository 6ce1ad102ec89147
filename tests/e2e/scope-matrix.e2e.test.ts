// The scope matrix: every route of app/ (found on disk, so a new one is covered
// or fails until listed in scope-routes.ts) × anonymous and every role × an
// own-area and another area's resource. Statuses must match the table, no
// answer may be a 5xx and no body may hold a name or code of an area outside
// the viewer's scope, nor a child's name or NIK from an e-PPGBM export.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import Database from "better-sqlite3";
import type { Browser, BrowserContext } from "playwright-core";
import { createDb, type Db } from "@/lib/db/client";
import { EPPGBM_COLUMNS } from "@/lib/import/eppgbm";
import { refreshRollups } from "@/lib/rollup/refresh";
import { addScopeFixture, removeScopeFixture, type ScopeFixture } from "../helpers/scope-fixture";
import { discoverRoutes, discoverServerActions } from "../helpers/route-inventory";
import { launch, signIn } from "./browser";
import { BASE_URL, E2E_DIR } from "./config";
import { cellsOf, leaksIn, runCell, type Result, type Who } from "./scope-check";
import { anonymousMarkers, DEMO_LOGIN, roleAreas, type RoleArea } from "./scope-areas";
import { inventoryGaps, ROLES, ROUTES, SERVER_ACTIONS, type Role } from "./scope-routes";

const DB_FILE = `${E2E_DIR}/e2e.db`;
// Three children as an e-PPGBM export carries them; none of these texts may be stored or shown.
const CHILDREN = [
  { nik: "1872015203220007", name: "Kinanti Sekarwangi Prameswari", parent: "Sulastri Handayaningrum", address: "Jl. Kenari Gang Uji No. 7" },
  { nik: "1872011107210003", name: "Bagaskara Dwi Anantawikrama", parent: "Sri Rahayuningtyas", address: "Jl. Cendrawasih Uji No. 12" },
  { nik: "1872014408230001", name: "Nayaka Ardhani Puspitasari", parent: "Tri Wulandari Kusumawati", address: "Jl. Murai Uji No. 3" },
];
const CHILD_MARKERS = CHILDREN.flatMap((c) => [c.nik, c.name, c.parent, c.address]);

/** Every table's rows except the import log (a refused upload is logged there on purpose), as one string. */
function dataSnapshot(): string {
  const sqlite = new Database(DB_FILE, { readonly: true, fileMustExist: true });
  try {
    const tables = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT IN ('ImportBatch', 'sqlite_sequence') ORDER BY name").all() as { name: string }[];
    return tables.map((t) => `${t.name}:${JSON.stringify(sqlite.prepare(`SELECT * FROM "${t.name}" ORDER BY rowid`).all())}`).join("\n");
  } finally {
    sqlite.close();
  }
}

/** "table.column" of every stored value (any column, any table) that contains one of `needles`. */
function storedAnywhere(needles: string[]): string[] {
  const sqlite = new Database(DB_FILE, { readonly: true, fileMustExist: true });
  const found = new Set<string>();
  try {
    for (const { name } of sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]) {
      for (const row of sqlite.prepare(`SELECT * FROM "${name}"`).all() as Record<string, unknown>[]) {
        for (const [col, value] of Object.entries(row)) if (typeof value === "string" && needles.some((n) => value.includes(n))) found.add(`${name}.${col}`);
      }
    }
  } finally {
    sqlite.close();
  }
  return [...found];
}

/** One e-PPGBM export line; the columns not given are blank. */
const eppgbmLine = (v: Partial<Record<(typeof EPPGBM_COLUMNS)[number], string>>) => EPPGBM_COLUMNS.map((col) => v[col] ?? "").join(";");

const upload = (ctx: BrowserContext, jenis: string, name: string, text: string) =>
  ctx.request.post(`${BASE_URL}/api/impor?jenis=${jenis}&mode=simpan`, { multipart: { berkas: { name, mimeType: "text/csv", buffer: Buffer.from(text) } }, failOnStatusCode: false });

describe("scope matrix", () => {
  let browser: Browser;
  let db: Db;
  let fx: ScopeFixture | undefined;
  let areas: Record<Role, RoleArea>;
  let firstBatchId = 0;
  const sessions = {} as Record<Who, BrowserContext>;
  const results: Result[] = [];
  const refusedUploads: string[] = [];

  beforeAll(async () => {
    browser = await launch();
    db = createDb(`file:./${DB_FILE}`);
    firstBatchId = ((await db.importBatch.aggregate({ _max: { id: true } }))._max.id ?? 0) + 1;
    fx = await addScopeFixture(db);
    areas = await roleAreas(db, fx);
    sessions.ANONIM = await browser.newContext();
    for (const role of ROLES) {
      sessions[role] = await browser.newContext();
      const page = await sessions[role].newPage();
      await signIn(page, DEMO_LOGIN[role]);
      await page.close();
    }
  });

  afterAll(async () => {
    const leaks = results.filter((r) => r.leaks.length > 0).length;
    const fivexx = results.filter((r) => r.status >= 500).length;
    const wrong = results.filter((r) => r.problems.length > 0 && r.leaks.length === 0 && r.status < 500).length;
    const routes = Object.keys(ROUTES).length;
    console.log(
      `Matriks cakupan: 6 peran (anonim + ${ROLES.length}) × ${routes} rute × {milik sendiri, wilayah lain} = ${results.length} pemeriksaan GET, ` +
        `${leaks} bocor, ${fivexx} 5xx, ${wrong} status salah; ${refusedUploads.length} unggahan ke wilayah lain ditolak; ` +
        `${Object.keys(SERVER_ACTIONS).length} server action diuji di tests/security/write-scope.test.ts`,
    );
    // Leave the shared database as seeded: this file's import batches (and their rows), then the fixture.
    if (db) {
      await db.$transaction(async (tx) => {
        const rows = await tx.nutritionAggregate.findMany({ where: { importBatchId: { gte: firstBatchId } }, select: { posyanduId: true, period: true } });
        await tx.nutritionAggregate.deleteMany({ where: { importBatchId: { gte: firstBatchId } } });
        await tx.auditLog.deleteMany({ where: { importBatchId: { gte: firstBatchId } } });
        await tx.importBatch.deleteMany({ where: { id: { gte: firstBatchId }, userId: { not: fx?.user.id } } });
        await refreshRollups(tx, { posyanduIds: rows.map((r) => r.posyanduId), periods: rows.map((r) => r.period) });
      });
      if (fx) await removeScopeFixture(db, fx);
      await db.$disconnect();
    }
    for (const ctx of Object.values(sessions)) await ctx.close();
    await browser?.close();
  });

  it("lists every route and server action of the source tree", () => {
    const routes = discoverRoutes("app").map((r) => r.route);
    const actions = discoverServerActions(["app", "lib", "components"]).map((a) => a.name);
    expect([
      ...inventoryGaps("route", routes, Object.keys(ROUTES), "tests/e2e/scope-routes.ts ROUTES"),
      ...inventoryGaps("server action", actions, Object.keys(SERVER_ACTIONS), "tests/e2e/scope-routes.ts SERVER_ACTIONS"),
    ]).toEqual([]);
  });

  it("imports an e-PPGBM export with names and NIK, storing neither", async () => {
    const a = areas.ADMIN;
    const [kel, pos] = await Promise.all([db.area.findUniqueOrThrow({ where: { code: a.kelurahan } }), db.posyandu.findUniqueOrThrow({ where: { code: a.posyandu.code } })]);
    const row = (c: (typeof CHILDREN)[number], tbu: string) =>
      eppgbmLine({
        NIK: c.nik, Nama: c.name, JK: "P", "Tgl Lahir": "2022-03-12", "Nama Ortu": c.parent, "Desa/Kel": kel.name.toUpperCase(), Posyandu: `POSYANDU ${pos.name.toUpperCase()}`,
        RT: "003", RW: "005", Alamat: c.address, "Tanggal Pengukuran": "14/08/2023", Berat: "9,8", Tinggi: "78,4", "BB/U": "Berat Badan Normal", "TB/U": tbu, "BB/TB": "Gizi Baik",
      });
    const file = [EPPGBM_COLUMNS.join(";"), row(CHILDREN[0]!, "Pendek"), row(CHILDREN[1]!, "Normal"), row(CHILDREN[2]!, "Sangat Pendek")].join("\n");
    const res = await upload(sessions.ADMIN, "eppgbm", "eppgbm-agustus-2023.csv", file);
    const text = await res.text();
    expect(res.status(), text).toBe(200);
    expect(JSON.parse(text)).toMatchObject({ status: "selesai", counts: { inserted: 1 } });
    expect(CHILD_MARKERS.filter((m) => text.includes(m))).toEqual([]);
    // The aggregate is there (the file was read), the children are not.
    const stored = await db.nutritionAggregate.findFirstOrThrow({ where: { posyanduId: pos.id, period: "2023-08", source: "EPPGBM" } });
    expect([stored.diukurTb, stored.sangatPendek, stored.pendek]).toEqual([3, 1, 1]);
    expect(storedAnywhere(CHILD_MARKERS)).toEqual([]);
    expect(storedAnywhere(["eppgbm-agustus-2023.csv"]), "the search finds what the import stored").toEqual(["ImportBatch.fileName", "AuditLog.after"]);
  });

  it("searches for names that pages really show: the kota page names what the camat and the lurah must not see", async () => {
    expect(areas.KECAMATAN.markers).toEqual(expect.arrayContaining(["Banjarsari", "Karangrejo", "Metro Utara", "Kota Bandar Lampung"]));
    expect(areas.KELURAHAN.markers).toEqual(expect.arrayContaining(["Imopuro", "Hadimulyo Timur", "18.72.01.1002"]));
    expect(areas.PUSKESMAS.markers).not.toContain("Hadimulyo Timur");
    const kota = await (await sessions.ADMIN.request.get(`${BASE_URL}/wilayah/${areas.ADMIN.home}`)).text();
    expect(leaksIn(kota, areas.KECAMATAN.markers, []).length).toBeGreaterThan(3);
    expect(leaksIn(kota, areas.KELURAHAN.markers, []).length).toBeGreaterThan(3);
  });

  it.each(["ANONIM", ...ROLES] as Who[])("%s: every route, own area and other area", async (who) => {
    const values = who === "ANONIM" ? areas.KECAMATAN : areas[who];
    const markers = [...(who === "ANONIM" ? anonymousMarkers(areas, fx!) : areas[who].markers), ...CHILD_MARKERS];
    const neutral = who === "ANONIM" ? [] : areas[who].neutral;
    const mine: Result[] = [];
    for (const cell of cellsOf(who, ROUTES, values)) mine.push(await runCell(sessions[who].request, ROUTES[cell.route]!, cell, markers, neutral));
    results.push(...mine);
    expect(mine.length).toBeGreaterThan(25);
    expect(mine.filter((r) => r.problems.length > 0).map((r) => `${r.variant} ${r.url}: ${r.problems.join("; ")}`)).toEqual([]);
    if (who !== "ANONIM") {
      // The markers are real: the own posyandu list shows the own posyandu's code, which is another role's marker.
      const list = await sessions[who].request.get(`${BASE_URL}${ROUTES["/posyandu"]!.own(values)}`);
      expect(await list.text()).toContain(values.posyandu.code);
    }
  }, 600_000);

  it("refuses uploads into another area through POST /api/impor and writes nothing", async () => {
    const LAPORAN = "kode_posyandu;periode;buka;kader_bertugas;s;k;d;n;bgm;t2";
    const POSYANDU = "kode_posyandu;nama_posyandu;kode_kelurahan;nama_puskesmas;rw;alamat;lintang;bujur;ilp";
    const report = (code: string) => `${LAPORAN}\n${code};2026-09;ya;5;80;75;60;50;1;2\n`;
    const otherVillage = (await db.area.findUniqueOrThrow({ where: { code: areas.PUSKESMAS.other.kelurahan } })).name.toUpperCase();
    const cases: { who: Who; jenis: string; file: string; status: number }[] = [
      { who: "ANONIM", jenis: "laporan-bulanan", file: report(areas.KELURAHAN.posyandu.code), status: 401 },
      { who: "PIMPINAN", jenis: "laporan-bulanan", file: report(areas.PIMPINAN.posyandu.code), status: 403 },
      { who: "KECAMATAN", jenis: "laporan-bulanan", file: report(areas.KECAMATAN.posyandu.code), status: 403 },
      { who: "KELURAHAN", jenis: "laporan-bulanan", file: report(areas.KELURAHAN.other.posyandu.code), status: 422 },
      { who: "PUSKESMAS", jenis: "laporan-bulanan", file: report(areas.PUSKESMAS.other.posyandu.code), status: 422 },
      { who: "ADMIN", jenis: "laporan-bulanan", file: report(areas.ADMIN.other.posyandu.code), status: 422 },
      { who: "KELURAHAN", jenis: "posyandu", file: `${POSYANDU}\nPUJI01;Anggrek Uji;${areas.KELURAHAN.other.kelurahan};;RW 01;;;;tidak\n`, status: 422 },
      {
        who: "PUSKESMAS", jenis: "eppgbm", status: 422,
        file: `${EPPGBM_COLUMNS.join(";")}\n${eppgbmLine({ Nama: "Anak Uji", JK: "L", "Tgl Lahir": "2024-01-10", "Desa/Kel": otherVillage, Posyandu: "POSYANDU MAWAR 1", "Tanggal Pengukuran": "14/08/2026", "BB/U": "Berat Badan Normal", "TB/U": "Normal", "BB/TB": "Gizi Baik" })}\n`,
      },
    ];
    for (const c of cases) {
      const before = dataSnapshot();
      const res = await upload(sessions[c.who], c.jenis, "wilayah-lain.csv", c.file);
      expect(res.status(), `${c.who} ${c.jenis}: ${await res.text()}`).toBe(c.status);
      expect(res.headers()["content-type"]).toContain("application/json");
      expect(dataSnapshot() === before, `${c.who} ${c.jenis} changed the database`).toBe(true);
      refusedUploads.push(`${c.who} ${c.jenis}`);
    }
    const logged = await db.importBatch.findMany({ where: { id: { gte: firstBatchId }, userId: { not: fx!.user.id }, kind: { not: "EPPGBM" } } });
    expect(logged.every((b) => b.status === "GAGAL" && b.rowsInserted === 0 && b.rowsUpdated === 0)).toBe(true);
  });
});
