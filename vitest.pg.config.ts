import { defineConfig } from "vitest/config";
import base from "./vitest.config";

// Same resolution and setup as the unit suite, only the PostgreSQL tests.
export default defineConfig({
  ...base,
  test: { ...base.test, include: ["tests/pg/**/*.test.ts"], exclude: ["node_modules/**"] },
});
