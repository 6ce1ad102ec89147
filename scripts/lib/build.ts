// Shared by `npm run demo` and the browser tests: build only when needed.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

export const NEXT_BIN = "node_modules/next/dist/bin/next";

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  // A directory's own mtime changes when a file is deleted or renamed in it.
  return Math.max(st.mtimeMs, ...readdirSync(path).map((f) => newestMtime(join(path, f))));
}

/** True when there is no production build or a source file changed after it. */
export function needsBuild(): boolean {
  const buildId = ".next/BUILD_ID";
  if (!existsSync(buildId)) return true;
  const built = statSync(buildId).mtimeMs;
  return ["app", "components", "lib", "public", "proxy.ts", "next.config.js", "package.json", "postcss.config.mjs", "tsconfig.json"].some((p) => newestMtime(p) > built);
}

/** Runs `next build` when needed; exits the process if the build fails. */
export function buildIfNeeded(env: NodeJS.ProcessEnv): void {
  if (!needsBuild()) return;
  console.log("Membangun aplikasi (next build)…");
  const build = spawnSync(process.execPath, [NEXT_BIN, "build"], { env, stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
