// Child process for tests/crash/concurrent-import.test.ts: one user saving the
// monthly grid (/laporan) through the real core action, in its own process
// and with its own connection, like a second app server request.
// Usage: node --import tsx tests/helpers/grid-writer.ts <file-url> <username> <input-json>
// Prints "siap" once connected, waits for a line on stdin (the start signal),
// then one line of JSON: the action's { ok, message }.
import { createRequire } from "node:module";
import { createInterface } from "node:readline";

// The action module starts with `import "server-only"`, which throws outside a react-server build, and that
// build of React lacks what next/navigation needs; like the Vitest alias, stand in an empty module for it
// (before the app's modules load, hence the dynamic imports below).
const require = createRequire(__filename);
const guard = require.resolve("server-only");
require.cache[guard] = { id: guard, filename: guard, loaded: true, exports: {} } as NodeJS.Module;

async function main() {
  const [url = "", username = "", input = "{}"] = process.argv.slice(2);
  process.env.DATABASE_URL = url;
  const { createDb } = await import("../../lib/db/client.ts");
  const { loadViewer } = await import("../../lib/queries/auth.ts");
  const { saveMonthlyGrid } = await import("../../lib/actions/reports.ts");
  const { todayInJakarta } = await import("../../lib/validations/reports.ts");
  const db = createDb(url);
  const user = await db.user.findUniqueOrThrow({ where: { username } });
  const viewer = await loadViewer(user.id, user.sessionVersion);
  if (!viewer) throw new Error(`${username} tidak aktif`);
  console.log("siap");
  await new Promise((resolve) => createInterface({ input: process.stdin }).once("line", resolve));
  const result = await saveMonthlyGrid(db, viewer, JSON.parse(input), todayInJakarta());
  console.log(JSON.stringify({ ok: result.ok, message: result.message }));
  await db.$disconnect();
}

void main();
