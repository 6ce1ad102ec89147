// Development aid: `tsx --conditions=react-server scripts/bench/profile-pg.ts <postgres url> [user] [rounds]` runs the
// ringkasan's reads (getOverview + getDashboard of the viewer's root) uncached and prints every SQL statement with
// its start and end (ms since the page's reads began), to see which reads a cold ringkasan waits for and whether
// they overlap. `--na-laporan`: with the read cache on, each round follows a write that changes only monthly
// reports (bumpDataVersion(tx, ["reports"])), i.e. what the first ringkasan after a saved report recomputes.
import pg from "pg";

type Entry = { start: number; end: number; sql: string; rows: number };
let log: Entry[] = [];
let t0 = 0;
// The adapter queries through its pool (pg-pool calls the client with a callback, so the pool is where a promise is).
const original = pg.Pool.prototype.query as (...a: unknown[]) => unknown;
(pg.Pool.prototype as unknown as { query: unknown }).query = function (this: pg.Pool, ...args: unknown[]) {
  const first = args[0] as string | { text?: string };
  const sql = typeof first === "string" ? first : (first?.text ?? "");
  const start = performance.now() - t0;
  const res = original.apply(this, args);
  if (res && typeof (res as Promise<unknown>).then === "function") {
    return (res as Promise<{ rowCount?: number; rows?: unknown[] }>).then((r) => {
      log.push({ start, end: performance.now() - t0, sql, rows: r?.rows?.length ?? 0 });
      return r;
    });
  }
  return res;
};

async function main() {
  const afterReport = process.argv.includes("--na-laporan");
  const [url, user = "pimpinan", rounds = "3"] = process.argv.slice(2).filter((a) => !a.startsWith("--"));
  process.env.DATABASE_URL = url;
  process.env.PANTAU_CACHE = afterReport ? "1" : "0";
  const { bumpDataVersion } = await import("../../lib/db/data-version");
  const { db } = await import("../../lib/db/client");
  const { loadViewer } = await import("../../lib/queries/auth");
  const u = await db().user.findUniqueOrThrow({ where: { username: user } });
  const viewer = (await loadViewer(u.id, u.sessionVersion))!;
  const root = viewer.scopeAreaCode!;
  const { getDashboard } = await import("../../lib/queries/dashboard");
  const { getOverview } = await import("../../lib/queries/overview");
  if (afterReport) await Promise.all([getOverview(viewer), getDashboard(viewer, root)]);
  for (let i = 0; i < Number(rounds); i++) {
    if (afterReport) await db().$transaction((tx) => bumpDataVersion(tx, ["reports"]));
    log = [];
    t0 = performance.now();
    await Promise.all([getOverview(viewer), getDashboard(viewer, root)]);
    const total = performance.now() - t0;
    console.log(`round ${i + 1}: ${total.toFixed(0)} ms, ${log.length} statements`);
    if (i === Number(rounds) - 1 || process.env.VERBOSE) {
      for (const e of log.sort((a, b) => a.start - b.start)) {
        console.log(`${e.start.toFixed(0).padStart(6)} → ${e.end.toFixed(0).padStart(6)} (${(e.end - e.start).toFixed(0).padStart(4)} ms, ${String(e.rows).padStart(5)} rows) ${e.sql.replace(/\s+/g, " ").slice(0, 220)}`);
      }
    }
  }
  await db().$disconnect();
}
void main();
