#!/usr/bin/env node
// `npm test`: runs Vitest, then prints the plain "N passed, N failed" line CI
// reads (Vitest's own summary is not a format CI knows). Extra arguments go to
// Vitest, e.g. `npm test -- tests/auth`.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync } from "node:fs";

const args = process.argv.slice(2);
const suite = args.includes("--e2e") ? "e2e" : args.includes("--pg") ? "pg" : "unit";
const config = suite === "unit" ? [] : ["--config", `vitest.${suite}.config.ts`];
const rest = args.filter((a) => a !== "--e2e" && a !== "--pg");
if (suite === "pg" && !process.env.TEST_POSTGRES_URL) {
  console.error("TEST_POSTGRES_URL belum diisi, contoh: postgresql://pantau:pantau@127.0.0.1:5432/postgres");
  process.exit(1);
}
mkdirSync("test-results", { recursive: true });
const report = `test-results/vitest-${suite}.json`;
rmSync(report, { force: true });
const run = spawnSync(
  process.execPath,
  ["node_modules/vitest/vitest.mjs", "run", ...config, "--reporter=default", "--reporter=json", `--outputFile.json=${report}`, ...rest],
  { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", CHECKPOINT_DISABLE: "1" } },
);
let passed = 0;
let failed = 0;
let skipped = 0;
try {
  const json = JSON.parse(readFileSync(report, "utf8"));
  passed = json.numPassedTests;
  // A file that fails to load has no failed tests of its own: count it once.
  const brokenFiles = (json.testResults ?? []).filter((f) => f.status === "failed" && f.assertionResults.length === 0).length;
  failed = json.numFailedTests + brokenFiles;
  skipped = json.numPendingTests + (json.numTodoTests ?? 0);
} catch {
  failed = Math.max(1, failed);
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(run.status === 0 && failed === 0 ? 0 : 1);
