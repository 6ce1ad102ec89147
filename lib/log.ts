// Structured server logs: one JSON object per line (time, level, event, fields)
// that log shippers can parse. Personal data never goes in: fields whose names
// suggest a person (names, NIK, usernames, passwords, tokens, e-mail) are
// dropped, long strings are cut, and only ids and counts are meant to be logged.
const PERSONAL = /(^|_)(nama|name|nik|username|user_?name|password|sandi|token|secret|email|alamat|address)$/i;

export type LogLevel = "info" | "warn" | "error";
export type LogFields = Record<string, string | number | boolean | null | undefined>;

/** The line that would be written (exported for tests). */
export function formatLog(level: LogLevel, event: string, fields: LogFields = {}, now = new Date()): string {
  const safe: Record<string, string | number | boolean | null> = {};
  for (const [k, v] of Object.entries(fields)) {
    if (v === undefined || PERSONAL.test(k)) continue;
    safe[k] = typeof v === "string" ? v.replace(/[\u0000-\u001f]/g, " ").slice(0, 300) : v;
  }
  return JSON.stringify({ waktu: now.toISOString(), level, event, ...safe });
}

export function log(level: LogLevel, event: string, fields?: LogFields): void {
  const line = formatLog(level, event, fields);
  if (level === "error") console.error(line);
  else console.log(line);
}
