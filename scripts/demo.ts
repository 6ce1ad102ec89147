// `npm run demo`: migrate, load Kota Metro, seed the deterministic demo, build
// if needed and start the production server on http://localhost:3000.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { seedDemo } from "./demo-seed";

const NEXT_BIN = "node_modules/next/dist/bin/next";

/** A per-machine secret for demo sessions, kept in the git-ignored data folder. */
function demoSecret(): string {
  const file = "data/auth-secret";
  mkdirSync("data", { recursive: true });
  if (!existsSync(file)) writeFileSync(file, randomBytes(48).toString("base64"), { mode: 0o600 });
  return readFileSync(file, "utf8").trim();
}

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((f) => newestMtime(join(path, f))));
}

/** True when there is no build or a source file changed after it. */
function needsBuild(): boolean {
  const buildId = ".next/BUILD_ID";
  if (!existsSync(buildId)) return true;
  const built = statSync(buildId).mtimeMs;
  return ["app", "components", "lib/auth", "lib/queries", "lib/indicators", "public", "next.config.js", "package.json"].some((p) => newestMtime(p) > built);
}

async function main() {
  const port = process.argv.includes("--port") ? process.argv[process.argv.indexOf("--port") + 1]! : "3000";
  const env = {
    ...process.env,
    DATABASE_URL: process.env.DATABASE_URL ?? "file:./data/pantau.db",
    DEMO_MODE: "1",
    AUTH_SECRET: process.env.AUTH_SECRET ?? demoSecret(),
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
    NEXT_TELEMETRY_DISABLED: "1",
    CHECKPOINT_DISABLE: "1",
  };
  process.env.DATABASE_URL = env.DATABASE_URL;
  const logins = await seedDemo([], true);
  if (needsBuild()) {
    console.log("Membangun aplikasi (next build)…");
    const build = spawnSync(process.execPath, [NEXT_BIN, "build"], { env, stdio: "inherit" });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  console.log(`\nPantau Posyandu (DATA DEMO) berjalan di http://localhost:${port}`);
  console.log("Login demo (kata sandi sama untuk semua):");
  for (const l of logins) console.log(`  ${l.username.padEnd(10)} ${l.role.padEnd(10)} ${l.password}`);
  console.log("Tekan Ctrl+C untuk berhenti.\n");
  const server = spawn(process.execPath, [NEXT_BIN, "start", "-p", port], { env, stdio: "inherit" });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  server.on("exit", (code) => process.exit(code ?? 0));
}

void main();
