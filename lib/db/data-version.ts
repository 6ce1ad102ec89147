// The data version: a token that every write which can change a figure on a
// dashboard replaces inside its own transaction. The read cache
// (lib/queries/cache.ts) keys its results by it, so a committed write makes
// every cached figure unreachable at once, in every process.
//
// Beside it, one token per data family: a write that knows it changed only some
// families (a monthly-report import changes no area, posyandu, kader or
// nutrition row) replaces only theirs, and a read that depends only on other
// families (the ringkasan's area/posyandu/kader counts) stays cached. Every
// write that does not say what it changed replaces them all.
import { randomUUID } from "node:crypto";

export const DATA_VERSION_KEY = "data_version";

/**
 * What a write can change, for reads keyed by family:
 * - `reports`: monthly reports and annual profiles, and what is rolled up from them (AreaMonth, PosyanduYear, AreaYear);
 * - `nutrition`: nutrition aggregates (gizi, e-PPGBM) and AreaNutrition;
 * - `registry`: everything else (area tree, posyandu, kader and memberships, puskesmas, users, targets, meetings, …).
 */
export type DataFamily = "registry" | "reports" | "nutrition";
export const DATA_FAMILIES: readonly DataFamily[] = ["registry", "reports", "nutrition"];
export const familyVersionKey = (family: DataFamily) => `${DATA_VERSION_KEY}:${family}`;

type SettingWriter = {
  setting: { upsert(args: { where: { key: string }; create: { key: string; value: string }; update: { value: string } }): Promise<unknown> };
};

// Writes made by this process, counted: a request that writes and then renders (a server action) reads the
// version again after its write instead of reusing the one it read before (lib/queries/cache.ts).
const counter = globalThis as unknown as { pantauLocalWrites?: number };
export const localWrites = () => counter.pantauLocalWrites ?? 0;

/**
 * Replaces the data version and the tokens of the families `changed` (default: all); call it inside the
 * transaction that writes the data. Name fewer families only when the write cannot change the others.
 */
export async function bumpDataVersion(tx: SettingWriter, changed: readonly DataFamily[] = DATA_FAMILIES): Promise<void> {
  counter.pantauLocalWrites = localWrites() + 1;
  const value = randomUUID();
  for (const key of [DATA_VERSION_KEY, ...new Set(changed.map(familyVersionKey))]) {
    await tx.setting.upsert({ where: { key }, create: { key, value }, update: { value } });
  }
}

/** Every version key with a new value: for a writer that replaces data without bumpDataVersion (the bulk seeder). */
export const freshVersionSettings = (): [string, string][] => {
  const value = randomUUID();
  return [DATA_VERSION_KEY, ...DATA_FAMILIES.map(familyVersionKey)].map((key) => [key, value]);
};
