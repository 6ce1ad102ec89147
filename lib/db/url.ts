// Parsing of DATABASE_URL shared by the app, the CLI config and scripts.

/** True for postgres:// or postgresql:// URLs. */
export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//.test(url);
}

/** "file:./data/pantau.db" → "./data/pantau.db" (relative to the working directory). */
export function sqlitePathFromUrl(url: string): string {
  if (!url.startsWith("file:")) throw new Error(`DATABASE_URL SQLite harus diawali "file:" (diterima: ${url})`);
  return url.slice("file:".length);
}

/**
 * Splits a PostgreSQL URL into host/port/user/password/database: given a
 * connectionString the 6.19 adapter's shadow database silently becomes the
 * main one (../shared/stack.md).
 */
export function pgConfigFromUrl(url: string) {
  const parsed = new URL(url);
  const socketHost = parsed.searchParams.get("host");
  return {
    host: socketHost ?? (parsed.hostname || "localhost"),
    port: parsed.port ? Number(parsed.port) : 5432,
    user: decodeURIComponent(parsed.username),
    password: decodeURIComponent(parsed.password),
    database: decodeURIComponent(parsed.pathname.replace(/^\//, "")),
  };
}
