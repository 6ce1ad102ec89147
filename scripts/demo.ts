// `npm run demo`: migrate, load Kota Metro, seed the deterministic demo, build
// if needed and start the production server on http://localhost:3000.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createServer } from "node:net";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { seedDemo } from "./demo-seed";
import { buildIfNeeded, NEXT_BIN } from "./lib/build";

/** A per-machine secret for demo sessions, kept in the git-ignored data folder. */
function demoSecret(): string {
  const file = "data/auth-secret";
  mkdirSync("data", { recursive: true });
  if (!existsSync(file)) writeFileSync(file, randomBytes(48).toString("base64"), { mode: 0o600 });
  return readFileSync(file, "utf8").trim();
}

/** True when nothing listens on the port (a demo still running would also hold the database). */
function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer().once("error", () => resolve(false)).once("listening", () => probe.close(() => resolve(true)));
    probe.listen(port);
  });
}

async function main() {
  const port = process.argv.includes("--port") ? process.argv[process.argv.indexOf("--port") + 1]! : "3000";
  if (!(await portIsFree(Number(port)))) {
    console.error(`Port ${port} sudah dipakai (mungkin demo masih berjalan). Hentikan dulu, atau jalankan: npm run demo -- --port 3001`);
    process.exit(1);
  }
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
  buildIfNeeded(env);
  console.log(`\nPantau Posyandu (DATA DEMO) berjalan di http://localhost:${port}`);
  console.log("Login demo (kata sandi sama untuk semua):");
  for (const l of logins) console.log(`  ${l.username.padEnd(10)} ${l.role.padEnd(10)} ${l.password}`);
  console.log("Tekan Ctrl+C untuk berhenti.\n");
  const server = spawn(process.execPath, [NEXT_BIN, "start", "-p", port], { env, stdio: "inherit" });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  server.on("exit", (code) => process.exit(code ?? 0));
}

void main();
