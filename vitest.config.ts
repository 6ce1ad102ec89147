import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@\//, replacement: `${root}` },
      // server-only guards the Next bundle; in tests the modules run in plain Node.
      { find: /^server-only$/, replacement: `${root}tests/helpers/empty.ts` },
    ],
  },
  test: {
    include: ["tests/**/*.test.ts"],
    // tests/pg needs a server (npm run test:pg); tests/e2e a build and Chromium (npm run test:e2e).
    exclude: ["tests/e2e/**", "tests/pg/**", "node_modules/**"],
    globalSetup: ["tests/helpers/global-setup.ts"],
    pool: "forks",
    testTimeout: 60_000,
    hookTimeout: 120_000,
    env: { NODE_ENV: "test", CHECKPOINT_DISABLE: "1" },
  },
});
