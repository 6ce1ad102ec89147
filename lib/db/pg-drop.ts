// Dropping a PostgreSQL database that may still have connections (a bench copy after a killed importer, a
// migration's shadow database, a test database). `DROP DATABASE … WITH (FORCE)` ends every session on it, but
// only when this role may signal all of them: an autovacuum worker, which PostgreSQL starts on a database soon
// after a large write, belongs to no role, so a role without pg_signal_backend gets "must be a member of the role
// whose process is being terminated or member of pg_signal_backend" (SQLSTATE 42501) and nothing is dropped.
// The plain DROP DATABASE cancels autovacuum workers itself, so after ending this role's own sessions it works.

/** Runs one statement (a pg.Client's `query`, or the tests' admin helper). */
export type AdminQuery = (sql: string) => Promise<unknown>;

const INSUFFICIENT_PRIVILEGE = "42501";

/** A PostgreSQL identifier in double quotes (embedded quotes doubled). */
const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;
const text = (value: string) => `'${value.replaceAll("'", "''")}'`;

/** `DROP DATABASE IF EXISTS name WITH (FORCE)`, falling back as above when the role may not end a session on it. */
export async function dropDatabaseForced(query: AdminQuery, name: string): Promise<void> {
  try {
    await query(`DROP DATABASE IF EXISTS ${ident(name)} WITH (FORCE)`);
  } catch (e) {
    if ((e as { code?: unknown } | null)?.code !== INSUFFICIENT_PRIVILEGE) throw e;
    // FORCE checks every session before ending any, so they are all still there: end this role's own ones,
    // then DROP, which cancels autovacuum and waits up to 5 s for the ended sessions to go. Another role's
    // session still makes it fail ("being accessed by other users"), as it should.
    await query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = ${text(name)} AND pid <> pg_backend_pid() AND usename = current_user`);
    await query(`DROP DATABASE IF EXISTS ${ident(name)}`);
  }
}
