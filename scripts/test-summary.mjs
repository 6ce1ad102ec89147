#!/usr/bin/env node
// Sums the Vitest JSON reports of every suite run into one closing line.
import { readdirSync, readFileSync } from "node:fs";

let passed = 0;
let failed = 0;
for (const file of readdirSync("test-results").filter((f) => /^vitest-.*\.json$/.test(f))) {
  const json = JSON.parse(readFileSync(`test-results/${file}`, "utf8"));
  console.log(`${file}: ${json.numPassedTests} lulus, ${json.numFailedTests} gagal`);
  passed += json.numPassedTests;
  failed += json.numFailedTests;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
