// Global setup of the browser suite: seed a throwaway demo database, build if
// needed, start `next start` on loopback and stop it afterwards.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, rmSync } from "node:fs";
import { buildIfNeeded, NEXT_BIN } from "../../scripts/lib/build";
import { BASE_URL, E2E_DIR, E2E_PORT, SCREENSHOT_DIR } from "./config";

let server: ChildProcess | undefined;

async function waitForServer(deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    try {
      const res = await fetch(`${BASE_URL}/masuk`);
      if (res.ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error("Server uji tidak siap dalam 60 detik");
}

export default async function setup() {
  rmSync(E2E_DIR, { recursive: true, force: true });
  mkdirSync(E2E_DIR, { recursive: true });
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const env = {
    ...process.env,
    NODE_ENV: "production" as const,
    DATABASE_URL: `file:./${E2E_DIR}/e2e.db`,
    AUTH_SECRET: randomBytes(32).toString("base64"),
    NEXTAUTH_URL: BASE_URL,
    NEXT_TELEMETRY_DISABLED: "1",
    CHECKPOINT_DISABLE: "1",
  };
  const seeded = spawnSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "--conditions=react-server", "scripts/demo-seed.ts"], { env, stdio: "pipe", encoding: "utf8" });
  if (seeded.status !== 0) throw new Error(`Seed demo gagal:\n${seeded.stdout}\n${seeded.stderr}`);
  buildIfNeeded(env);
  server = spawn(process.execPath, [NEXT_BIN, "start", "-p", String(E2E_PORT), "-H", "127.0.0.1"], { env, stdio: "inherit" });
  await waitForServer(Date.now() + 60_000);
  return () => {
    server?.kill("SIGTERM");
  };
}
