// Child process for tests/db/sqlite-durability.test.ts: one Prisma client in
// its own process doing one read-then-write transaction on a shared counter.
// Usage: tsx tests/helpers/sqlite-writer.ts <file-url> <hold-ms> [plain]
// Prints "siap" once connected, waits for a line on stdin (the start signal),
// then "ok" or "gagal <code>". `plain` uses the bare 6.19 adapter, as before.
import { createInterface } from "node:readline";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { createDb } from "../../lib/db/client.ts";
import { sqlitePathFromUrl } from "../../lib/db/url.ts";
import { PrismaClient } from "../../lib/generated/sqlite/client.ts";

async function main() {
  const [url = "", hold = "300", mode] = process.argv.slice(2);
  const db = mode === "plain" ? new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: sqlitePathFromUrl(url), timeout: 5000 }) }) : createDb(url);
  await db.$queryRawUnsafe("SELECT 1");
  console.log("siap");
  await new Promise((resolve) => createInterface({ input: process.stdin }).once("line", resolve));
  try {
    await db.$transaction(
      async (tx) => {
        const row = await tx.setting.findUnique({ where: { key: "penghitung" } });
        await new Promise((resolve) => setTimeout(resolve, Number(hold)));
        await tx.setting.update({ where: { key: "penghitung" }, data: { value: String(Number(row?.value) + 1) } });
      },
      { maxWait: 10_000, timeout: 10_000 },
    );
    console.log("ok");
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    console.log(`gagal ${typeof code === "string" ? code : String(e).slice(0, 200)}`);
  } finally {
    await db.$disconnect();
  }
}

void main();
