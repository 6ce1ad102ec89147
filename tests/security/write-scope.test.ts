// Writes outside the viewer's scope are refused and change nothing: every
// server action's core (tests/security/write-scope-cases.ts) is called by every
// demo role against a resource just outside its scope (another kelurahan,
// kecamatan or kota), and by the roles that may not write at all against their
// own; each must be refused without a single committed write. The same
// write at home must succeed, so a refusal is never just bad input.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import Database from "better-sqlite3";
import { discoverServerActions } from "../helpers/route-inventory";
import { SERVER_ACTIONS } from "../e2e/scope-routes";
import { ACTORS } from "./write-scope-places";
import { WRITE_CASES, type Ctx } from "./write-scope-cases";
import { writeScopeCtx } from "./write-scope-ctx";
import { signOutOwnSessions } from "@/lib/actions/account";

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
    c = await writeScopeCtx();
    sqlite = new Database(c.t.path, { readonly: true, fileMustExist: true });
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
      const accepted = (await a.run()).ok;
      if (accepted || version() !== before) {
        const written = (await auditSince(audit)).map((e) => `${e.action} ${e.entity}`);
        wrong.push(`${a.what}: ${accepted ? "accepted" : "refused"}${version() !== before ? `, but wrote to the database (${written.join(", ") || "no audit row"})` : ""}`);
      } else refused++;
    }
    expect(wrong).toEqual([]);
    const before = version();
    const control = await wc.run(c, wc.control, c.places.own);
    expect(control.ok, `${wc.control} at home (the control): ${control.message ?? ""}`).toBe(true);
    expect(version(), "the control wrote something").not.toBe(before);
  });

  it("signOutOwnSessionsAction: touches the caller's own account and nobody else's", async () => {
    for (const who of ACTORS) {
      const before = snapshot();
      const users = await c.t.db.user.findMany({ orderBy: { id: "asc" }, select: { id: true, sessionVersion: true } });
      expect((await signOutOwnSessions(c.t.db, c.t.viewers[who])).ok).toBe(true);
      // Setting: every audited write replaces the data version of the read cache (lib/db/data-version.ts).
      expect(changedTables(before, snapshot()).sort()).toEqual(["AuditLog", "Setting", "User", "sqlite_sequence"]);
      const after = await c.t.db.user.findMany({ orderBy: { id: "asc" }, select: { id: true, sessionVersion: true } });
      expect(after.filter((u, i) => u.sessionVersion !== users[i]!.sessionVersion).map((u) => u.id)).toEqual([c.t.viewers[who].id]);
    }
  });
});
