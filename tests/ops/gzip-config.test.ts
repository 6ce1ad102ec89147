// PANTAU_GZIP: behind nginx the app leaves compression to the proxy (docs/deploy.md). next.config.js reads the
// variable itself (Next.js applies `compress` at start-up), lib/env.ts names a bad value; both must agree.
import { afterEach, describe, expect, it } from "vitest";
import { createRequire } from "node:module";
import { env, resetEnvCache } from "@/lib/env";

const require = createRequire(import.meta.url);
const CONFIG = require.resolve("../../next.config.js");

/** next.config.js as `next start` would load it with PANTAU_GZIP set to `value` (undefined: unset). */
function compressWith(value: string | undefined): unknown {
  const saved = process.env.PANTAU_GZIP;
  if (value === undefined) delete process.env.PANTAU_GZIP;
  else process.env.PANTAU_GZIP = value;
  try {
    delete require.cache[CONFIG];
    return (require(CONFIG) as { compress?: unknown }).compress;
  } finally {
    if (saved === undefined) delete process.env.PANTAU_GZIP;
    else process.env.PANTAU_GZIP = saved;
    delete require.cache[CONFIG];
  }
}

describe("PANTAU_GZIP", () => {
  afterEach(() => {
    delete process.env.PANTAU_GZIP;
    resetEnvCache();
  });

  it("keeps gzip in the app by default (the demo and a server without a proxy)", () => {
    expect(compressWith(undefined)).toBe(true);
    expect(compressWith("")).toBe(true);
    expect(compressWith("1")).toBe(true);
    expect(compressWith("ya")).toBe(true);
  });

  it("turns the app's gzip off for 0, false and tidak (nginx compresses)", () => {
    for (const v of ["0", "false", "tidak"]) expect(compressWith(v)).toBe(false);
  });

  it("accepts in lib/env.ts exactly the values next.config.js understands, and names a typo", () => {
    for (const v of ["0", "false", "tidak", "1", "true", "ya"]) {
      process.env.PANTAU_GZIP = v;
      resetEnvCache();
      expect(() => env()).not.toThrow();
    }
    process.env.PANTAU_GZIP = "mati";
    resetEnvCache();
    expect(() => env()).toThrow(/PANTAU_GZIP harus 1\/0, true\/false atau ya\/tidak/);
  });
});
