#!/usr/bin/env node
// postinstall: generate both Prisma clients (SQLite and PostgreSQL) so one
// `next build` serves either database (lib/db picks one by DATABASE_URL).
import { execFileSync } from "node:child_process";

const env = { ...process.env, CHECKPOINT_DISABLE: "1", PRISMA_HIDE_UPDATE_MESSAGE: "1" };
execFileSync(process.execPath, ["scripts/schema-sync.mjs"], { stdio: "inherit", env });
for (const schema of ["prisma/schema.prisma", "prisma/postgres/schema.prisma"]) {
  execFileSync(process.execPath, ["node_modules/prisma/build/index.js", "generate", "--schema", schema], {
    stdio: "inherit",
    env,
  });
}
