// dropDatabaseForced on a real server: the bench's copies, the migration shadow and these tests' databases are
// dropped with it. PostgreSQL refuses `WITH (FORCE)` to a role without pg_signal_backend while an autovacuum
// worker runs on the database (seen after the nasional bench's e-PPGBM import: the whole bench stopped there).
// Autovacuum cannot be started on demand, so the second case has the server's refusal injected for the FORCE
// statement alone; everything else runs on the server.
import { afterAll, describe, expect, it } from "vitest";
import pg from "pg";
import { pgConfigFromUrl } from "@/lib/db/url";
import { dropDatabaseForced, type AdminQuery } from "@/lib/db/pg-drop";
import { throwawayPg } from "../helpers/pg-db";

const { base, name, url, admin } = throwawayPg("pantau_test_drop");
const exists = async (db: string) => {
  const c = new pg.Client(pgConfigFromUrl(base));
  await c.connect();
  try {
    return (await c.query("SELECT 1 FROM pg_database WHERE datname = $1", [db])).rowCount === 1;
  } finally {
    await c.end();
  }
};
/**
 * A session of this role on `db` that stays open (as a killed importer's would), connected before this resolves;
 * `ended` resolves once the drop has ended it. The error listener goes on before connect: the server's FATAL 57P01
 * can arrive in the same read as ReadyForQuery, before an `await c.connect()` continuation could attach it, and an
 * 'error' event without a listener is an uncaught exception (it failed CI once).
 */
async function openSession(db: string) {
  const c = new pg.Client({ ...pgConfigFromUrl(url), database: db });
  c.on("error", () => undefined);
  const ended = new Promise<void>((resolve) => c.on("end", resolve));
  await c.connect();
  return { ended };
}

describe("dropDatabaseForced", () => {
  afterAll(async () => {
    await admin(`DROP DATABASE IF EXISTS "${name}_a" WITH (FORCE)`).catch(() => undefined);
    await admin(`DROP DATABASE IF EXISTS "${name}_b" WITH (FORCE)`).catch(() => undefined);
  });

  it("drops a database while a session is still connected to it", async () => {
    await admin(`CREATE DATABASE "${name}_a"`);
    const { ended } = await openSession(`${name}_a`);
    await dropDatabaseForced(admin, `${name}_a`);
    await ended;
    expect(await exists(`${name}_a`)).toBe(false);
  });

  it("still drops it when the server refuses FORCE for lack of pg_signal_backend", async () => {
    await admin(`CREATE DATABASE "${name}_b"`);
    const { ended } = await openSession(`${name}_b`);
    const sent: string[] = [];
    const refusingForce: AdminQuery = async (sql) => {
      sent.push(sql);
      if (sql.includes("WITH (FORCE)")) throw Object.assign(new Error("must be a member of the role whose process is being terminated or member of pg_signal_backend"), { code: "42501" });
      return admin(sql);
    };
    await dropDatabaseForced(refusingForce, `${name}_b`);
    await ended;
    expect(await exists(`${name}_b`)).toBe(false);
    expect(sent).toHaveLength(3);
  });

  it("passes on any other failure", async () => {
    const failing: AdminQuery = async () => {
      throw Object.assign(new Error("database is being accessed by other users"), { code: "55006" });
    };
    await expect(dropDatabaseForced(failing, `${name}_c`)).rejects.toThrow(/other users/);
  });

  it("quotes the name", async () => {
    const sent: string[] = [];
    await dropDatabaseForced(async (sql) => void sent.push(sql), `x"; DROP DATABASE postgres; --`);
    expect(sent).toEqual(['DROP DATABASE IF EXISTS "x""; DROP DATABASE postgres; --" WITH (FORCE)']);
  });
});
