// Prisma CLI configuration: the Wasm schema engine talks to the database
// through the same driver adapters the app uses, so nothing native is
// downloaded (../shared/stack.md). DATABASE_URL picks SQLite or PostgreSQL,
// and with it the schema file and migrations folder.
import { existsSync } from "node:fs";
import { defineConfig } from "prisma/config";
import { cliAdapterFactory } from "./lib/db/cli-adapter";

if (existsSync(".env")) process.loadEnvFile(".env");
process.env.CHECKPOINT_DISABLE ??= "1";

const url = process.env.DATABASE_URL ?? "file:./data/pantau.db";
const isPostgres = /^postgres(ql)?:\/\//.test(url);

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: isPostgres ? "prisma/postgres/schema.prisma" : "prisma/schema.prisma",
  migrations: {
    path: isPostgres ? "prisma/postgres/migrations" : "prisma/migrations",
  },
  adapter: () => cliAdapterFactory(url),
});
