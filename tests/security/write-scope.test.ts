// Writes outside the viewer's scope are refused and change nothing: every
// server action's core (tests/security/write-scope-cases.ts) is called by every
// demo role against a resource just outside its scope (another kelurahan,
// kecamatan or kota), and by the roles that may not write at all against their
// own; each must be refused without a single committed write. The same
// write at home must succeed, so a refusal is never just bad input.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import Database from "better-sqlite3";
import { demoDb } from "../helpers/demo-db";
import { addScopeFixture } from "../helpers/scope-fixture";
import { discoverServerActions } from "../helpers/route-inventory";
import { SERVER_ACTIONS } from "../e2e/scope-routes";
import { ACTORS, buildPlaces } from "./write-scope-places";
import { TODAY, WRITE_CASES, type Ctx } from "./write-scope-cases";
import { runImport } from "@/lib/import/engine";
import { loadViewer } from "@/lib/queries/auth";
import { signOutOwnSessions } from "@/lib/actions/account";

const LAPORAN = "kode_posyandu;periode;buka;kader_bertugas;s;k;d;n;bgm;t2";
const report = (code: string) => new TextEncoder().encode(`${LAPORAN}\n${code};2026-10;ya;5;80;75;60;50;1;2\n`);

describe("writes outside the viewer's scope", () => {
  let c: Ctx;
  let sqlite: Database.Database;
  let refused = 0;

  /** SQLite bumps data_version whenever another connection commits a change: any write at all, even of equal values. */
  const version = () => sqlite.pragma("data_version", { simple: true }) as number;
  const auditSince = (id: number) => c.t.db.auditLog.findMany({ where: { id: { gt: id } }, select: { action: true, entity: true } });
  const lastAudit = async () => (await c.t.db.auditLog.aggregate({ _max: { id: true } }))._max.id ?? 0;
  /** Every table's rows, per table (slower; for the one action allowed to write). */
  const snapshot = () => {
    const tables = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[];
    return new Map(tables.map((t) => [t.name, JSON.stringify(sqlite.prepare(`SELECT * FROM "${t.name}" ORDER BY rowid`).all())]));
  };
  const changedTables = (before: Map<string, string>, after: Map<string, string>) => [...after].filter(([name, rows]) => before.get(name) !== rows).map(([name]) => name);

  beforeAll(async () => {
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
    c = { t, fx, places, foreignImportBatch: foreignBatch.batchId! };
    sqlite = new Database(t.path, { readonly: true, fileMustExist: true });
  });

  afterAll(() => {
    sqlite?.close();
    console.log(`Tulis di luar cakupan: ${refused} percobaan ditolak tanpa perubahan, ${Object.keys(WRITE_CASES).length} penulisan yang sama di wilayah sendiri diterima`);
  });

  it("has a case for every server action in the code", () => {
    const found = discoverServerActions(["app", "lib", "components"]).map((a) => a.name).sort();
    expect(found).toEqual(Object.keys(SERVER_ACTIONS).sort());
    const covered = new Set([...Object.keys(WRITE_CASES).map((k) => k.split(":")[0]!), "signOutOwnSessionsAction"]);
    expect([...covered].sort()).toEqual(found);
  });

  it("knows a place outside every role's scope", () => {
    for (const who of ACTORS) {
      const other = c.places.other[who];
      expect(c.t.data.posyandu.some((p) => p.code === other.posyanduCode && p.kelurahanCode === c.places.own.kelurahan), who).toBe(false);
    }
  });

  it.each(Object.entries(WRITE_CASES))("%s: refused outside the scope, accepted at home", async (_name, wc) => {
    const attempts = [
      ...ACTORS.map((who) => ({ what: `${who} in another area`, run: () => wc.run(c, who, c.places.other[who]) })),
      ...ACTORS.filter((who) => !wc.allowed.includes(who)).map((who) => ({ what: `${who} (a role that may not) in its own area`, run: () => wc.run(c, who, c.places.own) })),
      ...(wc.extra ?? []).map((e) => ({ what: `${e.who}: ${e.what}`, run: () => e.run(c) })),
    ];
    const wrong: string[] = [];
    for (const a of attempts) {
      const [before, audit] = [version(), await lastAudit()];
      const accepted = await a.run();
      if (accepted || version() !== before) {
        const written = (await auditSince(audit)).map((e) => `${e.action} ${e.entity}`);
        wrong.push(`${a.what}: ${accepted ? "accepted" : "refused"}${version() !== before ? `, but wrote to the database (${written.join(", ") || "no audit row"})` : ""}`);
      } else refused++;
    }
    expect(wrong).toEqual([]);
    const before = version();
    expect(await wc.run(c, wc.control, c.places.own), `${wc.control} at home (the control)`).toBe(true);
    expect(version(), "the control wrote something").not.toBe(before);
  });

  it("signOutOwnSessionsAction: touches the caller's own account and nobody else's", async () => {
    for (const who of ACTORS) {
      const before = snapshot();
      const users = await c.t.db.user.findMany({ orderBy: { id: "asc" }, select: { id: true, sessionVersion: true } });
      expect((await signOutOwnSessions(c.t.db, c.t.viewers[who])).ok).toBe(true);
      expect(changedTables(before, snapshot()).sort()).toEqual(["AuditLog", "User", "sqlite_sequence"]);
      const after = await c.t.db.user.findMany({ orderBy: { id: "asc" }, select: { id: true, sessionVersion: true } });
      expect(after.filter((u, i) => u.sessionVersion !== users[i]!.sessionVersion).map((u) => u.id)).toEqual([c.t.viewers[who].id]);
    }
  });
});
