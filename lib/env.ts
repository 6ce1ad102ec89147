// Every environment variable the app reads, validated once with zod.
// Nothing else in the code base reads process.env directly.
import { z } from "./validations/z";
import { DEFAULT_MIN_REPORTING } from "./indicators/default-month";

const boolish = z
  .enum(["1", "0", "true", "false", "ya", "tidak", ""])
  .optional()
  .transform((v) => v === "1" || v === "true" || v === "ya");

const envSchema = z.object({
  DATABASE_URL: z
    .string()
    .default("file:./data/pantau.db")
    .refine((v) => v.startsWith("file:") || /^postgres(ql)?:\/\//.test(v), {
      message: 'DATABASE_URL harus diawali "file:" (SQLite) atau "postgresql://"',
    }),
  /** Demo mode: seeded demo logins exist and a local secret may be generated. */
  DEMO_MODE: boolish,
  AUTH_SECRET: z.string().min(32, "AUTH_SECRET minimal 32 karakter").optional(),
  NEXTAUTH_SECRET: z.string().min(32, "NEXTAUTH_SECRET minimal 32 karakter").optional(),
  NEXTAUTH_URL: z.string().url().optional(),
  /** Optional tile server for online deployments, e.g. https://tile.example/{z}/{x}/{y}.png */
  MAP_TILE_URL: z.string().url().optional(),
  /**
   * Reverse proxies in front of the app whose X-Forwarded-For may be believed:
   * unset/0 = none (the socket address is the client), 1 = one (nginx, Caddy), "true" = 1.
   */
  TRUST_PROXY: z
    .string()
    .optional()
    .transform((v, ctx) => {
      const t = (v ?? "").trim().toLowerCase();
      if (t === "" || t === "false" || t === "tidak") return 0;
      if (t === "true" || t === "ya") return 1;
      if (/^\d$/.test(t)) return Number(t);
      ctx.addIssue({ code: "custom", message: "TRUST_PROXY harus 0–9, true atau false" });
      return z.NEVER;
    }),
  /** Dashboard read cache (lib/queries/cache.ts): 0/false turns it off (for measuring the uncached cost). */
  PANTAU_CACHE: z.enum(["1", "0", "true", "false", "ya", "tidak", ""]).optional().transform((v) => !(v === "0" || v === "false" || v === "tidak")),
  /**
   * 0/false/tidak: the app sends responses uncompressed and the reverse proxy compresses them (docs/deploy.md). Read
   * by next.config.js at start-up (it cannot import this file); validated here so a typo is named, not ignored.
   */
  PANTAU_GZIP: z.enum(["1", "0", "true", "false", "ya", "tidak", ""], { message: "PANTAU_GZIP harus 1/0, true/false atau ya/tidak" }).optional(),
  /** How many cached results one process keeps (each is one page's figures, a few KB to a few hundred KB). */
  PANTAU_CACHE_ENTRIES: z.coerce.number().int().min(1).max(100_000).default(400),
  /**
   * Reports a month needs, in percent of the month before's, before pages open on it by default; below it they open
   * on the month before (lib/indicators/default-month.ts). 0 = always the latest month with any report.
   */
  PANTAU_BULAN_MIN_LAPOR: z.coerce.number({ message: "PANTAU_BULAN_MIN_LAPOR harus angka 0–100" }).min(0, "PANTAU_BULAN_MIN_LAPOR minimal 0").max(100, "PANTAU_BULAN_MIN_LAPOR maksimal 100").default(DEFAULT_MIN_REPORTING),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
});

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

/** Parsed environment; throws an Indonesian message naming the bad variable. */
export function env(): Env {
  if (cached) return cached;
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `- ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Konfigurasi lingkungan tidak valid:\n${lines.join("\n")}`);
  }
  cached = parsed.data;
  return cached;
}

/** The signing secret for sessions; required outside demo mode. */
export function authSecret(): string {
  const e = env();
  const secret = e.AUTH_SECRET ?? e.NEXTAUTH_SECRET;
  if (secret) return secret;
  if (e.NODE_ENV !== "production") {
    // `next dev` and tests only; `npm run demo` generates a real secret (scripts/demo.ts).
    return "pantau-posyandu-dev-secret-bukan-untuk-produksi";
  }
  throw new Error(
    "AUTH_SECRET (atau NEXTAUTH_SECRET) wajib diisi di luar mode demo. Buat dengan: openssl rand -base64 32",
  );
}

/** Cookies get the Secure flag (and __Secure- prefix) when the public URL is https. */
export function secureCookies(): boolean {
  return (env().NEXTAUTH_URL ?? "").startsWith("https://");
}

/** Test hook: forget the cached environment. */
export function resetEnvCache(): void {
  cached = undefined;
}
