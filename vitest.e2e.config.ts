import { defineConfig } from "vitest/config";
import base from "./vitest.config";

// Browser tests: a production build served by `next start` on a throwaway
// demo database, driven by Debian Chromium through playwright-core.
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: ["tests/e2e/**/*.e2e.test.ts"],
    exclude: ["node_modules/**"],
    globalSetup: ["tests/e2e/server.ts"],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 600_000,
  },
});
